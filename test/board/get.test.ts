// Board › Get (version 2) through n8n's engine: GET /board by the Board picked from the list or
// given by key, the board as one item, bad input before any request, HrFlow's errors, On Error.

import { sample, useHrFlow } from '../harness/hrflow';
import { expectFailureInEachOnErrorMode } from '../harness/onError';

const hrflow = useHrFlow();
const run: typeof hrflow.run = async (...parameters) => await hrflow.run(...parameters);

test('Get: GET /board?key=…, the board as one item linked to its input', async () => {
	const { items, error } = await run({
		resource: 'board',
		operation: 'get',
		board: {
			__rl: true,
			mode: 'list',
			value: sample.ENGINEERING_BOARD_KEY,
			cachedResultName: 'Engineering',
		},
	});
	expect(error).toBeUndefined();
	expect(
		hrflow.emulator.requests.map(
			(request) => `${request.method} ${request.path}${request.rawQuery}`,
		),
	).toEqual([`GET /v1/board?key=${sample.ENGINEERING_BOARD_KEY}`]);
	expect(items).toEqual([
		{
			json: expect.objectContaining({
				key: sample.ENGINEERING_BOARD_KEY,
				name: 'Engineering',
				mapping_scoring: [],
			}),
			pairedItem: { item: 0 },
		},
	]);
	expect(items[0].json).not.toHaveProperty('sync_parsing');
});

test('by key from an expression, item by item: each board linked to its item', async () => {
	const { items } = await run(
		{
			resource: 'board',
			operation: 'get',
			board: { __rl: true, mode: 'id', value: '={{ $json.key }}' },
		},
		[{ key: sample.BOARD_KEY }, { key: sample.ENGINEERING_BOARD_KEY.toUpperCase() }],
	);
	expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
		['Open positions', { item: 0 }],
		['Engineering', { item: 1 }],
	]);
});

test('a key that is no HrFlow key fails naming Board, before any request', async () => {
	const { error } = await run({
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value: '={{ 12 }}' },
	});
	expect(error?.message).toBe('Board "12" is not an HrFlow key');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown board keeps HrFlow's error and says what to check; each On Error mode gives the item", async () => {
	const parameters = {
		resource: 'board',
		operation: 'get',
		board: { __rl: true, mode: 'id', value: sample.hrflowKey('no such board') },
	};
	const message = 'HrFlow error 400: Invalid parameters. Unable to find object: board';
	const { error } = await run(parameters);
	expect(error).toMatchObject({
		message,
		httpCode: '400',
		description: expect.stringContaining('Check the Board'),
	});
	await expectFailureInEachOnErrorMode(run, parameters, { message, httpCode: '400' });
});

test('a write-only key may not read a board: 403 kept', async () => {
	const { error } = await run(
		{
			resource: 'board',
			operation: 'get',
			board: { __rl: true, mode: 'id', value: sample.BOARD_KEY },
		},
		[{}],
		undefined,
		'writeOnly',
	);
	expect(error).toMatchObject({ httpCode: '403' });
});
