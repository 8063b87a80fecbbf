// The emulator's feedback endpoints (feedback.js: POST /tracking, GET /trackings, POST /rating,
// GET /ratings) and the sources and boards (GET /source, /board, /sources, /boards), sent exactly
// as HrFlow's Python SDK 4.3 sends them (hrflow/tracking/__init__.py, hrflow/rating/__init__.py,
// hrflow/source/__init__.py, hrflow/board/__init__.py: every non-None argument of the call, in
// its order, lists json.dumps'd with ", ", booleans True/False, POST bodies as json.dumps), and
// refused where HrFlow refuses.

import { jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
const S = sample.SOURCE_KEY;
const B = sample.ENGINEERING_BOARD_KEY;
const job = sample.sampleData().boards[B].jobs[0];

/** A query string as Python's requests builds it from the SDK's params dict (lists json.dumps'd). */
function wire(params: Record<string, unknown>): string {
	const text = (value: unknown) =>
		Array.isArray(value)
			? `[${value.map((entry) => JSON.stringify(entry)).join(', ')}]`
			: typeof value === 'boolean'
				? value
					? 'True'
					: 'False'
				: String(value);
	return Object.entries(params)
		.filter(([, value]) => value !== undefined && value !== null)
		.map(([name, value]) => `${name}=${encodeURIComponent(text(value)).replace(/%20/g, '+')}`)
		.join('&');
}

async function send(
	method: string,
	path: string,
	body?: unknown,
	apiKey = sample.API_KEYS.readWrite,
) {
	const response = await fetch(`${hrflow.emulator.url}${path}`, {
		method,
		headers: {
			'X-API-KEY': apiKey,
			'X-USER-EMAIL': sample.USER_EMAIL,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const answer = (await response.json()) as {
		code: number;
		message: string;
		data: unknown;
		meta?: unknown;
	};
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	return { status: response.status, answer };
}

/** tracking.post / rating.post's body: the SDK's arguments in its order, None dropped. */
const post = (first: Record<string, unknown>, rest: Record<string, unknown> = {}) =>
	Object.fromEntries(
		Object.entries({
			...first,
			role: 'recruiter',
			board_key: B,
			source_key: S,
			job_key: job.key,
			job_reference: undefined,
			profile_key: undefined,
			profile_reference: jane.reference,
			author_email: undefined,
			comment: undefined,
			created_at: undefined,
			...rest,
		}).filter(([, value]) => value !== undefined),
	);

/** tracking.get / rating.get's defaults: return_profile, return_author, page, limit, order_by, sort_by. */
const getDefaults = {
	return_profile: false,
	return_author: false,
	page: 1,
	limit: 30,
	order_by: 'desc',
	sort_by: 'scoring',
};

describe('POST /tracking and GET /trackings, as tracking.post and tracking.get send them', () => {
	test('tracking.post(action, role, board_key, source_key, job_key=…, profile_reference=…): 201 with the record; tracking.get lists it', async () => {
		const { status, answer } = await send('POST', '/tracking', post({ action: 'apply' }));
		expect(status).toBe(201);
		expect(answer.data).toMatchObject({
			key: expect.stringMatching(/^[0-9a-f]{40}$/),
			action: 'apply',
			role: 'recruiter',
			profile_key: jane.key,
			profile_reference: jane.reference,
			job_key: job.key,
		});
		const listed = await send(
			'GET',
			`/trackings?${wire({ role: 'recruiter', actions: ['apply', 'hire'], board_keys: [B], ...getDefaults })}`,
		);
		expect(listed.status).toBe(200);
		expect(listed.answer.data).toEqual([answer.data]);
		expect(schemas.pagination(listed.answer.meta)).toEqual([]);
	});

	test("every option, created_at in the SDK's format and in HrFlow's cookbook's (no milliseconds, +0000)", async () => {
		for (const created_at of ['2000-10-31T01:30:00.000-05:00', '2022-10-31T00:00:00+0000']) {
			const { status, answer } = await send(
				'POST',
				'/tracking',
				post({ action: 'hire' }, { author_email: 'r@example.com', comment: 'Yes', created_at }),
			);
			expect(status).toBe(201);
			expect(answer.data).toMatchObject({
				created_at,
				author_email: 'r@example.com',
				comment: 'Yes',
			});
		}
	});

	test('the single-profile filter (source_key + profile_key) and the list filters; a page past the end is empty', async () => {
		await send('POST', '/tracking', post({ action: 'view' }));
		await send('POST', '/tracking', post({ action: 'apply' }));
		const one = await send(
			'GET',
			`/trackings?${wire({ role: 'recruiter', source_key: S, profile_key: jane.key, ...getDefaults, limit: 1 })}`,
		);
		expect((one.answer.data as Array<{ action: string }>).map((entry) => entry.action)).toEqual([
			'apply',
		]);
		expect(one.answer.meta).toMatchObject({ page: 1, maxPage: 2, count: 1, total: 2 });
		const past = await send(
			'GET',
			`/trackings?${wire({ role: 'recruiter', source_keys: [S], ...getDefaults, page: 3 })}`,
		);
		expect(past.status).toBe(200);
		expect(past.answer.data).toEqual([]);
	});

	test.each([
		['no action', post({}), 'action is required'],
		['an unknown role', post({ action: 'apply' }, { role: 'boss' }), 'role must be one of'],
		[
			'no source_key',
			post({ action: 'apply' }, { source_key: undefined }),
			'source_key is required',
		],
		['no board_key', post({ action: 'apply' }, { board_key: undefined }), 'board_key is required'],
		[
			'neither profile_key nor profile_reference',
			post({ action: 'apply' }, { profile_reference: undefined }),
			'profile_key and profile_reference cannot be null',
		],
		[
			'neither job_key nor job_reference',
			post({ action: 'apply' }, { job_key: undefined }),
			'job_key and job_reference cannot be null',
		],
		[
			'a date without time',
			post({ action: 'apply' }, { created_at: '2022-10-31' }),
			'created_at must be an ISO 8601 date',
		],
		[
			'a date without offset',
			post({ action: 'apply' }, { created_at: '2022-10-31T10:00:00' }),
			'created_at must be an ISO 8601 date',
		],
		[
			'a field HrFlow does not take',
			post({ action: 'apply' }, { duration: 3 }),
			'unknown field duration',
		],
		[
			'an unknown source',
			post({ action: 'apply' }, { source_key: sample.hrflowKey('x') }),
			'Unable to find object: source',
		],
		[
			'an unknown board',
			post({ action: 'apply' }, { board_key: sample.hrflowKey('x') }),
			'Unable to find object: board',
		],
		[
			'an unknown profile',
			post({ action: 'apply' }, { profile_reference: 'nobody' }),
			'Unable to find object: profile',
		],
		[
			'an unknown job',
			post({ action: 'apply' }, { job_key: sample.hrflowKey('x') }),
			'Unable to find object: job',
		],
	])('POST /tracking with %s: 400', async (_what, body, message) => {
		const { status, answer } = await send('POST', '/tracking', body);
		expect(status).toBe(400);
		expect(answer.message).toContain(message);
	});

	test.each([
		['no role', wire({ board_keys: [B], ...getDefaults }), 'role is required'],
		[
			'neither sources nor boards',
			wire({ role: 'recruiter', ...getDefaults }),
			'source_keys, source_key, board_keys or board_key is required',
		],
		[
			'source_keys that are no JSON array',
			`role=recruiter&source_keys=${S}`,
			'source_keys must be a JSON array of strings',
		],
		[
			'an unknown source',
			wire({ role: 'recruiter', source_keys: [sample.hrflowKey('x')] }),
			'Unable to find object: source',
		],
		[
			'an unknown parameter',
			wire({ role: 'recruiter', board_keys: [B], stage: 'new' }),
			'unknown parameter stage',
		],
		[
			'no tracking that matches',
			wire({ role: 'manager', board_keys: [B], ...getDefaults }),
			'Unable to find object: tracking',
		],
	])('GET /trackings with %s: 400', async (_what, query, message) => {
		const { status, answer } = await send('GET', `/trackings?${query}`);
		expect(status).toBe(400);
		expect(answer.message).toContain(message);
	});

	test('a read key may not POST (401, the key echoed), a write-only key may not GET (403); GET /tracking and POST /trackings: 405', async () => {
		const write = await send('POST', '/tracking', post({ action: 'apply' }), sample.API_KEYS.read);
		expect([write.status, write.answer.message]).toEqual([
			401,
			`Unauthorized. Invalid secret key: ${sample.API_KEYS.read} for permission: write`,
		]);
		const read = await send(
			'GET',
			`/trackings?${wire({ role: 'recruiter', board_keys: [B] })}`,
			undefined,
			sample.API_KEYS.write,
		);
		expect(read.status).toBe(403);
		expect((await send('GET', '/tracking')).status).toBe(405);
		expect((await send('POST', '/trackings', {})).status).toBe(405);
	});

	test('the records belong to the account: reset() forgets them', async () => {
		await send('POST', '/tracking', post({ action: 'apply' }));
		hrflow.emulator.reset();
		const { status } = await send(
			'GET',
			`/trackings?${wire({ role: 'recruiter', board_keys: [B] })}`,
		);
		expect(status).toBe(400);
	});
});

describe('POST /rating and GET /ratings, as rating.post and rating.get send them', () => {
	test('rating.post(score=0.8, …): 201; rating.get lists it; a score outside [0, 1] or given as text: 400', async () => {
		const { status, answer } = await send('POST', '/rating', post({ score: 0.8 }));
		expect(status).toBe(201);
		expect(answer.data).toMatchObject({ score: 0.8, profile_key: jane.key });
		const listed = await send(
			'GET',
			`/ratings?${wire({ role: 'recruiter', source_keys: [S], ...getDefaults })}`,
		);
		expect(listed.answer.data).toEqual([answer.data]);
		for (const score of [1.5, -0.1, '0.8', null]) {
			const refused = await send('POST', '/rating', post({ score }));
			expect([refused.status, refused.answer.message]).toEqual([
				400,
				'Invalid parameters: score must be a number between 0 and 1',
			]);
		}
	});

	test('GET /ratings takes no actions (rating.get has none); POST /rating takes no action', async () => {
		const listed = await send(
			'GET',
			`/ratings?${wire({ role: 'recruiter', actions: ['apply'], board_keys: [B] })}`,
		);
		expect([listed.status, listed.answer.message]).toEqual([
			400,
			'Invalid parameters: unknown parameter actions',
		]);
		const written = await send('POST', '/rating', post({ score: 1, action: 'apply' }));
		expect(written.status).toBe(400);
		expect(written.answer.message).toContain('unknown field action');
	});
});

describe('GET /sources, /boards, /source, /board as source.list, board.list, source.get and board.get send them', () => {
	test("source.list(): sort_by=date (the SDK's default) or profile; board.list(): date or job; name is not a sort", async () => {
		const list = (path: string, sort_by: string) =>
			send('GET', `${path}?${wire({ page: 1, limit: 30, sort_by, order_by: 'desc' })}`);
		for (const [path, sortBy] of [
			['/sources', 'date'],
			['/sources', 'profile'],
			['/boards', 'date'],
			['/boards', 'job'],
		]) {
			const { status, answer } = await list(path, sortBy);
			expect(status).toBe(200);
			expect(schemas.pagination(answer.meta)).toEqual([]);
			for (const entry of answer.data as unknown[]) expect(schemas.source(entry)).toEqual([]);
		}
		const bySize = (await list('/sources', 'profile')).answer.data as Array<{
			stats: { size: string };
		}>;
		expect(bySize[0].stats.size).toBe(String(sample.MANY_PROFILES));
		for (const [path, sortBy] of [
			['/sources', 'name'],
			['/sources', 'job'],
			['/boards', 'profile'],
		])
			expect((await list(path, sortBy)).status).toBe(400);
	});

	test("source.get(key) and board.get(key): the documented fields (HrFlow's API reference, 2020) and sync_parsing; a write-only key: 403", async () => {
		const source = (await send('GET', `/source?key=${S}`)).answer.data as Record<string, unknown>;
		expect(schemas.source(source)).toEqual([]);
		expect(Object.keys(source)).toEqual(
			expect.arrayContaining([
				'id',
				'key',
				'name',
				'description',
				'type',
				'subtype',
				'private',
				'status',
				'archive',
				'members',
				'notification',
				'consent',
				'consent_url',
				'user',
				'updated_at',
				'created_at',
				'sync_parsing',
			]),
		);
		const board = (await send('GET', `/board?key=${B}`)).answer.data as Record<string, unknown>;
		expect(Object.keys(board)).toEqual(
			expect.arrayContaining([
				'id',
				'key',
				'name',
				'description',
				'type',
				'subtype',
				'status',
				'archive',
				'members',
				'user',
				'mapping_scoring',
				'mapping_reasoning',
				'updated_at',
				'created_at',
			]),
		);
		for (const path of [`/source?key=${S}`, `/board?key=${B}`])
			expect((await send('GET', path, undefined, sample.API_KEYS.write)).status).toBe(403);
	});
});
