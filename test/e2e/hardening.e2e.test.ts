// Error routing, redirects and download limits in a real n8n: On Error "Continue (using error
// output)" sends failed items to the error output; a Base URL that redirects to another host gets
// no key; Request Options › Timeout holds for attachment downloads.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { INodeExecutionData } from 'n8n-workflow';

import { messages, mixedKeys } from '../harness/expectations';
import { elodie, jane, kenji, outputOf, sample, useRealN8n } from './real-n8n';
import type { Execution } from './real-n8n';
import { hrflowWorkflow } from './workflows';

const byKey = mixedKeys.parameters;

const real = useRealN8n(() => [
	hrflowWorkflow('e2eErrorOutput1', mixedKeys.input, [
		{ name: 'HrFlow', typeVersion: 1, parameters: byKey, onError: 'continueErrorOutput' },
	]),
	hrflowWorkflow('e2eRegularOut01', mixedKeys.input, [
		{ name: 'HrFlow', typeVersion: 1, parameters: byKey, onError: 'continueRegularOutput' },
	]),
	hrflowWorkflow(
		'e2eRedirect0001',
		[{ key: jane.key }],
		[{ name: 'HrFlow', typeVersion: 1, parameters: { ...byKey, operation: 'listAttachments' } }],
	),
	// Version 2: the source picked from the list, and given by key.
	hrflowWorkflow(
		'e2eVersion2List',
		[{ reference: jane.reference }, { reference: kenji.reference }],
		[
			{
				name: 'HrFlow',
				typeVersion: 2,
				parameters: {
					operation: 'get',
					source: {
						__rl: true,
						mode: 'list',
						value: sample.SOURCE_KEY,
						cachedResultName: 'Sandbox candidates',
					},
					identifierType: 'reference',
					profileReference: '={{ $json.reference }}',
					simplify: true,
				},
			},
		],
	),
	hrflowWorkflow(
		'e2eVersion2ById',
		[{ key: jane.key }],
		[
			{
				name: 'Attachments',
				typeVersion: 2,
				parameters: {
					...byKey,
					operation: 'listAttachments',
					sourceKey: undefined,
					source: { __rl: true, mode: 'id', value: sample.SOURCE_KEY },
				},
			},
			{
				name: 'Many',
				typeVersion: 2,
				parameters: {
					operation: 'getMany',
					sources: [sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY],
					returnAll: true,
				},
			},
		],
	),
	hrflowWorkflow(
		'e2eDownloadTime',
		[{ key: jane.key }],
		[
			{
				name: 'HrFlow',
				typeVersion: 1,
				parameters: {
					...byKey,
					operation: 'listAttachments',
					options: { downloadFiles: true },
					requestOptions: { timeout: 3000 },
				},
			},
		],
	),
]);

const errorOutputOf = (execution: Execution, node: string): INodeExecutionData[] =>
	(execution.result.runData?.[node]?.[0]?.data?.main?.[1] as INodeExecutionData[] | undefined) ??
	[];
const linked = (items: INodeExecutionData[]) =>
	items.map(({ json, pairedItem }) => ({ json, pairedItem }));

describe('On Error', () => {
	test('Continue (using error output): failed items by the error output, successes by the success output, order and pairedItem exact', async () => {
		const execution = await real.execute('e2eErrorOutput1');
		expect(execution.result.error).toBeUndefined();
		expect(linked(outputOf(execution, 'HrFlow'))).toEqual(mixedKeys.successOutput);
		expect(linked(errorOutputOf(execution, 'HrFlow'))).toEqual(mixedKeys.errorOutput);
	});

	test('Continue (using regular output): every item on the one output, errors with message, description and HTTP code', async () => {
		const execution = await real.execute('e2eRegularOut01');
		expect(errorOutputOf(execution, 'HrFlow')).toEqual([]);
		expect(linked(outputOf(execution, 'HrFlow'))).toEqual(mixedKeys.regularOutput);
	});
});

describe('version 2 in the real n8n', () => {
	test("Source From List: the picked source's key is sent; items linked to their input", async () => {
		const execution = await real.execute('e2eVersion2List');
		expect(execution.result.error).toBeUndefined();
		expect(outputOf(execution, 'HrFlow').map((item) => [item.json.name, item.pairedItem])).toEqual([
			['Jane Doe', { item: 0 }],
			['Kenji Sato', { item: 1 }],
		]);
		expect(real.emulator.requests.map((request) => request.query.source_key)).toEqual([
			[sample.SOURCE_KEY],
			[sample.SOURCE_KEY],
		]);
	});

	test('Source By Key, and Get Many over the Sources picked in the multi-select', async () => {
		const execution = await real.execute('e2eVersion2ById');
		expect(execution.result.error).toBeUndefined();
		expect(outputOf(execution, 'Attachments')).toHaveLength(jane.attachments.length);
		expect(outputOf(execution, 'Many').map((item) => item.json.reference)).toEqual([
			elodie.reference,
			kenji.reference,
			jane.reference,
		]);
	});
});

test('a Base URL that redirects to another host: not followed, no key sent there, the Base URL named', async () => {
	const stolen: Array<Record<string, unknown>> = [];
	const elsewhere = createServer((req, res) => {
		stolen.push({ ...req.headers });
		res.writeHead(200, { 'Content-Type': 'application/json' });
		res.end('{"code":200,"message":"ok","data":[]}');
	});
	await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
	try {
		const target = `http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}`;
		const execution = await real.execute('e2eRedirect0001', (emulator) =>
			emulator.failNext('/v1/profile/indexing/attachments', 302, '', {
				Location: `${target}/v1/profile/indexing/attachments`,
			}),
		);
		expect(stolen).toEqual([]);
		expect(execution.result.error?.message).toBe(
			messages.redirectedToAnotherHost(real.emulator.url, new URL(target).host),
		);
	} finally {
		elsewhere.closeAllConnections();
		await new Promise((resolve) => elsewhere.close(resolve));
	}
});

test('Request Options › Timeout = 3000: a storage host that never answers fails the item within seconds, naming the attachment', async () => {
	const started = Date.now();
	const execution = await real.execute('e2eDownloadTime', (emulator) =>
		emulator.failNext('/v1/profile/indexing/attachments', 200, {
			code: 200,
			message: 'Profile attachment list',
			data: [
				{
					type: 'resume',
					file_name: 'cv',
					original_file_name: 'cv',
					extension: '.pdf',
					public_url: `${emulator.storageUrl}/hang/cv.pdf`,
				},
			],
		}),
	);
	// n8n's own start-up is most of it; without the timeout the item would wait 300 s.
	expect(Date.now() - started).toBeLessThan(60_000);
	expect(execution.result.error?.message).toBe(
		messages.downloadFailed('cv.pdf', 'no answer within 3000 ms'),
	);
});
