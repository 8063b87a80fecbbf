// The emulator's analysis endpoints of one record (issue 22: test/emulator/analysis.js), sent here
// with a plain HTTP client as HrFlow's Python SDK 4.3 puts them on the wire: its query built by
// `requests` from the SDK's dict (format_item_payload, hrflow/core/__init__.py:11-22; unfolding's
// own dict, hrflow/profile/unfolding.py:46-52): None dropped, values form-encoded with `+` for a
// space. Each is accepted and answered in the shape HrFlow's test schemas check where they have one
// (hrflow-schemas.js); what HrFlow refuses is refused.

import { elodie, jane, kenji, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
const SOURCE = sample.SOURCE_KEY;
const BOARD = sample.ENGINEERING_BOARD_KEY;
const [dataEngineer] = sample.sampleData().boards[BOARD].jobs;

/** Python's urllib.parse.urlencode (quote_plus), as `requests` encodes a GET's params. */
const urlencode = (pairs: Array<[string, string | number]>) =>
	pairs
		.map(
			([name, value]) =>
				`${name}=${encodeURIComponent(String(value))
					.replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
					.replace(/%20/g, '+')}`,
		)
		.join('&');

async function get(
	path: string,
	pairs: Array<[string, string | number]>,
	apiKey = sample.API_KEYS.read,
) {
	const response = await fetch(`${hrflow.emulator.url}${path}?${urlencode(pairs)}`, {
		headers: { 'X-API-KEY': apiKey, 'X-USER-EMAIL': sample.USER_EMAIL },
	});
	const answer = (await response.json()) as { code: number; message: string; data: unknown };
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	// The SDK's validate_response keeps a body only under exactly this Content-Type.
	expect(response.headers.get('content-type')).toBe('application/json');
	return { status: response.status, answer };
}

/** A profile with two experiences, written through the API (the SDK's unfolding test indexes one). */
async function indexedProfile(): Promise<string> {
	const response = await fetch(`${hrflow.emulator.url}/profile/indexing`, {
		method: 'POST',
		headers: {
			'X-API-KEY': sample.API_KEYS.readWrite,
			'X-USER-EMAIL': sample.USER_EMAIL,
			'Content-Type': 'application/json',
		},
		body: JSON.stringify({
			reference: 'unfold-1',
			info: { full_name: 'Harry James Potter', email: 'harry@example.com' },
			experiences: [
				{
					title: 'Auror',
					company: 'Ministry of Magic',
					date_start: '2002-04-01T00:00:00',
					date_end: '2007-04-01T00:00:00',
				},
				{
					title: 'Head of the Auror Office',
					company: 'Ministry of Magic',
					date_start: '2007-04-01T00:00:00',
					date_end: null,
				},
			],
			skills: [{ name: 'Python', type: 'hard', value: null }],
			source_key: SOURCE,
		}),
	});
	expect(response.status).toBe(201);
	return ((await response.json()) as { data: { key: string } }).data.key;
}

describe('GET /profile/unfolding as profile.unfolding.get sends it', () => {
	test('source_key, key, max_steps=1 (the default): 200, exactly one Experience (HrFlow test_profile_unfolding_basic)', async () => {
		const key = await indexedProfile();
		const { status, answer } = await get('/profile/unfolding', [
			['source_key', SOURCE],
			['key', key],
			['max_steps', 1],
		]);
		expect(status).toBe(200);
		expect(schemas.unfolding(answer.data)).toEqual([]);
		expect((answer.data as { experiences: unknown[] }).experiences).toHaveLength(1);
	});

	test('reference and key both (the SDK sends both, in its dict order), max_steps=3 and a job_text with spaces: three experiences', async () => {
		const key = await indexedProfile();
		const { status, answer } = await get('/profile/unfolding', [
			['source_key', SOURCE],
			['reference', 'unfold-1'],
			['key', key],
			['max_steps', 3],
			['job_text', 'Minister for Magic: leads the Ministry'],
		]);
		expect(status).toBe(200);
		expect(schemas.unfolding(answer.data)).toEqual([]);
		const experiences = (answer.data as { experiences: Array<{ title: string }> }).experiences;
		expect(experiences).toHaveLength(3);
		expect(experiences[2].title).toBe('Minister for Magic');
	});

	test('a profile without experiences: 400 (HrFlow test_profile_unfolding_no_experience)', async () => {
		const { status } = await get('/profile/unfolding', [
			['source_key', SOURCE],
			['key', jane.key],
			['max_steps', 1],
		]);
		expect(status).toBe(400);
	});

	test.each([
		[
			'max_steps 0',
			[['max_steps', 0]],
			'Invalid parameters: max_steps must be a positive integer, not 0',
		],
		[
			'max_steps 1.5',
			[['max_steps', '1.5']],
			'Invalid parameters: max_steps must be a positive integer, not 1.5',
		],
		[
			'max_steps abc',
			[['max_steps', 'abc']],
			'Invalid parameters: max_steps must be a positive integer, not abc',
		],
		[
			'an e-mail (the SDK has none here)',
			[['profile_email', jane.email]],
			'Invalid parameters: unknown parameter profile_email',
		],
	] as Array<[string, Array<[string, string | number]>, string]>)(
		'refuses %s',
		async (_case, extra, message) => {
			const key = await indexedProfile();
			const { status, answer } = await get('/profile/unfolding', [
				['source_key', SOURCE],
				['key', key],
				...extra,
			]);
			expect([status, answer.message]).toEqual([400, message]);
		},
	);
});

describe('GET /profile/parsing as profile.parsing.get sends it', () => {
	test.each([
		['key', [['key', jane.key]]],
		['reference', [['reference', jane.reference]]],
		[
			'key and reference',
			[
				['key', jane.key],
				['reference', jane.reference],
			],
		],
		['profile_email', [['profile_email', jane.email]]],
	] as Array<[string, Array<[string, string]>]>)(
		'by %s: 200, the Parsing object of the profile',
		async (_case, identifier) => {
			const { status, answer } = await get('/profile/parsing', [
				['source_key', SOURCE],
				...identifier,
			]);
			expect(status).toBe(200);
			expect(answer.message).toBe('Profile parsing');
			expect(answer.data).toMatchObject({
				key: jane.key,
				persons: [{ full_name: 'Jane Doe', first_name: 'Jane', last_name: 'Doe' }],
				emails: [jane.email],
				total_pages: 1,
			});
		},
	);

	test("profile_email of an address with + and ' travels intact", async () => {
		const { status, answer } = await get('/profile/parsing', [
			['source_key', SOURCE],
			['profile_email', elodie.email],
		]);
		expect(status).toBe(200);
		expect((answer.data as { key: string }).key).toBe(elodie.key);
	});

	test('refuses a key and an e-mail together: exactly one identifier (key and reference aside)', async () => {
		const { status, answer } = await get('/profile/parsing', [
			['source_key', SOURCE],
			['key', jane.key],
			['profile_email', jane.email],
		]);
		expect([status, answer.message]).toEqual([
			400,
			'Invalid parameters: exactly one of key, reference, profile_email is required',
		]);
	});

	test("refuses HrFlow's 2020 `email`: the node sends the SDK's profile_email", async () => {
		const { status, answer } = await get('/profile/parsing', [
			['source_key', SOURCE],
			['email', jane.email],
		]);
		expect([status, answer.message]).toEqual([400, 'Invalid parameters: unknown parameter email']);
	});
});

describe('GET /profile/revealing and /profile/embedding as the SDK sends them', () => {
	test.each([
		['key', ['key', kenji.key]],
		['profile_email', ['profile_email', kenji.email]],
	] as Array<[string, [string, string]]>)(
		'revealing by %s: 200, [skill, score] pairs (UNCONFIRMED shape)',
		async (_case, identifier) => {
			const { status, answer } = await get('/profile/revealing', [
				['source_key', SOURCE],
				identifier,
			]);
			expect(status).toBe(200);
			const pairs = answer.data as Array<[string, number]>;
			expect(pairs.length).toBeGreaterThan(0);
			for (const [name, score] of pairs) {
				expect(typeof name).toBe('string');
				expect(score).toBeGreaterThanOrEqual(0);
				expect(score).toBeLessThanOrEqual(1);
			}
			// Never a skill the profile already lists.
			expect(pairs.map(([name]) => name)).not.toContain('Figma');
		},
	);

	test('embedding with fields=json.dumps({"profile": 1}) (the SDK sends it when given): 200, base64 of 1024 big-endian float32', async () => {
		const { status, answer } = await get('/profile/embedding', [
			['source_key', SOURCE],
			['reference', jane.reference],
			['fields', '{"profile": 1}'],
		]);
		expect(status).toBe(200);
		expect(Buffer.from(answer.data as string, 'base64')).toHaveLength(4096);
	});

	test('embedding refuses fields that are not a JSON object', async () => {
		const { status, answer } = await get('/profile/embedding', [
			['source_key', SOURCE],
			['key', jane.key],
			['fields', '["profile"]'],
		]);
		expect([status, answer.message]).toEqual([
			400,
			'Invalid parameters: fields must be a JSON object',
		]);
	});
});

describe('GET /job/embedding as job.embedding.get sends it', () => {
	test.each([
		['key', [['key', dataEngineer.key]]],
		['reference', [['reference', dataEngineer.reference]]],
	] as Array<[string, Array<[string, string]>]>)(
		'by %s: 200, base64 of 1024 big-endian float32',
		async (_case, identifier) => {
			const { status, answer } = await get('/job/embedding', [['board_key', BOARD], ...identifier]);
			expect(status).toBe(200);
			expect(Buffer.from(answer.data as string, 'base64')).toHaveLength(4096);
		},
	);

	test.each([
		[
			'an unknown board',
			[
				['board_key', sample.hrflowKey('no board')],
				['key', dataEngineer.key],
			],
			'Invalid parameters. Unable to find object: board',
		],
		[
			'an unknown job',
			[
				['board_key', BOARD],
				['reference', 'ENG-404'],
			],
			'Unable to find object: job',
		],
		[
			'a profile_email (jobs have none)',
			[
				['board_key', BOARD],
				['profile_email', jane.email],
			],
			'Invalid parameters: unknown parameter profile_email',
		],
		['no board_key', [['key', dataEngineer.key]], 'Invalid parameters: board_key is required'],
	] as Array<[string, Array<[string, string]>, string]>)(
		'refuses %s',
		async (_case, pairs, message) => {
			const { status, answer } = await get('/job/embedding', pairs);
			expect([status, answer.message]).toEqual([400, message]);
		},
	);
});

describe('every analysis endpoint refuses what the lookups refuse', () => {
	const profilePaths = [
		'/profile/unfolding',
		'/profile/parsing',
		'/profile/revealing',
		'/profile/embedding',
	];

	test.each(profilePaths)(
		'%s: no source_key, no identifier, an empty one, an unknown parameter, source or profile: 400',
		async (path) => {
			const cases: Array<[Array<[string, string]>, string]> = [
				[[['key', jane.key]], 'Invalid parameters: source_key is required'],
				[[['source_key', SOURCE]], 'Invalid parameters: exactly one of'],
				[
					[
						['source_key', SOURCE],
						['reference', ''],
					],
					'Invalid parameters: reference is empty',
				],
				[
					[
						['source_key', sample.hrflowKey('no source')],
						['key', jane.key],
					],
					'Invalid source fields',
				],
				[
					[
						['source_key', SOURCE],
						['reference', 'nobody'],
					],
					'Unable to find object: profile',
				],
				[
					[
						['source_key', SOURCE],
						['key', jane.key],
						['sourceKey', SOURCE],
					],
					'Invalid parameters: unknown parameter sourceKey',
				],
			];
			for (const [pairs, message] of cases) {
				const { status, answer } = await get(path, pairs);
				expect([status, answer.message.startsWith(message)]).toEqual([400, true]);
			}
		},
	);

	test.each([...profilePaths, '/job/embedding'])(
		'%s: a write-only key may not read: 403',
		async (path) => {
			const pairs: Array<[string, string]> = path.startsWith('/job')
				? [
						['board_key', BOARD],
						['key', dataEngineer.key],
					]
				: [
						['source_key', SOURCE],
						['key', jane.key],
					];
			const { status } = await get(path, pairs, sample.API_KEYS.write);
			expect(status).toBe(403);
		},
	);

	test.each(profilePaths)('%s: a repeated parameter is refused', async (path) => {
		const { status, answer } = await get(path, [
			['source_key', SOURCE],
			['key', jane.key],
			['key', kenji.key],
		]);
		expect([status, answer.message]).toEqual([400, 'Invalid parameters: repeated parameter key']);
	});
});
