// The emulator is strict, or the tests prove nothing: requests the HrFlow documents do not allow
// are refused the way the API refuses them. Sent here with a plain HTTP client, not the node.

import { sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const headers = { 'X-API-KEY': sample.API_KEYS.readWrite, 'X-USER-EMAIL': sample.USER_EMAIL };

async function post(form: FormData, extraHeaders: Record<string, string> = headers) {
	const response = await fetch(`${hrflow.emulator.url}/profile/parsing/file`, { method: 'POST', headers: extraHeaders, body: form });
	return { status: response.status, body: (await response.json()) as { message: string } };
}

const pdf = () => new Blob([new Uint8Array(sample.makePdf(['x']))], { type: 'application/pdf' });

test.each([
	['no file part', (form: FormData) => form.append('source_key', sample.SOURCE_KEY), 400, 'Invalid parameters: file is required'],
	['no source_key', (form: FormData) => form.append('file', pdf(), 'cv.pdf'), 400, 'Invalid parameters: source_key is required'],
	[
		'an unknown field',
		(form: FormData) => {
			form.append('file', pdf(), 'cv.pdf');
			form.append('source_key', sample.SOURCE_KEY);
			form.append('sourceKey', sample.SOURCE_KEY);
		},
		400,
		'Invalid parameters: unknown field sourceKey',
	],
	[
		'tags that are not a JSON array',
		(form: FormData) => {
			form.append('file', pdf(), 'cv.pdf');
			form.append('source_key', sample.SOURCE_KEY);
			form.append('tags', 'channel=referral');
		},
		400,
		'Invalid parameters: tags must be a JSON array',
	],
])('parsing refuses %s', async (_case, fill, status, message) => {
	const form = new FormData();
	fill(form);
	expect(await post(form)).toEqual({ status, body: { code: status, message } });
});

test('parsing refuses a missing user email and echoes a bad key, as HrFlow does', async () => {
	const form = new FormData();
	form.append('file', pdf(), 'cv.pdf');
	form.append('source_key', sample.SOURCE_KEY);
	expect((await post(form, { 'X-API-KEY': sample.API_KEYS.readWrite })).status).toBe(401);
	const badKey = 'ask_ffeeddccbbaa99887766554433221100';
	expect((await post(form, { ...headers, 'X-API-KEY': badKey })).body.message).toBe(`Unauthorized. Invalid secret key: ${badKey} `);
});

test.each([
	['an extra identifier', `source_id=${sample.SOURCE_KEY}&profile_id=${'a'.repeat(40)}&profile_reference=x`, 'exactly one of'],
	['an empty identifier', `source_id=${sample.SOURCE_KEY}&profile_reference=`, 'profile_reference is empty'],
	['the other endpoint\'s parameter name', `source_key=${sample.SOURCE_KEY}&profile_reference=x`, 'unknown parameter source_key'],
])('metadatas refuses %s', async (_case, query, message) => {
	const response = await fetch(`${hrflow.emulator.url}/profile/metadatas?${query}`, { headers });
	expect(response.status).toBe(400);
	expect(((await response.json()) as { message: string }).message).toContain(message);
});

test('listing refuses source_keys that are not a JSON array', async () => {
	const response = await fetch(`${hrflow.emulator.url}/storing/profiles?source_keys=${sample.SOURCE_KEY}`, { headers });
	expect(response.status).toBe(400);
});

describe('what HrFlow\'s Python SDK 4.3 sends is accepted, and answered in the shapes its live tests check', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./emulator/hrflow-schemas') as Record<string, (value: unknown, extra?: unknown) => string[]>;
	const sdkGet = async (pathAndQuery: string, apiKey = sample.API_KEYS.readWrite) => {
		const response = await fetch(`${hrflow.emulator.url}${pathAndQuery}`, { headers: { ...headers, 'X-API-KEY': apiKey } });
		const body = (await response.json()) as { code: number; message: string; data: unknown; meta?: unknown };
		expect(schemas.envelope(body, response.status)).toEqual([]);
		return { status: response.status, body };
	};
	// The SDK JSON-encodes lists with a space after each comma, and sends booleans as True/False.
	const sourceKeys = (...keys: string[]) => encodeURIComponent(JSON.stringify(keys).replace(/","/g, '", "'));
	const S = sample.SOURCE_KEY;

	test.each([
		['all', sample.API_KEYS.readWrite],
		['read', sample.API_KEYS.read],
	])('GET /auth: api_key_permission %s', async (permission, apiKey) => {
		const { body } = await sdkGet('/auth', apiKey);
		expect(schemas.auth(body.data)).toEqual([]);
		expect((body.data as { api_key_permission: string }).api_key_permission).toBe(permission);
	});

	test.each([
		['by key', `/profile/indexing?source_key=${S}&key=${sample.sampleData().sources[S].profiles[0].key}`],
		['by reference', `/profile/indexing?source_key=${S}&reference=ATS-2077`],
	])('GET /profile/indexing %s: a profile with source_key = source.key and a whole source', async (_case, query) => {
		const { status, body } = await sdkGet(query);
		expect(status).toBe(200);
		expect(schemas.profile(body.data)).toEqual([]);
	});

	test('GET /profile/indexing/attachments by profile_email (the SDK\'s name; the seed\'s is email): alt is a 40-hex key', async () => {
		const { status, body } = await sdkGet(`/profile/indexing/attachments?source_key=${S}&profile_email=jane.doe%40example.com`);
		expect(status).toBe(200);
		expect((body.data as unknown[]).length).toBe(2);
		for (const file of body.data as unknown[]) expect(schemas.attachment(file)).toEqual([]);
	});

	test('GET /storing/profiles with return_profile=False (always sent): only keys, reference and dates', async () => {
		const { status, body } = await sdkGet(`/storing/profiles?source_keys=${sourceKeys(S)}&return_profile=False&page=1&limit=30&order_by=desc&sort_by=created_at`);
		expect(status).toBe(200);
		expect(schemas.pagination(body.meta)).toEqual([]);
		for (const entry of body.data as Array<Record<string, unknown>>) {
			expect(Object.keys(entry).sort()).toEqual(['created_at', 'key', 'reference', 'source_key', 'updated_at']);
		}
	});

	test('GET /storing/profiles with return_profile=True and every filter the SDK documents', async () => {
		const query =
			`/storing/profiles?source_keys=${sourceKeys(S, sample.OTHER_SOURCE_KEY)}&name=Jane&reference=ATS-1042&location_lat=45.76&location_lon=4.83&location_dist=50` +
			`&return_profile=True&page=1&limit=30&order_by=desc&sort_by=created_at&created_at_min=2020-01-01&created_at_max=2030-01-01`;
		const { status, body } = await sdkGet(query);
		expect(status).toBe(200);
		expect(schemas.pagination(body.meta)).toEqual([]);
		expect((body.data as Array<{ reference: string }>).map((profile) => profile.reference)).toEqual(['ATS-1042']);
		for (const profile of body.data as unknown[]) expect(schemas.profile(profile)).toEqual([]);
	});

	test.each([7, 30, 100])('pagination arithmetic holds on every page (limit %i)', async (limit) => {
		const first = await sdkGet(`/storing/profiles?source_keys=${sourceKeys(sample.MANY_SOURCE_KEY)}&return_profile=False&page=1&limit=${limit}`);
		const { maxPage } = first.body.meta as { maxPage: number };
		for (let page = 1; page <= maxPage; page++) {
			const { body } = await sdkGet(`/storing/profiles?source_keys=${sourceKeys(sample.MANY_SOURCE_KEY)}&return_profile=False&page=${page}&limit=${limit}`);
			expect(schemas.pagination(body.meta)).toEqual([]);
		}
	});

	test('POST /profile/parsing/file as the SDK sends it: every default field, profile_content_type, a file part without a Content-Type', async () => {
		const boundary = 'sdkBoundary';
		const parts = [
			['source_key', S],
			['profile_content_type', 'application/pdf'],
			['reference', 'SDK-1'],
			['labels', '[]'],
			['tags', '[]'],
			['metadatas', '[]'],
			['sync_parsing', '1'],
			['sync_parsing_indexing', '1'],
			['webhook_parsing_sending', '0'],
		].map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
		const file = sample.makePdf(['Nico Durant']);
		const body = Buffer.concat([
			Buffer.from(parts.join('') + `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="nico.pdf"\r\n\r\n`),
			file,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		const response = await fetch(`${hrflow.emulator.url}/profile/parsing/file`, {
			method: 'POST',
			headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
			body,
		});
		const answer = (await response.json()) as { code: number; data: { profile: { attachments: Array<{ public_url: string }> } } };
		expect(response.status).toBe(201);
		expect(schemas.profile(answer.data.profile)).toEqual([]);
		// The stored file is served (a file part without Content-Type once took the sandbox down).
		const download = await fetch(answer.data.profile.attachments[0].public_url);
		expect(download.status).toBe(200);
		expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
	});
});

describe('jobs and writes as HrFlow\'s Python SDK 4.3 sends them', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./emulator/hrflow-schemas') as Record<string, (value: unknown, extra?: unknown) => string[]>;
	const send = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, {
			method,
			headers: { ...headers, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const answer = (await response.json()) as { code: number; message: string; data: Record<string, unknown>; meta?: unknown };
		expect(schemas.envelope(answer, response.status)).toEqual([]);
		return { status: response.status, answer };
	};
	const B = sample.BOARD_KEY;

	test('add_json, get, edit with the whole dumped job (id, board, nulls), list, archive: every answer in the Job schema', async () => {
		const created = await send('POST', '/job/indexing', { name: 'x', reference: 'r1', board_key: B });
		expect(created.status).toBe(201);
		expect(schemas.job(created.answer.data)).toEqual([]);
		const got = await send('GET', `/job/indexing?board_key=${B}&reference=r1`);
		expect(schemas.job(got.answer.data)).toEqual([]);
		const edited = await send('PUT', '/job/indexing', { ...got.answer.data, interviews: 'Two rounds', url: null, board_key: B });
		expect(edited.status).toBe(200);
		expect(edited.answer.data).toMatchObject({ interviews: 'Two rounds', name: 'x', id: created.answer.data.id });
		const listed = await send('GET', `/storing/jobs?board_keys=${encodeURIComponent(JSON.stringify([B]))}&return_job=True&page=1&limit=30&order_by=desc&sort_by=created_at`);
		expect(schemas.pagination(listed.answer.meta)).toEqual([]);
		for (const entry of listed.answer.data as unknown as unknown[]) expect(schemas.job(entry)).toEqual([]);
		const archived = await send('PATCH', '/job/indexing/archive', { board_key: B, key: created.answer.data.key, is_archive: 1 });
		expect(archived.answer.data).toEqual({ key: created.answer.data.key });
		const after = await send('GET', `/storing/jobs?board_keys=${encodeURIComponent(JSON.stringify([B]))}&return_job=False&page=1&limit=30`);
		expect(after.answer.data).toEqual([]);
	});

	test('profile add_json answers a Profile that echoes what was sent', async () => {
		const sent = { reference: 'r', info: { full_name: 'A B' }, text: 'resume text', source_key: sample.SOURCE_KEY };
		const { status, answer } = await send('POST', '/profile/indexing', sent);
		expect(status).toBe(201);
		expect(schemas.profile(answer.data)).toEqual([]);
		expect(answer.data).toMatchObject({ reference: 'r', info: { full_name: 'A B' }, text: 'resume text' });
	});

	test.each([
		['a job without a name', 'POST', '/job/indexing', { board_key: sample.BOARD_KEY }, 400, 'Invalid parameters: name is required'],
		['a field HrFlow does not know', 'POST', '/job/indexing', { name: 'x', board_key: sample.BOARD_KEY, title: 'x' }, 400, 'Invalid parameters: unknown field title'],
		['tags that are not name/value objects', 'POST', '/job/indexing', { name: 'x', board_key: sample.BOARD_KEY, tags: ['a'] }, 400, 'Invalid parameters: tags must be a list of objects with a name'],
		['an unknown board', 'POST', '/job/indexing', { name: 'x', board_key: 'e'.repeat(40) }, 400, 'Invalid parameters. Unable to find object: board'],
		['an update of no such job', 'PUT', '/job/indexing', { board_key: sample.BOARD_KEY, reference: 'none' }, 400, 'Unable to find object: job'],
	])('refuses %s', async (_case, method, path, body, status, message) => {
		const { status: answered, answer } = await send(method, path, body);
		expect([answered, answer.message]).toEqual([status, message]);
	});
});

describe('scoring, searching and asking as HrFlow\'s Python SDK 4.3 sends them', () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./emulator/hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
	const get = async (path: string) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, { headers });
		const answer = (await response.json()) as { code: number; message: string; data: Record<string, unknown>; meta?: unknown };
		expect(schemas.envelope(answer, response.status)).toEqual([]);
		return { status: response.status, answer };
	};
	const list = (keys: string[]) => encodeURIComponent(JSON.stringify(keys).replace(/","/g, '", "'));
	const job = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY].jobs[0];

	test('profile.scoring.list: use_agent=1 and algorithm_key; predictions and profiles as the schema checks', async () => {
		const { status, answer } = await get(
			`/profiles/scoring?source_keys=${list([sample.MANY_SOURCE_KEY])}&board_key=${sample.ENGINEERING_BOARD_KEY}&job_key=${job.key}&use_agent=1&limit=5&page=1&sort_by=created_at&algorithm_key=algo`,
		);
		expect(status).toBe(200);
		expect(schemas.pagination(answer.meta)).toEqual([]);
		expect(schemas.scoring(answer.data, answer.meta, 'profiles')).toEqual([]);
		for (const profile of answer.data.profiles as unknown[]) expect(schemas.profile(profile)).toEqual([]);
	});

	test('job.scoring.list and both searchings', async () => {
		const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
		const scored = await get(`/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${sample.SOURCE_KEY}&profile_key=${jane.key}&limit=5&page=1&sort_by=created_at&algorithm_key=algo`);
		expect(schemas.scoring(scored.answer.data, scored.answer.meta, 'jobs')).toEqual([]);
		for (const entry of scored.answer.data.jobs as unknown[]) expect(schemas.job(entry)).toEqual([]);
		const profiles = await get(`/profiles/searching?source_keys=${list([sample.MANY_SOURCE_KEY])}&stage=yes&limit=5&page=2&sort_by=created_at&order_by=desc&text_keywords=${list(['python', 'sql'])}`);
		expect(schemas.searching(profiles.answer.data, profiles.answer.meta, 'profiles')).toEqual([]);
		expect(schemas.pagination(profiles.answer.meta)).toEqual([]);
		const jobs = await get(`/jobs/searching?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&limit=5&page=1&sort_by=created_at`);
		expect(schemas.searching(jobs.answer.data, jobs.answer.meta, 'jobs')).toEqual([]);
	});

	test('asking with questions=None is a 400 that says null, as HrFlow\'s test expects', async () => {
		const { status, answer } = await get(`/profile/asking?source_key=${sample.SOURCE_KEY}&reference=ATS-1042`);
		expect(status).toBe(400);
		expect(answer.message).toContain('null');
	});
});
