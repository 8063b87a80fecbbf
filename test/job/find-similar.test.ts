// Job › Find Similar Jobs (version 2) through n8n's engine against the emulator, whose similarity
// is the share of the reference job's skills another job has, smoothed, so the order is known:
// GET /jobs/matching page after page, sorted by score, the reference sent as given; one item per
// job with its score (predictions[i][1]), linked to its input item.

import type { IDataObject } from 'n8n-workflow';

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { dataEngineer, engineering } from '../harness/matching';

const hrflow = useHrFlow();
const requests = () =>
	hrflow.emulator.requests.filter((request) => request.path === '/v1/jobs/matching');
const SKILLS = ['Python', 'SQL', 'Kafka', 'Spark', 'Figma', 'Java', 'Go', 'Excel'];
const OPEN_JOBS = 210;

/** Fills the Open positions board with jobs whose skills are the bits of their index. */
function openPositions() {
	hrflow.emulator.boards[sample.BOARD_KEY].jobs = Array.from({ length: OPEN_JOBS }, (_, i) => ({
		id: 100 + i,
		key: sample.hrflowKey(`job: open ${i}`),
		reference: `OPEN-${i + 1}`,
		name: `Open job ${i + 1}`,
		skills: SKILLS.filter((_, bit) => (i >> bit) % 2 === 1).map((name) => ({
			name,
			type: 'hard',
			value: null,
		})),
		created_at: '2026-10-10T09:00:00+0000',
		updated_at: '2026-10-10T09:00:00+0000',
	}));
}

const findSimilar = (extra: IDataObject = {}): IDataObject => ({
	resource: 'job',
	operation: 'findSimilar',
	boards: [sample.ENGINEERING_BOARD_KEY, sample.BOARD_KEY],
	board: engineering,
	jobIdentifierType: 'reference',
	jobReference: 'ENG-1',
	...extra,
});

describe('Job › Find Similar Jobs', () => {
	beforeEach(openPositions);

	test('Return All over three pages: one item per job, most similar first, with its score, each linked to the input', async () => {
		const { items, error } = await hrflow.run(findSimilar({ returnAll: true }));
		expect(error).toBeUndefined();
		// The Engineering board's two other jobs and the open positions: not the Data Engineer itself.
		expect(items).toHaveLength(OPEN_JOBS + 2);
		expect(items.map((item) => item.json.key)).not.toContain(dataEngineer.key);
		const scores = items.map((item) => item.json.score as number);
		// The Data Engineer wants Python, SQL, Kafka and Spark.
		expect(scores[0]).toBeCloseTo(5 / 6);
		expect(scores.at(-1)).toBeCloseTo(1 / 6);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(hrflow.emulator.requests.map(queryOf)).toEqual(
			[1, 2, 3].map((page) => ({
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_reference: 'ENG-1',
				board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY, sample.BOARD_KEY]),
				sort_by: 'scoring',
				page: String(page),
				limit: '100',
			})),
		);
	});

	test('by key, simplified, with a limit: job_key sent, one page, each job simplified with its score', async () => {
		const { items, error } = await hrflow.run(
			findSimilar({
				jobIdentifierType: 'key',
				jobKey: String(dataEngineer.key).toUpperCase(),
				limit: 4,
				simplify: true,
			}),
		);
		expect(error).toBeUndefined();
		expect(requests().map(queryOf)).toEqual([
			expect.objectContaining({ job_key: dataEngineer.key, page: '1', limit: '4' }),
		]);
		expect(requests().every((request) => !('job_reference' in request.query))).toBe(true);
		expect(items).toHaveLength(4);
		expect(items[0].json).toMatchObject({ score: 5 / 6, board: expect.anything() });
		expect(items[0].json).not.toHaveProperty('ranges_float');
	});

	test('expressions: boards as comma-separated keys, the reference as a number, each item linked to its input', async () => {
		const { items, error } = await hrflow.run(
			findSimilar({
				boards: '={{ $json.boards }}',
				jobReference: '={{ $json.job }}',
				limit: 2,
			}),
			[
				{ boards: `${sample.ENGINEERING_BOARD_KEY}, ${sample.BOARD_KEY}`, job: 'ENG-3' },
				{ boards: sample.ENGINEERING_BOARD_KEY, job: 2 },
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(error).toBeUndefined();
		expect(requests().map(queryOf)).toEqual([
			expect.objectContaining({
				job_reference: 'ENG-3',
				board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY, sample.BOARD_KEY]),
			}),
			expect.objectContaining({
				job_reference: '2',
				board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
			}),
		]);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }]);
		expect(items[2].json).toMatchObject({ error: 'HrFlow error 400: Unable to find object: job' });
	});

	test('an answer without predictions: the jobs, each with score null; fewer predictions than jobs: the item fails', async () => {
		hrflow.emulator.quirks.noPredictions = true;
		const { items } = await hrflow.run(findSimilar({ limit: 2 }));
		expect(items.map((item) => item.json.score)).toEqual([null, null]);
		hrflow.emulator.quirks = { predictionsShort: true };
		const { error } = await hrflow.run(findSimilar({ limit: 2 }));
		expect(error?.message).toBe(
			'HrFlow answered page 1 with 2 jobs but 1 predictions: the predictions and the records differ in number, so no score can be paired with its record',
		);
	});

	test.each([
		['no boards', { boards: '={{ [] }}' }, 'Boards is empty'],
		[
			'Boards as an object',
			{ boards: '={{ { a: 1 } }}' },
			'Boards must be a list or comma-separated text, not an object',
		],
		[
			'a Job Key that is no HrFlow key',
			{ jobIdentifierType: 'key', jobKey: 'ENG-1' },
			'Job Key "eng-1" is not an HrFlow key',
		],
		['an empty Job Reference', { jobReference: '={{ "" }}' }, 'Job Reference is empty'],
		['a limit of 0', { limit: 0 }, 'Limit must be a whole number of at least 1, not 0'],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await hrflow.run(findSimilar(extra));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test.each([
		[
			'a board to look in that HrFlow does not know',
			{ boards: ['e'.repeat(40)] },
			'HrFlow error 400: Invalid parameters. Unable to find object: board',
			'No board matches this Board key',
		],
		[
			'a reference no job has',
			{ jobReference: 'ENG-404' },
			'HrFlow error 400: Unable to find object: job',
			'No job matches this board and key or reference',
		],
	])(
		"%s: HrFlow's error and code kept, with what to check",
		async (_case, extra, message, hint) => {
			const { error } = await hrflow.run(findSimilar(extra));
			expect(error).toMatchObject({ message, httpCode: '400' });
			expect(error?.description).toContain(hint);
		},
	);

	test('a write-only key, Continue (using error output): the item to the error output, linked to its input', async () => {
		const { items, errorItems, error } = await hrflow.run(
			findSimilar(),
			[{ id: 3 }],
			{ onError: 'continueErrorOutput' },
			'writeOnly',
		);
		expect(error).toBeUndefined();
		expect(items).toEqual([]);
		expect(errorItems).toEqual([
			{
				json: {
					id: 3,
					error: 'HrFlow error 403: Unauthorized. This API key has no read permission',
					details: expect.objectContaining({ httpCode: '403' }),
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
