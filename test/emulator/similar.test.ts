// The emulator's similar records and grading (similar.js) answer what HrFlow's Python SDK 4.3
// sends, rebuilt on the wire from its source (hrflow/profile/grading.py, hrflow/profile/matching.py,
// hrflow/job/matching.py: query in the dict's order, None dropped, lists json.dumps'd with ", "
// and form-encoded with +), and refuse what HrFlow refuses. Sent with a plain HTTP client.

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;

interface Answer {
	code: number;
	message: string;
	data: Record<string, unknown>;
	meta?: { page: number; maxPage: number; count: number; total: number };
}

async function get(path: string, apiKey = sample.API_KEYS.read) {
	const response = await fetch(`${hrflow.emulator.url}${path}`, {
		headers: { 'X-API-KEY': apiKey, 'X-USER-EMAIL': sample.USER_EMAIL },
	});
	expect(response.headers.get('content-type')).toBe('application/json');
	const answer = (await response.json()) as Answer;
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	return { status: response.status, answer };
}

/** A query as python-requests encodes it (form encoding: space as +), None values dropped. */
const wire = (params: Array<[string, string | undefined]>) =>
	new URLSearchParams(
		params.filter((entry): entry is [string, string] => entry[1] !== undefined),
	).toString();
/** json.dumps(list): ", " between entries. */
const dumps = (keys: string[]) => JSON.stringify(keys).replace(/","/g, '", "');

const data = sample.sampleData();
const [jane] = data.sources[sample.SOURCE_KEY].profiles;
const [dataEngineer] = data.boards[sample.ENGINEERING_BOARD_KEY].jobs;
const candidate16 = data.sources[sample.MANY_SOURCE_KEY].profiles[15];

/** profile.grading.get(algorithm_key, source_key, board_key, profile_key=, profile_reference=, job_key=, job_reference=). */
const grading = (
	given: Partial<
		Record<
			| 'algorithm_key'
			| 'source_key'
			| 'profile_key'
			| 'profile_reference'
			| 'board_key'
			| 'job_key'
			| 'job_reference',
			string
		>
	>,
) =>
	`/profile/grading?${wire([
		['algorithm_key', given.algorithm_key],
		['source_key', given.source_key],
		['profile_key', given.profile_key],
		['profile_reference', given.profile_reference],
		['board_key', given.board_key],
		['job_key', given.job_key],
		['job_reference', given.job_reference],
	])}`;

const janeForDataEngineer = {
	algorithm_key: 'grader-hrflow-profiles',
	source_key: sample.SOURCE_KEY,
	profile_key: jane.key,
	board_key: sample.ENGINEERING_BOARD_KEY,
	job_key: dataEngineer.key,
};

/** profile.matching.list(source_key, profile_key=, profile_reference=, source_keys=, page=1, limit=30, sort_by="created_at", ...). */
const profilesMatching = (given: Record<string, string | undefined>) =>
	`/profiles/matching?${wire([
		['source_key', given.source_key],
		['profile_key', given.profile_key],
		['profile_reference', given.profile_reference],
		['source_keys', given.source_keys],
		['limit', given.limit ?? '30'],
		['page', given.page ?? '1'],
		['sort_by', given.sort_by ?? 'created_at'],
		['order_by', given.order_by],
		['created_at_min', given.created_at_min],
		['created_at_max', given.created_at_max],
	])}`;

/** job.matching.list(board_key, job_key=, job_reference=, board_keys=, page=1, limit=30, sort_by="created_at", ...). */
const jobsMatching = (given: Record<string, string | undefined>) =>
	`/jobs/matching?${wire([
		['board_key', given.board_key],
		['job_key', given.job_key],
		['job_reference', given.job_reference],
		['board_keys', given.board_keys],
		['limit', given.limit ?? '30'],
		['page', given.page ?? '1'],
		['sort_by', given.sort_by ?? 'created_at'],
		['order_by', given.order_by],
	])}`;

describe('GET /profile/grading as profile.grading.get sends it', () => {
	test('by keys (the SDK always sends keys): data.score, a number from 0 to 1', async () => {
		const { status, answer } = await get(grading(janeForDataEngineer));
		expect(status).toBe(200);
		expect(answer.data).toEqual({ score: 4 / 6 });
	});

	test("by references (HrFlow's developer docs), and both key and reference (the reference wins)", async () => {
		const byReference = await get(
			grading({
				...janeForDataEngineer,
				profile_key: undefined,
				profile_reference: jane.reference,
				job_key: undefined,
				job_reference: 'ENG-3',
			}),
		);
		expect(byReference.answer.data).toEqual({ score: 2 / 5 });
		const both = await get(grading({ ...janeForDataEngineer, job_reference: 'ENG-3' }));
		expect(both.answer.data).toEqual({ score: 2 / 5 });
	});

	test("each grader HrFlow names; quirks.gradingNested answers data.data.score (HrFlow's cookbook)", async () => {
		for (const grader of [
			'grader-hrflow-profiles-recruiting',
			'1d07451c0f33091869bd3c6d336dfa4e5c63af74',
			'daaa0f61b72a68b985f31d123ad45b361adc91e4',
		])
			expect((await get(grading({ ...janeForDataEngineer, algorithm_key: grader }))).status).toBe(
				200,
			);
		hrflow.emulator.quirks.gradingNested = true;
		expect((await get(grading(janeForDataEngineer))).answer.data).toEqual({
			data: { score: 4 / 6 },
		});
	});

	test.each([
		[
			'no algorithm_key',
			{ algorithm_key: undefined },
			'Invalid parameters: algorithm_key is required',
		],
		[
			'a grader HrFlow does not name',
			{ algorithm_key: 'tagger-rome-family' },
			'Invalid parameters: unknown algorithm_key tagger-rome-family',
		],
		['no source_key', { source_key: undefined }, 'Invalid parameters: source_key is required'],
		[
			'an unknown source',
			{ source_key: 'e'.repeat(40) },
			'Invalid parameters. Unable to find object: source',
		],
		[
			'no profile identifier',
			{ profile_key: undefined },
			"Invalid parameters: profile_reference and profile_key can't be null at the same time",
		],
		['an unknown profile', { profile_key: 'f'.repeat(40) }, 'Unable to find object: profile'],
		['no board_key', { board_key: undefined }, 'Invalid parameters: board_key is required'],
		[
			'an unknown board',
			{ board_key: 'e'.repeat(40) },
			'Invalid parameters. Unable to find object: board',
		],
		[
			'no job identifier',
			{ job_key: undefined },
			"Invalid parameters: job_reference and job_key can't be null at the same time",
		],
		['an unknown job reference', { job_reference: 'ENG-404' }, 'Unable to find object: job'],
	])('refuses %s with 400', async (_case, change, message) => {
		const { status, answer } = await get(grading({ ...janeForDataEngineer, ...change }));
		expect([status, answer.message]).toEqual([400, message]);
	});

	test('refuses a parameter it does not take, or one given twice', async () => {
		const unknown = await get(`${grading(janeForDataEngineer)}&key=${jane.key}`);
		expect([unknown.status, unknown.answer.message]).toEqual([
			400,
			'Invalid parameters: unknown parameter key',
		]);
		const twice = await get(`${grading(janeForDataEngineer)}&job_key=${dataEngineer.key}`);
		expect([twice.status, twice.answer.message]).toEqual([
			400,
			'Invalid parameters: repeated parameter job_key',
		]);
	});
});

describe('GET /profiles/matching and /jobs/matching as profile.matching.list and job.matching.list send them', () => {
	const candidate16Similar = {
		source_key: sample.MANY_SOURCE_KEY,
		profile_key: candidate16.key,
		source_keys: dumps([sample.MANY_SOURCE_KEY, sample.SOURCE_KEY]),
	};

	test("the SDK's defaults (limit 30, page 1, sort_by created_at): the scoring shape, newest first, the reference left out", async () => {
		const { status, answer } = await get(profilesMatching(candidate16Similar));
		expect(status).toBe(200);
		expect(answer.message).toBe('Profile Matching results');
		expect(schemas.pagination(answer.meta)).toEqual([]);
		expect(answer.meta).toMatchObject({ page: 1, count: 30, total: sample.MANY_PROFILES - 1 + 3 });
		expect(schemas.scoring(answer.data, answer.meta, 'profiles')).toEqual([]);
		const profiles = answer.data.profiles as Array<{ key: string; created_at: string }>;
		for (const profile of profiles) expect(schemas.profile(profile)).toEqual([]);
		const dates = profiles.map((profile) => Date.parse(profile.created_at));
		expect([...dates].sort((a, b) => b - a)).toEqual(dates);
		expect(profiles.map((profile) => profile.key)).not.toContain(candidate16.key);
	});

	test('sort_by=scoring: best first, predictions [1 - s, s]; every page within the paging arithmetic', async () => {
		const seen: string[] = [];
		for (let page = 1; ; page++) {
			const { answer } = await get(
				profilesMatching({
					...candidate16Similar,
					sort_by: 'scoring',
					limit: '100',
					page: String(page),
				}),
			);
			expect(schemas.pagination(answer.meta)).toEqual([]);
			expect(schemas.scoring(answer.data, answer.meta, 'profiles')).toEqual([]);
			const scores = (answer.data.predictions as number[][]).map((pair) => pair[1]);
			expect([...scores].sort((a, b) => b - a)).toEqual(scores);
			if (page === 1) expect(scores[0]).toBeCloseTo(5 / 6);
			seen.push(...(answer.data.profiles as Array<{ key: string }>).map((profile) => profile.key));
			if (page >= answer.meta!.maxPage) break;
		}
		expect(new Set(seen).size).toBe(sample.MANY_PROFILES - 1 + 3);
	});

	test('by reference only, order_by asc and created_at bounds (YYYY-MM-DD, as the docstring says)', async () => {
		const { status, answer } = await get(
			profilesMatching({
				source_key: sample.SOURCE_KEY,
				profile_reference: jane.reference,
				source_keys: dumps([sample.SOURCE_KEY]),
				order_by: 'asc',
				created_at_min: '2024-01-01',
				created_at_max: '2024-12-31',
			}),
		);
		expect(status).toBe(200);
		// Kenji and Élodie: Jane herself left out.
		expect((answer.data.profiles as unknown[]).length).toBe(2);
		const none = await get(
			profilesMatching({
				source_key: sample.SOURCE_KEY,
				profile_reference: jane.reference,
				source_keys: dumps([sample.SOURCE_KEY]),
				created_at_min: '2025-01-01',
			}),
		);
		expect(none.answer.data).toEqual({ predictions: [], profiles: [] });
	});

	test('job.matching.list: the jobs of boards, the Job model, the reference job left out', async () => {
		const { status, answer } = await get(
			jobsMatching({
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_key: dataEngineer.key,
				board_keys: dumps([sample.ENGINEERING_BOARD_KEY, sample.BOARD_KEY]),
				sort_by: 'scoring',
			}),
		);
		expect(status).toBe(200);
		expect(answer.message).toBe('Job Matching results');
		expect(schemas.scoring(answer.data, answer.meta, 'jobs')).toEqual([]);
		const jobs = answer.data.jobs as Array<{ reference: string }>;
		for (const job of jobs) expect(schemas.job(job)).toEqual([]);
		// Backend Engineer shares SQL with the Data Engineer; the Product Designer nothing.
		expect(jobs.map((job) => job.reference)).toEqual(['ENG-3', 'ENG-2']);
		expect(answer.data.predictions).toEqual([
			[1 - 2 / 6, 2 / 6],
			[1 - 1 / 6, 1 / 6],
		]);
	});

	test('quirks: noPredictions leaves predictions out, predictionsShort one of them', async () => {
		const path = profilesMatching({ ...candidate16Similar, limit: '5' });
		hrflow.emulator.quirks.noPredictions = true;
		expect(Object.keys((await get(path)).answer.data)).toEqual(['profiles']);
		hrflow.emulator.quirks = { predictionsShort: true };
		expect(((await get(path)).answer.data.predictions as unknown[]).length).toBe(4);
	});

	test.each([
		['no source_keys', { source_keys: undefined }],
		['an empty list', { source_keys: '[]' }],
		[
			'keys that are not a JSON array',
			{ source_keys: `${sample.SOURCE_KEY},${sample.MANY_SOURCE_KEY}` },
		],
		['a list of numbers', { source_keys: '[1, 2]' }],
	])('refuses %s in source_keys', async (_case, change) => {
		const { status, answer } = await get(profilesMatching({ ...candidate16Similar, ...change }));
		expect([status, answer.message]).toEqual([
			400,
			'Invalid parameters: source_keys must be a non-empty JSON array of keys',
		]);
	});

	test.each([
		[
			'an unknown source to look in',
			profilesMatching({ ...candidate16Similar, source_keys: dumps(['e'.repeat(40)]) }),
			'Invalid parameters. Unable to find object: source',
		],
		[
			'an unknown source of the reference',
			profilesMatching({ ...candidate16Similar, source_key: 'e'.repeat(40) }),
			'Invalid parameters. Unable to find object: source',
		],
		[
			'no reference profile',
			profilesMatching({ ...candidate16Similar, profile_key: undefined }),
			"Invalid parameters: profile_reference and profile_key can't be null at the same time",
		],
		[
			'an unknown reference profile',
			profilesMatching({ ...candidate16Similar, profile_reference: 'MANY-999' }),
			'Unable to find object: profile',
		],
		[
			'a sort_by the SDK does not send',
			profilesMatching({ ...candidate16Similar, sort_by: 'score' }),
			'Invalid parameters: sort_by must be one of created_at, updated_at, location, location_experience, location_education, searching, scoring',
		],
		[
			'page 0',
			profilesMatching({ ...candidate16Similar, page: '0' }),
			'Invalid parameters: page and limit must be positive integers, limit at most 1000',
		],
		[
			'a stage (matching has none)',
			`${profilesMatching(candidate16Similar)}&stage=new`,
			'Invalid parameters: unknown parameter stage',
		],
		[
			'an unknown board to look in',
			jobsMatching({
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_key: dataEngineer.key,
				board_keys: dumps(['e'.repeat(40)]),
			}),
			'Invalid parameters. Unable to find object: board',
		],
		[
			'an empty board_keys',
			jobsMatching({
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_key: dataEngineer.key,
				board_keys: '[]',
			}),
			'Invalid parameters: board_keys must be a non-empty JSON array of keys',
		],
		[
			'an unknown reference job',
			jobsMatching({
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_reference: 'ENG-404',
				board_keys: dumps([sample.BOARD_KEY]),
			}),
			'Unable to find object: job',
		],
	])('refuses %s with 400', async (_case, path, message) => {
		const { status, answer } = await get(path);
		expect([status, answer.message]).toEqual([400, message]);
	});
});

test.each([
	['GET /profile/grading', grading(janeForDataEngineer)],
	[
		'GET /profiles/matching',
		profilesMatching({
			source_key: sample.SOURCE_KEY,
			profile_key: jane.key,
			source_keys: dumps([sample.SOURCE_KEY]),
		}),
	],
	[
		'GET /jobs/matching',
		jobsMatching({
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_key: dataEngineer.key,
			board_keys: dumps([sample.ENGINEERING_BOARD_KEY]),
		}),
	],
])('%s: a write-only key may not read (403), a read-write key may', async (_route, path) => {
	const { status, answer } = await get(path, sample.API_KEYS.write);
	expect([status, answer.message]).toEqual([
		403,
		'Unauthorized. This API key has no read permission',
	]);
	expect((await get(path, sample.API_KEYS.readWrite)).status).toBe(200);
});
