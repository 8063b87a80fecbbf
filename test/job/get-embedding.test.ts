// Job › Get Embedding (version 2) through n8n's engine: GET /job/embedding by key or reference
// (`board_key` and `key` | `reference`, as HrFlow's Python SDK 4.3 sends them), HrFlow's answer as
// one item, bad input before any request, HrFlow's errors in both On Error modes.

import type { IDataObject, INode } from 'n8n-workflow';

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { engineering as board } from '../harness/matching';

const hrflow = useHrFlow();
const jobs = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY].jobs;
const getEmbedding = (
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	settings?: Partial<INode>,
	credential?: string,
) =>
	hrflow.run(
		{ resource: 'job', operation: 'getEmbedding', board, ...parameters },
		input,
		settings,
		credential,
	);
const queries = () =>
	hrflow.emulator.requests.map((request): [string, Record<string, string>] => [
		request.path,
		queryOf(request),
	]);

test.each([
	['key', { jobKey: jobs[0].key }, { key: jobs[0].key }],
	['reference', { jobReference: jobs[0].reference }, { reference: jobs[0].reference }],
])(
	"by %s: one GET /job/embedding, HrFlow's base64 vector as one item under `embedding`",
	async (jobIdentifierType, field, query) => {
		const { items, error } = await getEmbedding({ jobIdentifierType, ...field });
		expect(error).toBeUndefined();
		expect(queries()).toEqual([
			['/v1/job/embedding', { board_key: sample.ENGINEERING_BOARD_KEY, ...query }],
		]);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(items[0].json)).toEqual(['embedding']);
		expect(Buffer.from(items[0].json.embedding as string, 'base64')).toHaveLength(1024 * 4);
	},
);

test('several jobs from an expression, each linked to its input', async () => {
	const { items, error } = await getEmbedding(
		{ jobIdentifierType: 'key', jobKey: '={{ $json.key }}' },
		jobs.slice(0, 2).map((job) => ({ key: job.key })),
	);
	expect(error).toBeUndefined();
	expect(queries().map(([, query]) => query.key)).toEqual([jobs[0].key, jobs[1].key]);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	expect(items[0].json.embedding).not.toEqual(items[1].json.embedding);
});

test('an object answer is the item as it is', async () => {
	const data = { embedding: [0.5, 0.25] };
	hrflow.emulator.failNext('/v1/job/embedding', 200, { code: 200, message: 'ok', data });
	const { items } = await getEmbedding({ jobIdentifierType: 'key', jobKey: jobs[0].key });
	expect(items).toEqual([{ json: data, pairedItem: { item: 0 } }]);
});

test.each([
	['a key of the wrong shape', { jobIdentifierType: 'key', jobKey: 'REQ-1' }, /^Job Key/],
	[
		'a reference given as a list',
		{ jobIdentifierType: 'reference', jobReference: '={{ ["a"] }}' },
		/^Job Reference must be text, not a list$/,
	],
])('%s fails naming the field, before any request', async (_case, parameters, message) => {
	const { error } = await getEmbedding(parameters);
	expect(error?.message).toMatch(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown reference: HrFlow's 400 and the job hint, in each On Error mode", async () => {
	const parameters = { jobIdentifierType: 'reference', jobReference: 'REQ-none' };
	const message = 'HrFlow error 400: Unable to find object: job';
	const regular = await getEmbedding(parameters, [{}], { onError: 'continueRegularOutput' });
	expect(regular.items).toEqual([
		{
			json: {
				error: message,
				description: expect.stringMatching(/^No job matches this board/),
				httpCode: '400',
			},
			pairedItem: { item: 0 },
		},
	]);
	const errorOutput = await getEmbedding(parameters, [{ id: 9 }], {
		onError: 'continueErrorOutput',
	});
	expect(errorOutput.items).toEqual([]);
	expect(errorOutput.errorItems).toEqual([
		{
			json: {
				id: 9,
				error: message,
				details: { description: expect.stringMatching(/^No job matches/), httpCode: '400' },
			},
			pairedItem: { item: 0 },
		},
	]);
});

test('a write-only key may not read: 403 kept', async () => {
	const { error } = await getEmbedding(
		{ jobIdentifierType: 'key', jobKey: jobs[0].key },
		[{}],
		undefined,
		'writeOnly',
	);
	expect(error?.message).toBe(
		'HrFlow error 403: Unauthorized. This API key has no read permission',
	);
	expect(error?.httpCode).toBe('403');
});
