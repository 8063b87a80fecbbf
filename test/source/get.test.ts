// Source › Get (version 2) through n8n's engine: GET /source by the Source picked from the list or
// given by key, the source as one item (sync_parsing included), bad input before any request,
// HrFlow's errors with their hint, both On Error modes.

import { sample, useHrFlow } from '../harness/hrflow';
import { expectFailureInEachOnErrorMode } from '../harness/onError';

const hrflow = useHrFlow();
const run: typeof hrflow.run = async (...parameters) => await hrflow.run(...parameters);

test('Get: GET /source?key=…, the source as one item linked to its input, with sync_parsing', async () => {
	const { items, error } = await run({
		resource: 'source',
		operation: 'get',
		source: {
			__rl: true,
			mode: 'list',
			value: sample.SOURCE_KEY,
			cachedResultName: 'Sandbox candidates',
		},
	});
	expect(error).toBeUndefined();
	expect(
		hrflow.emulator.requests.map(
			(request) => `${request.method} ${request.path}${request.rawQuery}`,
		),
	).toEqual([`GET /v1/source?key=${sample.SOURCE_KEY}`]);
	expect(items).toEqual([
		{
			json: expect.objectContaining({
				key: sample.SOURCE_KEY,
				name: 'Sandbox candidates',
				sync_parsing: true,
			}),
			pairedItem: { item: 0 },
		},
	]);
});

test('by key from an expression, item by item (upper case and spaces are fine): each source linked to its item', async () => {
	hrflow.emulator.sources[sample.OTHER_SOURCE_KEY].sync_parsing = false;
	const { items } = await run(
		{
			resource: 'source',
			operation: 'get',
			source: { __rl: true, mode: 'id', value: '={{ $json.key }}' },
		},
		[{ key: ` ${sample.SOURCE_KEY.toUpperCase()} ` }, { key: sample.OTHER_SOURCE_KEY }],
	);
	expect(items.map((item) => [item.json.name, item.json.sync_parsing, item.pairedItem])).toEqual([
		['Sandbox candidates', true, { item: 0 }],
		['Empty source', false, { item: 1 }],
	]);
});

test('a key that is no HrFlow key fails naming Source, before any request', async () => {
	const { error } = await run({
		resource: 'source',
		operation: 'get',
		source: { __rl: true, mode: 'id', value: '={{ "folder-1" }}' },
	});
	expect(error?.message).toBe('Source "folder-1" is not an HrFlow key');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown source keeps HrFlow's error and says what to check; each On Error mode gives the item", async () => {
	const parameters = {
		resource: 'source',
		operation: 'get',
		source: { __rl: true, mode: 'id', value: sample.hrflowKey('no such source') },
	};
	const message = 'HrFlow error 400: Invalid parameters. Unable to find object: source';
	const { error } = await run(parameters);
	expect(error).toMatchObject({
		message,
		httpCode: '400',
		description: expect.stringContaining('Check the Source'),
	});
	await expectFailureInEachOnErrorMode(run, parameters, { message, httpCode: '400' });
});

test('a write-only key may not read a source: 403 kept', async () => {
	const { error } = await run(
		{
			resource: 'source',
			operation: 'get',
			source: { __rl: true, mode: 'id', value: sample.SOURCE_KEY },
		},
		[{}],
		undefined,
		'writeOnly',
	);
	expect(error).toMatchObject({
		message: 'HrFlow error 403: Unauthorized. This API key has no read permission',
		httpCode: '403',
	});
});
