// The emulator is strict, or the tests prove nothing: requests the HrFlow documents do not allow
// are refused the way the API refuses them. Sent here with a plain HTTP client, not the node.

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const headers = { 'X-API-KEY': sample.API_KEYS.readWrite, 'X-USER-EMAIL': sample.USER_EMAIL };

async function post(form: FormData, extraHeaders: Record<string, string> = headers) {
	const response = await fetch(`${hrflow.emulator.url}/profile/parsing/file`, {
		method: 'POST',
		headers: extraHeaders,
		body: form,
	});
	return { status: response.status, body: (await response.json()) as { message: string } };
}

const pdf = () => new Blob([new Uint8Array(sample.makePdf(['x']))], { type: 'application/pdf' });

test.each([
	[
		'no file part',
		(form: FormData) => form.append('source_key', sample.SOURCE_KEY),
		400,
		'Invalid parameters: file is required',
	],
	[
		'no source_key',
		(form: FormData) => form.append('file', pdf(), 'cv.pdf'),
		400,
		'Invalid parameters: source_key is required',
	],
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
	expect((await post(form, { ...headers, 'X-API-KEY': badKey })).body.message).toBe(
		`Unauthorized. Invalid secret key: ${badKey} `,
	);
});

test.each([
	[
		'an extra identifier',
		`source_id=${sample.SOURCE_KEY}&profile_id=${'a'.repeat(40)}&profile_reference=x`,
		'exactly one of',
	],
	[
		'an empty identifier',
		`source_id=${sample.SOURCE_KEY}&profile_reference=`,
		'profile_reference is empty',
	],
	[
		"the other endpoint's parameter name",
		`source_key=${sample.SOURCE_KEY}&profile_reference=x`,
		'unknown parameter source_key',
	],
])('metadatas refuses %s', async (_case, query, message) => {
	const response = await fetch(`${hrflow.emulator.url}/profile/metadatas?${query}`, { headers });
	expect(response.status).toBe(400);
	expect(((await response.json()) as { message: string }).message).toContain(message);
});

test('listing refuses source_keys that are not a JSON array', async () => {
	const response = await fetch(
		`${hrflow.emulator.url}/storing/profiles?source_keys=${sample.SOURCE_KEY}`,
		{ headers },
	);
	expect(response.status).toBe(400);
});

describe("what HrFlow's Python SDK 4.3 sends is accepted, and answered in the shapes its live tests check", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./hrflow-schemas') as Record<
		string,
		(value: unknown, extra?: unknown) => string[]
	>;
	const sdkGet = async (pathAndQuery: string, apiKey = sample.API_KEYS.readWrite) => {
		const response = await fetch(`${hrflow.emulator.url}${pathAndQuery}`, {
			headers: { ...headers, 'X-API-KEY': apiKey },
		});
		const body = (await response.json()) as {
			code: number;
			message: string;
			data: unknown;
			meta?: unknown;
		};
		expect(schemas.envelope(body, response.status)).toEqual([]);
		return { status: response.status, body };
	};
	// The SDK JSON-encodes lists with a space after each comma, and sends booleans as True/False.
	const sourceKeys = (...keys: string[]) =>
		encodeURIComponent(JSON.stringify(keys).replace(/","/g, '", "'));
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
		[
			'by key',
			`/profile/indexing?source_key=${S}&key=${sample.sampleData().sources[S].profiles[0].key}`,
		],
		['by reference', `/profile/indexing?source_key=${S}&reference=ATS-2077`],
	])(
		'GET /profile/indexing %s: a profile with source_key = source.key and a whole source',
		async (_case, query) => {
			const { status, body } = await sdkGet(query);
			expect(status).toBe(200);
			expect(schemas.profile(body.data)).toEqual([]);
		},
	);

	test("GET /profile/indexing/attachments by profile_email (the SDK's name; the seed's is email): alt is a 40-hex key", async () => {
		const { status, body } = await sdkGet(
			`/profile/indexing/attachments?source_key=${S}&profile_email=jane.doe%40example.com`,
		);
		expect(status).toBe(200);
		expect((body.data as unknown[]).length).toBe(2);
		for (const file of body.data as unknown[]) expect(schemas.attachment(file)).toEqual([]);
	});

	test('GET /storing/profiles with return_profile=False (always sent): only keys, reference and dates', async () => {
		const { status, body } = await sdkGet(
			`/storing/profiles?source_keys=${sourceKeys(S)}&return_profile=False&page=1&limit=30&order_by=desc&sort_by=created_at`,
		);
		expect(status).toBe(200);
		expect(schemas.pagination(body.meta)).toEqual([]);
		for (const entry of body.data as Array<Record<string, unknown>>) {
			expect(Object.keys(entry).sort()).toEqual([
				'created_at',
				'key',
				'reference',
				'source_key',
				'updated_at',
			]);
		}
	});

	test('GET /storing/profiles with return_profile=True and every filter the SDK documents', async () => {
		const query =
			`/storing/profiles?source_keys=${sourceKeys(S, sample.OTHER_SOURCE_KEY)}&name=Jane&reference=ATS-1042&location_lat=45.76&location_lon=4.83&location_dist=50` +
			`&return_profile=True&page=1&limit=30&order_by=desc&sort_by=created_at&created_at_min=2020-01-01&created_at_max=2030-01-01`;
		const { status, body } = await sdkGet(query);
		expect(status).toBe(200);
		expect(schemas.pagination(body.meta)).toEqual([]);
		expect((body.data as Array<{ reference: string }>).map((profile) => profile.reference)).toEqual(
			['ATS-1042'],
		);
		for (const profile of body.data as unknown[]) expect(schemas.profile(profile)).toEqual([]);
	});

	test.each([7, 30, 100])('pagination arithmetic holds on every page (limit %i)', async (limit) => {
		const first = await sdkGet(
			`/storing/profiles?source_keys=${sourceKeys(sample.MANY_SOURCE_KEY)}&return_profile=False&page=1&limit=${limit}`,
		);
		const { maxPage } = first.body.meta as { maxPage: number };
		for (let page = 1; page <= maxPage; page++) {
			const { body } = await sdkGet(
				`/storing/profiles?source_keys=${sourceKeys(sample.MANY_SOURCE_KEY)}&return_profile=False&page=${page}&limit=${limit}`,
			);
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
		].map(
			([name, value]) =>
				`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
		);
		const file = sample.makePdf(['Nico Durant']);
		const body = Buffer.concat([
			Buffer.from(
				parts.join('') +
					`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="nico.pdf"\r\n\r\n`,
			),
			file,
			Buffer.from(`\r\n--${boundary}--\r\n`),
		]);
		const response = await fetch(`${hrflow.emulator.url}/profile/parsing/file`, {
			method: 'POST',
			headers: { ...headers, 'Content-Type': `multipart/form-data; boundary=${boundary}` },
			body,
		});
		const answer = (await response.json()) as {
			code: number;
			data: { profile: { attachments: Array<{ public_url: string }> } };
		};
		expect(response.status).toBe(201);
		expect(schemas.profile(answer.data.profile)).toEqual([]);
		// The stored file is served (a file part without Content-Type once took the sandbox down).
		const download = await fetch(answer.data.profile.attachments[0].public_url);
		expect(download.status).toBe(200);
		expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
	});
});

describe("jobs and writes as HrFlow's Python SDK 4.3 sends them", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./hrflow-schemas') as Record<
		string,
		(value: unknown, extra?: unknown) => string[]
	>;
	const send = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, {
			method,
			headers: {
				...headers,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const answer = (await response.json()) as {
			code: number;
			message: string;
			data: Record<string, unknown>;
			meta?: unknown;
		};
		expect(schemas.envelope(answer, response.status)).toEqual([]);
		return { status: response.status, answer };
	};
	const B = sample.BOARD_KEY;

	test('add_json, get, edit with the whole dumped job (id, board, nulls), list, archive: every answer in the Job schema', async () => {
		const created = await send('POST', '/job/indexing', {
			name: 'x',
			reference: 'r1',
			board_key: B,
		});
		expect(created.status).toBe(201);
		expect(schemas.job(created.answer.data)).toEqual([]);
		const got = await send('GET', `/job/indexing?board_key=${B}&reference=r1`);
		expect(schemas.job(got.answer.data)).toEqual([]);
		const edited = await send('PUT', '/job/indexing', {
			...got.answer.data,
			interviews: 'Two rounds',
			url: null,
			board_key: B,
		});
		expect(edited.status).toBe(200);
		expect(edited.answer.data).toMatchObject({
			interviews: 'Two rounds',
			name: 'x',
			id: created.answer.data.id,
		});
		const listed = await send(
			'GET',
			`/storing/jobs?board_keys=${encodeURIComponent(JSON.stringify([B]))}&return_job=True&page=1&limit=30&order_by=desc&sort_by=created_at`,
		);
		expect(schemas.pagination(listed.answer.meta)).toEqual([]);
		for (const entry of listed.answer.data as unknown as unknown[])
			expect(schemas.job(entry)).toEqual([]);
		const archived = await send('PATCH', '/job/indexing/archive', {
			board_key: B,
			key: created.answer.data.key,
			is_archive: 1,
		});
		expect(archived.answer.data).toEqual({ key: created.answer.data.key });
		const after = await send(
			'GET',
			`/storing/jobs?board_keys=${encodeURIComponent(JSON.stringify([B]))}&return_job=False&page=1&limit=30`,
		);
		expect(after.answer.data).toEqual([]);
	});

	test('profile add_json answers a Profile that echoes what was sent', async () => {
		const sent = {
			reference: 'r',
			info: { full_name: 'A B' },
			text: 'resume text',
			source_key: sample.SOURCE_KEY,
		};
		const { status, answer } = await send('POST', '/profile/indexing', sent);
		expect(status).toBe(201);
		expect(schemas.profile(answer.data)).toEqual([]);
		expect(answer.data).toMatchObject({
			reference: 'r',
			info: { full_name: 'A B' },
			text: 'resume text',
		});
	});

	test.each([
		[
			'a job without a name',
			'POST',
			'/job/indexing',
			{ board_key: sample.BOARD_KEY },
			400,
			'Invalid parameters: name is required',
		],
		[
			'a field HrFlow does not know',
			'POST',
			'/job/indexing',
			{ name: 'x', board_key: sample.BOARD_KEY, title: 'x' },
			400,
			'Invalid parameters: unknown field title',
		],
		[
			'tags that are not name/value objects',
			'POST',
			'/job/indexing',
			{ name: 'x', board_key: sample.BOARD_KEY, tags: ['a'] },
			400,
			'Invalid parameters: tags must be a list of objects with a name',
		],
		[
			'an unknown board',
			'POST',
			'/job/indexing',
			{ name: 'x', board_key: 'e'.repeat(40) },
			400,
			'Invalid parameters. Unable to find object: board',
		],
		[
			'an update of no such job',
			'PUT',
			'/job/indexing',
			{ board_key: sample.BOARD_KEY, reference: 'none' },
			400,
			'Unable to find object: job',
		],
	])('refuses %s', async (_case, method, path, body, status, message) => {
		const { status: answered, answer } = await send(method, path, body);
		expect([answered, answer.message]).toEqual([status, message]);
	});
});

describe("scoring, searching and asking as HrFlow's Python SDK 4.3 sends them", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
	const get = async (path: string) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, { headers });
		const answer = (await response.json()) as {
			code: number;
			message: string;
			data: Record<string, unknown>;
			meta?: unknown;
		};
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
		for (const profile of answer.data.profiles as unknown[])
			expect(schemas.profile(profile)).toEqual([]);
	});

	test('job.scoring.list and both searchings', async () => {
		const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
		const scored = await get(
			`/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${sample.SOURCE_KEY}&profile_key=${jane.key}&limit=5&page=1&sort_by=created_at&algorithm_key=algo`,
		);
		expect(schemas.scoring(scored.answer.data, scored.answer.meta, 'jobs')).toEqual([]);
		for (const entry of scored.answer.data.jobs as unknown[])
			expect(schemas.job(entry)).toEqual([]);
		const profiles = await get(
			`/profiles/searching?source_keys=${list([sample.MANY_SOURCE_KEY])}&stage=yes&limit=5&page=2&sort_by=created_at&order_by=desc&text_keywords=${list(['python', 'sql'])}`,
		);
		expect(schemas.searching(profiles.answer.data, profiles.answer.meta, 'profiles')).toEqual([]);
		expect(schemas.pagination(profiles.answer.meta)).toEqual([]);
		const jobs = await get(
			`/jobs/searching?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&limit=5&page=1&sort_by=created_at`,
		);
		expect(schemas.searching(jobs.answer.data, jobs.answer.meta, 'jobs')).toEqual([]);
	});

	test("asking with questions=None is a 400 that says null, as HrFlow's test expects", async () => {
		const { status, answer } = await get(
			`/profile/asking?source_key=${sample.SOURCE_KEY}&reference=ATS-1042`,
		);
		expect(status).toBe(400);
		expect(answer.message).toContain('null');
	});
});

describe("as strict as HrFlow, never kinder; accepting what HrFlow's client sends (issue 18)", () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
	type Answer = {
		code: number;
		message: string;
		data: any;
		meta?: { page: number; maxPage: number; count: number; total: number };
	};
	const call = async (method: string, path: string, body?: unknown) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, {
			method,
			headers: {
				...headers,
				...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
			},
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const answer = (await response.json()) as Answer;
		expect(schemas.envelope(answer, response.status)).toEqual([]);
		if (answer.meta) expect(schemas.pagination(answer.meta)).toEqual([]);
		return { status: response.status, answer };
	};
	const get = async (path: string) => await call('GET', path);
	// Python's json.dumps (", " and ": " separators), then form-encoded as requests does (space → +):
	// a list or object query parameter exactly as HrFlow's SDK puts it on the wire.
	const dumps = (value: unknown): string =>
		Array.isArray(value)
			? `[${value.map(dumps).join(', ')}]`
			: value !== null && typeof value === 'object'
				? `{${Object.entries(value)
						.map(([key, entry]) => `${JSON.stringify(key)}: ${dumps(entry)}`)
						.join(', ')}}`
				: JSON.stringify(value);
	const list = (value: unknown) => encodeURIComponent(dumps(value)).replace(/%20/g, '+');
	const E = sample.OTHER_SOURCE_KEY;
	const [dataEngineer, designer] = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY].jobs;
	const label = (job: { key: string; reference: string }, stage: string) => ({
		board_key: sample.ENGINEERING_BOARD_KEY,
		job_key: job.key,
		job_reference: job.reference,
		stage,
		date_stage: '2026-10-05T09:00:00+0000',
		rating: 1,
		date_rating: '2026-10-05T09:00:00+0000',
	});
	const lyon = { text: 'Lyon, France', lat: 45.764, lng: 4.8357 };
	// Three profiles in the empty source: rated yes for Data Engineer, never rated (in Lyon, with
	// languages, interests, experiences, educations and their years), rated later for Product Designer.
	const indexThree = async () => {
		const profiles = [
			{
				reference: 'yes-de',
				info: { full_name: 'Ada Yes', email: 'ada@example.com', summary: 'Streaming at scale' },
				skills: [{ name: 'Python', type: 'hard', value: null }],
				tags: [{ name: 'channel', value: 'referral' }],
				labels: [label(dataEngineer, 'yes')],
				created_at: '2026-01-03T09:00:00+0000',
			},
			{
				reference: 'unrated',
				info: {
					full_name: 'Bo New',
					email: 'bo@example.com',
					summary: 'Kafka and Spark',
					location: { text: 'Lyon, France', lat: 45.764, lng: 4.8357 },
				},
				skills: ['Python', 'SQL', 'Kafka', 'Spark'].map((name) => ({
					name,
					type: 'hard',
					value: null,
				})),
				languages: [{ name: 'English', value: 'fluent' }],
				interests: [{ name: 'Chess', value: null }],
				experiences: [{ title: 'Data engineer', company: 'Acme', location: lyon }],
				educations: [{ title: 'MSc Computer Science', school: 'INSA', location: lyon }],
				experiences_duration: 5.5,
				educations_duration: 2,
				tags: [{ name: 'channel', value: 'agency' }],
				created_at: '2026-01-01T09:00:00+0000',
			},
			{
				reference: 'later-pd',
				info: { full_name: 'Cy Later', email: 'cy@example.com', summary: 'Design systems' },
				skills: [{ name: 'Figma', type: 'hard', value: null }],
				labels: [label(designer, 'later')],
				created_at: '2026-01-02T09:00:00+0000',
			},
		];
		for (const profile of profiles)
			expect((await call('POST', '/profile/indexing', { ...profile, source_key: E })).status).toBe(
				201,
			);
	};
	const references = (records: Array<{ reference: string }>) =>
		records.map((record) => record.reference);
	const scoring = `/profiles/scoring?source_keys=${list([E])}&board_key=${sample.ENGINEERING_BOARD_KEY}&job_key=${dataEngineer.key}&algorithm_key=algo&use_algorithm=1`;

	test("scoring and searching apply stage (a profile's labels; new when absent, the documented default)", async () => {
		await indexThree();
		expect(references((await get(`${scoring}&sort_by=scoring`)).answer.data.profiles)).toEqual([
			'unrated',
			'later-pd',
		]);
		expect(
			references((await get(`${scoring}&sort_by=scoring&stage=yes`)).answer.data.profiles),
		).toEqual(['yes-de']);
		const searching = `/profiles/searching?source_keys=${list([E])}`;
		expect(references((await get(searching)).answer.data.profiles)).toEqual(['unrated']);
		expect(references((await get(`${searching}&stage=later`)).answer.data.profiles)).toEqual([
			'later-pd',
		]);
		const ada = (await get(`/profile/indexing?source_key=${E}&reference=yes-de`)).answer.data;
		const jobs = `/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${E}&profile_key=${ada.key}&algorithm_key=algo`;
		expect((await get(jobs)).answer.data.jobs).toHaveLength(3);
		expect(
			(await get(`${jobs}&stage=yes`)).answer.data.jobs.map(
				(job: { reference: string }) => job.reference,
			),
		).toEqual(['ENG-1']);
	});

	test('scoring and searching apply sort_by and order_by (scoring by score, dates by date; default created_at desc)', async () => {
		await indexThree();
		const all = `${scoring}&stage=new`;
		const unrated = (await get(`${scoring}&sort_by=scoring`)).answer;
		expect(unrated.data.predictions[0][1]).toBeGreaterThan(unrated.data.predictions[1][1]);
		expect(
			references((await get(`${all}&sort_by=created_at&order_by=asc`)).answer.data.profiles),
		).toEqual(['unrated', 'later-pd']);
		expect(
			references((await get(`${all}&sort_by=scoring&order_by=asc`)).answer.data.profiles),
		).toEqual(['later-pd', 'unrated']);
		const searching = `/profiles/searching?source_keys=${list([E])}&stage=yes`;
		await call('POST', '/profile/indexing', {
			reference: 'yes-2',
			labels: [label(dataEngineer, 'yes')],
			created_at: '2026-02-01T09:00:00+0000',
			source_key: E,
		});
		expect(references((await get(searching)).answer.data.profiles)).toEqual(['yes-2', 'yes-de']);
		expect(
			references((await get(`${searching}&sort_by=created_at&order_by=asc`)).answer.data.profiles),
		).toEqual(['yes-de', 'yes-2']);
		for (const sortBy of [
			'updated_at',
			'location',
			'location_experience',
			'location_education',
			'searching',
		])
			expect((await get(`${searching}&sort_by=${sortBy}`)).status).toBe(200);
		expect((await get(`${searching}&sort_by=score`)).status).toBe(400);
	});

	test.each([
		['email', 'jane.doe@example.com'],
		['stage', 'yes'],
		['experience_keywords', list(['python'])],
	])('/jobs/searching refuses the profile filter %s', async (name, value) => {
		const { status, answer } = await get(
			`/jobs/searching?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&${name}=${value}`,
		);
		expect([status, answer.message]).toEqual([
			400,
			`Invalid parameters: unknown parameter ${name}`,
		]);
	});

	test("key and reference together on lookups: the reference overrides the key (HrFlow's SDK Documentation.md)", async () => {
		const [jane, kenji] = sample.sampleData().sources[sample.SOURCE_KEY].profiles;
		const profile = await get(
			`/profile/indexing?source_key=${sample.SOURCE_KEY}&key=${jane.key}&reference=${kenji.reference}`,
		);
		expect([profile.status, profile.answer.data.key]).toEqual([200, kenji.key]);
		const files = await get(
			`/profile/indexing/attachments?source_key=${sample.SOURCE_KEY}&key=${jane.key}&reference=${kenji.reference}`,
		);
		expect(files.answer.data).toHaveLength(3);
		const job = await get(
			`/job/indexing?board_key=${sample.ENGINEERING_BOARD_KEY}&key=${dataEngineer.key}&reference=${designer.reference}`,
		);
		expect(job.answer.data.key).toBe(designer.key);
		const asked = await get(
			`/job/asking?board_key=${sample.ENGINEERING_BOARD_KEY}&key=${dataEngineer.key}&reference=${designer.reference}&questions=${list(['What does the job do?'])}`,
		);
		expect(asked.answer.data).toEqual(['Design the recruiter workspace.']);
	});

	test('consent_algorithmic on profiles and agent_key on jobs are HrFlow fields: kept; a malformed one refused', async () => {
		const consent = {
			owner: { parsing: false, searching: true },
			controller: { parsing: false, scoring: false },
		};
		const profile = await call('POST', '/profile/indexing', {
			reference: 'consent',
			consent_algorithmic: consent,
			source_key: E,
		});
		expect([profile.status, profile.answer.data.consent_algorithmic]).toEqual([201, consent]);
		expect(schemas.profile(profile.answer.data)).toEqual([]);
		const job = await call('POST', '/job/indexing', {
			name: 'Data Scientist',
			agent_key: null,
			board_key: sample.BOARD_KEY,
		});
		expect(job.status).toBe(201);
		expect(schemas.job(job.answer.data)).toEqual([]);
		expect(
			(await call('POST', '/profile/indexing', { consent_algorithmic: 'yes', source_key: E }))
				.status,
		).toBe(400);
		expect(
			(
				await call('POST', '/job/indexing', {
					name: 'x',
					agent_key: 3,
					board_key: sample.BOARD_KEY,
				})
			).status,
		).toBe(400);
	});

	test("text parsing: texts (one item per text) or text (one item); hard and soft skills labelled as HrFlow's schema wants", async () => {
		const one = await call('POST', '/text/parsing', {
			text: 'Python, SQL and Communication at Acme 👩‍💻 as a Data Engineer',
		});
		expect(one.status).toBe(200);
		expect(schemas.textParsing(one.answer.data)).toEqual([]);
		expect(one.answer.data.entities.map((entity: { label: string }) => entity.label)).toEqual(
			expect.arrayContaining(['skill_hard', 'skill_soft', 'job_title']),
		);
		const batch = await call('POST', '/text/parsing', {
			texts: ['John Doe can be contacted on john.doe@hrflow.ai', 'Figma and Teamwork'],
		});
		expect(batch.status).toBe(200);
		expect(batch.answer.data).toHaveLength(2);
		expect(schemas.textParsing(batch.answer.data)).toEqual([]);
		for (const body of [{ text: 'a', texts: ['b'] }, {}, { texts: [] }, { texts: 'a' }])
			expect((await call('POST', '/text/parsing', body)).status).toBe(400);
	});

	test('the ported TextParsingResponse check catches a hard skill labelled hard_skill', () => {
		const parsing = Object.fromEntries(
			[
				'certifications',
				'companies',
				'courses',
				'dates',
				'durations',
				'education_titles',
				'emails',
				'first_names',
				'interests',
				'job_titles',
				'languages',
				'last_names',
				'locations',
				'phones',
				'schools',
				'skills_hard',
				'skills_soft',
				'tasks',
			].map((key) => [key, key === 'skills_hard' ? ['Python'] : []]),
		);
		expect(
			schemas.textParsing({
				text: 'Python',
				entities: [{ start: 0, end: 6, label: 'skill_hard' }],
				parsing,
			}),
		).toEqual([]);
		expect(
			schemas.textParsing({
				text: 'Python',
				entities: [{ start: 0, end: 6, label: 'hard_skill' }],
				parsing,
			}),
		).toEqual(['entities[0] label hard_skill: no parsing.hard_skills']);
	});

	test.each([
		'created_at',
		'updated_at',
		'location',
		'location_experience',
		'location_education',
		'searching',
		'scoring',
	])("/storing/* take the SDK's sort_by %s", async (sortBy) => {
		expect(
			(
				await get(
					`/storing/profiles?source_keys=${list([sample.SOURCE_KEY])}&return_profile=False&page=1&limit=30&order_by=desc&sort_by=${sortBy}`,
				)
			).status,
		).toBe(200);
		expect(
			(
				await get(
					`/storing/jobs?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&return_job=False&page=1&limit=30&order_by=desc&sort_by=${sortBy}`,
				)
			).status,
		).toBe(200);
	});

	test('/profiles/searching takes every documented filter in its encoding, and applies each', async () => {
		await indexThree();
		const filters = [
			`name=Bo`,
			`email=bo%40example.com`,
			`location_geopoint=${list({ lat: 45.76, lng: 4.83 })}`,
			`location_distance=50`,
			`summary_keywords=${list(['kafka'])}`,
			`text_keywords=${list(['spark'])}`,
			`experience_keywords=${list(['acme'])}`,
			`education_keywords=${list(['insa'])}`,
			`experience_location_geopoint=${list({ lat: 45.76, lon: 4.83 })}`,
			`experience_location_distance=10`,
			`education_location_geopoint=${list({ lat: 45.76, lon: 4.83 })}`,
			`education_location_distance=10`,
			`experiences_duration_min=5`,
			`experiences_duration_max=30`,
			`educations_duration_min=0`,
			`educations_duration_max=10`,
			`skills=${list([{ name: 'Python', value: null }])}`,
			`languages=${list([{ name: 'English', value: null }])}`,
			`interests=${list([{ name: 'chess', value: null }])}`,
			`tags_included=${list([
				[
					{ name: 'channel', value: 'agency' },
					{ name: 'channel', value: 'job board' },
				],
			])}`,
			`tags_excluded=${list([[{ name: 'channel', value: 'referral' }]])}`,
			`created_at_min=2025-12-31T00:00:00.000Z`,
			`created_at_max=2026-12-31T00:00:00.000Z`,
		];
		const { status, answer } = await get(
			`/profiles/searching?source_keys=${list([E])}&${filters.join('&')}`,
		);
		expect([status, references(answer.data.profiles)]).toEqual([200, ['unrated']]);
		const only = async (filter: string) =>
			references(
				(await get(`/profiles/searching?source_keys=${list([E])}&stage=yes&${filter}`)).answer.data
					.profiles,
			);
		expect(await only('name=Bo')).toEqual([]);
		expect(await only('email=ADA%40example.com')).toEqual(['yes-de']);
		expect(await only(`summary_keywords=${list(['design'])}`)).toEqual([]);
		expect(await only(`tags_excluded=${list([{ name: 'channel', value: 'referral' }])}`)).toEqual(
			[],
		);
		// Each filter, one at a time, on Bo (new): kept when it holds, left out when it does not.
		const bo = async (filter: string) =>
			references(
				(await get(`/profiles/searching?source_keys=${list([E])}&${filter}`)).answer.data.profiles,
			);
		const paris = list({ lat: 48.8566, lng: 2.3522 });
		for (const [holds, fails] of [
			[
				`location_geopoint=${paris}&location_distance=400`,
				`location_geopoint=${paris}&location_distance=300`,
			],
			[
				`experience_location_geopoint=${paris}&experience_location_distance=400`,
				`experience_location_geopoint=${paris}&experience_location_distance=300`,
			],
			[
				`education_location_geopoint=${paris}&education_location_distance=400`,
				`education_location_geopoint=${paris}&education_location_distance=300`,
			],
			['experiences_duration_min=5', 'experiences_duration_min=6'],
			['experiences_duration_max=6', 'experiences_duration_max=5'],
			['experience_duration_min=5', 'experience_duration_min=6'],
			['educations_duration_min=2', 'educations_duration_min=3'],
			['educations_duration_max=2', 'educations_duration_max=1'],
			[`experience_keywords=${list(['ACME'])}`, `experience_keywords=${list(['insa'])}`],
			[`education_keywords=${list(['insa'])}`, `education_keywords=${list(['acme'])}`],
			[
				`skills=${list([
					{ name: 'kafka', value: null },
					{ name: 'SQL', value: null },
				])}`,
				`skills=${list([
					{ name: 'Kafka', value: null },
					{ name: 'Go', value: null },
				])}`,
			],
			[
				`languages=${list([{ name: 'english', value: 'Fluent' }])}`,
				`languages=${list([{ name: 'English', value: 'basic' }])}`,
			],
			[
				`interests=${list([{ name: 'Chess', value: null }])}`,
				`interests=${list([{ name: 'Golf', value: null }])}`,
			],
			[
				`tags_included=${list([
					[{ name: 'channel', value: 'agency' }],
					[
						{ name: 'channel', value: 'referral' },
						{ name: 'channel', value: 'agency' },
					],
				])}`,
				`tags_included=${list([[{ name: 'channel', value: 'agency' }], [{ name: 'team', value: 'data' }]])}`,
			],
			[
				`tags_excluded=${list([[{ name: 'channel', value: 'referral' }]])}`,
				`tags_excluded=${list([
					[
						{ name: 'channel', value: 'referral' },
						{ name: 'channel', value: 'agency' },
					],
				])}`,
			],
		]) {
			expect([holds, await bo(holds)]).toEqual([holds, ['unrated']]);
			expect([fails, await bo(fails)]).toEqual([fails, []]);
		}
	});

	test('/jobs/searching takes every documented job filter in its encoding, and applies each', async () => {
		const board = sample.BOARD_KEY;
		const job = {
			reference: 'DATA-LYON',
			name: 'Data Engineer',
			summary: 'Streaming pipelines.',
			location: lyon,
			skills: [{ name: 'Kafka', type: 'hard', value: null }],
			languages: [{ name: 'French', value: 'fluent' }],
			tags: [{ name: 'contract', value: 'permanent' }],
			ranges_float: [{ name: 'salary', value_min: 45000, value_max: 55000, unit: 'EUR' }],
			ranges_date: [
				{
					name: 'start',
					value_min: '2026-11-15T00:00:00.000Z',
					value_max: '2026-12-31T00:00:00.000Z',
				},
			],
			sections: [{ name: 'job-description', title: 'Missions', description: 'Kafka and Python' }],
		};
		expect((await call('POST', '/job/indexing', { ...job, board_key: board })).status).toBe(201);
		// Another job with neither coordinates nor a salary range.
		const { ranges_float: _salary, ...withoutSalary } = job;
		const other = {
			...withoutSalary,
			reference: 'OTHER',
			name: 'Analyst',
			location: { text: 'Nowhere', lat: null, lng: null },
		};
		expect((await call('POST', '/job/indexing', { ...other, board_key: board })).status).toBe(201);
		const filters = [
			`names=${list(['data engineer', 'designer'])}`,
			`location_geopoint=${list({ lat: 45.76, lng: 4.83 })}`,
			`location_distance=30`,
			`summary_keywords=${list(['pipelines'])}`,
			`text_keywords=${list(['kafka'])}`,
			`skills=${list([{ name: 'Kafka', value: null }])}`,
			`languages=${list([{ name: 'french', value: null }])}`,
			`ranges_float=${list([{ name: 'salary', value_min: 40000, value_max: 60000 }])}`,
			`ranges_date=${list([{ name: 'start', value_min: '2026-11-01T00:00:00.000Z', value_max: null }])}`,
			`tags_included=${list([[{ name: 'contract', value: 'permanent' }]])}`,
			`tags_excluded=${list([[{ name: 'archived', value: 'true' }]])}`,
		];
		const jobs = async (filter: string) =>
			(await get(`/jobs/searching?board_keys=${list([board])}&${filter}`)).answer.data.jobs.map(
				(found: { reference: string }) => found.reference,
			);
		expect(await jobs(filters.join('&'))).toEqual(['DATA-LYON']);
		for (const [holds, fails] of [
			[`names=${list(['analyst', 'data'])}`, `names=${list(['designer'])}`],
			[
				`location_geopoint=${list({ lat: 48.8566, lng: 2.3522 })}&location_distance=400`,
				`location_geopoint=${list({ lat: 48.8566, lng: 2.3522 })}&location_distance=300`,
			],
			[
				`ranges_float=${list([{ name: 'salary', value_min: 50000, value_max: null }])}`,
				`ranges_float=${list([{ name: 'salary', value_min: 60000, value_max: null }])}`,
			],
			[
				`ranges_float=${list([{ name: 'salary', value_min: null, value_max: 45000 }])}`,
				`ranges_float=${list([{ name: 'bonus', value_min: 0, value_max: null }])}`,
			],
			[
				`ranges_date=${list([{ name: 'start', value_min: null, value_max: '2026-11-20T00:00:00.000Z' }])}`,
				`ranges_date=${list([{ name: 'start', value_min: null, value_max: '2026-11-01T00:00:00.000Z' }])}`,
			],
			[
				`languages=${list([{ name: 'French', value: 'FLUENT' }])}`,
				`languages=${list([{ name: 'English', value: null }])}`,
			],
		]) {
			expect([holds, await jobs(holds)]).toEqual([holds, expect.arrayContaining(['DATA-LYON'])]);
			expect([fails, (await jobs(fails)).includes('DATA-LYON')]).toEqual([fails, false]);
		}
	});

	test("scoring by reference with filters, as HrFlow's SDK 4.3 puts it on the wire (profile/scoring.py, job/scoring.py: None dropped, lists json.dumps'd, filters as **kwargs)", async () => {
		await indexThree();
		// profile.scoring.list(source_keys=[E], board_key=B, job_key=None, algorithm_key=None,
		// job_reference="ENG-1", algorithm_key via kwargs, location_geopoint=json.dumps({...}), ...)
		const profiles = await get(
			`/profiles/scoring?source_keys=${list([E])}&board_key=${sample.ENGINEERING_BOARD_KEY}&use_agent=1&limit=30&page=1&sort_by=created_at&job_reference=ENG-1&algorithm_key=algo&location_geopoint=${list({ lat: 45.76, lng: 4.83 })}&location_distance=40&experiences_duration_min=3&skills=${list([{ name: 'python', value: null }])}&tags_included=${list([[{ name: 'channel', value: 'agency' }]])}`,
		);
		expect(profiles.status).toBe(200);
		expect(schemas.scoring(profiles.answer.data, profiles.answer.meta, 'profiles')).toEqual([]);
		expect(references(profiles.answer.data.profiles)).toEqual(['unrated']);
		// job.scoring.list(board_keys=[B], source_key=S, profile_key=None, profile_reference=..., names=[...], ranges_float=[...])
		const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
		const jobs = await get(
			`/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${sample.SOURCE_KEY}&limit=30&page=1&sort_by=created_at&profile_reference=${jane.reference}&algorithm_key=algo&names=${list(['engineer'])}&skills=${list([{ name: 'SQL', value: null }])}&text_keywords=${list(['pipelines'])}`,
		);
		expect(jobs.status).toBe(200);
		expect(schemas.scoring(jobs.answer.data, jobs.answer.meta, 'jobs')).toEqual([]);
		expect(jobs.answer.data.jobs.map((job: { reference: string }) => job.reference)).toEqual([
			'ENG-1',
		]);
	});

	test('scoring applies the same filters as searching, each side its own', async () => {
		await indexThree();
		const profiles = async (filter: string) =>
			references((await get(`${scoring}&sort_by=scoring&${filter}`)).answer.data.profiles);
		expect(await profiles('')).toEqual(['unrated', 'later-pd']);
		expect(await profiles(`skills=${list([{ name: 'Figma', value: null }])}`)).toEqual([
			'later-pd',
		]);
		expect(await profiles('experiences_duration_min=5&educations_duration_max=2')).toEqual([
			'unrated',
		]);
		expect(
			await profiles(`location_geopoint=${list({ lat: 45.76, lng: 4.83 })}&location_distance=5`),
		).toEqual(['unrated']);
		expect(
			await profiles(`tags_excluded=${list([[{ name: 'channel', value: 'agency' }]])}`),
		).toEqual(['later-pd']);
		const bo = (await get(`/profiles/searching?source_keys=${list([E])}`)).answer.data.profiles[0];
		const jobs = `/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${E}&profile_key=${bo.key}&algorithm_key=algo&sort_by=scoring`;
		const jobNames = async (filter: string) =>
			(await get(`${jobs}&${filter}`)).answer.data.jobs.map((job: { name: string }) => job.name);
		expect(await jobNames('')).toEqual(['Data Engineer', 'Backend Engineer', 'Product Designer']);
		expect(await jobNames(`names=${list(['engineer'])}`)).toEqual([
			'Data Engineer',
			'Backend Engineer',
		]);
		expect(
			await jobNames(
				`skills=${list([{ name: 'Go', value: null }])}&text_keywords=${list(['apis'])}`,
			),
		).toEqual(['Backend Engineer']);
		// A profile filter on jobs, and a malformed filter, are refused as on searching.
		expect((await get(`${jobs}&email=bo%40example.com`)).answer.message).toBe(
			'Invalid parameters: unknown parameter email',
		);
		expect((await get(`${scoring}&skills=Python`)).answer.message).toBe(
			'Invalid parameters: skills is not JSON',
		);
	});

	test.each([
		['profiles', 'text_keywords', 'python', 'text_keywords is not JSON'],
		['profiles', 'text_keywords', list([1]), 'text_keywords is not a JSON array of strings'],
		[
			'profiles',
			'location_geopoint',
			list({ lat: 91, lng: 0 }),
			'location_geopoint is not a JSON object {"lat", "lng"}',
		],
		['profiles', 'location_distance', 'far', 'location_distance is not a number of at least 0'],
		['profiles', 'skills', list(['Python']), 'skills is not a JSON array of {"name", "value"}'],
		[
			'profiles',
			'tags_included',
			list({ name: 'a' }),
			'tags_included is not a JSON array of groups of {"name", "value"}',
		],
		['profiles', 'created_at_min', 'yesterday', 'created_at_min is not an ISO 8601 date'],
		['jobs', 'names', 'Data Engineer', 'names is not JSON'],
		[
			'jobs',
			'ranges_float',
			list([{ name: 'salary', value_min: '40k' }]),
			'ranges_float is not a JSON array of {"name", "value_min", "value_max"}',
		],
		[
			'jobs',
			'ranges_date',
			list([{ name: 'start', value_max: 'soon' }]),
			'ranges_date is not a JSON array of {"name", "value_min", "value_max"}',
		],
	])('/%s/searching refuses a malformed %s', async (kind, name, value, message) => {
		const containers =
			kind === 'profiles'
				? `source_keys=${list([E])}`
				: `board_keys=${list([sample.ENGINEERING_BOARD_KEY])}`;
		const { status, answer } = await get(`/${kind}/searching?${containers}&${name}=${value}`);
		expect([status, answer.message]).toEqual([400, `Invalid parameters: ${message}`]);
	});

	test('scoring takes job_reference (with board_key) and profile_reference (with source_key) in place of the key', async () => {
		const byKey = await get(
			`/profiles/scoring?source_keys=${list([sample.SOURCE_KEY])}&board_key=${sample.ENGINEERING_BOARD_KEY}&job_key=${dataEngineer.key}&algorithm_key=algo&sort_by=scoring`,
		);
		const byReference = await get(
			`/profiles/scoring?source_keys=${list([sample.SOURCE_KEY])}&board_key=${sample.ENGINEERING_BOARD_KEY}&job_reference=ENG-1&algorithm_key=algo&sort_by=scoring`,
		);
		expect(byReference.status).toBe(200);
		expect(byReference.answer.data).toEqual(byKey.answer.data);
		const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
		const jobs = `/jobs/scoring?board_keys=${list([sample.ENGINEERING_BOARD_KEY])}&source_key=${sample.SOURCE_KEY}&algorithm_key=algo&sort_by=scoring`;
		const jobsByReference = await get(`${jobs}&profile_reference=${jane.reference}`);
		expect(jobsByReference.status).toBe(200);
		expect(jobsByReference.answer.data).toEqual(
			(await get(`${jobs}&profile_key=${jane.key}`)).answer.data,
		);
		expect((await get(`${jobs}&profile_reference=ATS-404`)).answer.message).toBe(
			'Unable to find object: profile',
		);
		expect(
			(
				await get(
					`/profiles/scoring?source_keys=${list([sample.SOURCE_KEY])}&board_key=${sample.ENGINEERING_BOARD_KEY}&job_reference=ENG-404&algorithm_key=algo`,
				)
			).answer,
		).toMatchObject({ code: 400, message: 'Unable to find object: job' });
		// Neither the key nor the reference: refused, as HrFlow's reference says ("can not be null at the same time").
		expect(
			(
				await get(
					`/profiles/scoring?source_keys=${list([sample.SOURCE_KEY])}&board_key=${sample.ENGINEERING_BOARD_KEY}&algorithm_key=algo`,
				)
			).answer,
		).toMatchObject({
			code: 400,
			message: 'Invalid parameters: job_key and job_reference can not be null at the same time',
		});
		expect((await get(jobs)).answer).toMatchObject({
			code: 400,
			message:
				'Invalid parameters: profile_key and profile_reference can not be null at the same time',
		});
	});

	test("a page past the end: empty, meta within HrFlow's schema, maxPage the real one, so HrFlow's own pager (maxPage + 1) ends", async () => {
		const listing = (page: number) =>
			`/storing/profiles?source_keys=${list([sample.MANY_SOURCE_KEY])}&return_profile=False&limit=100&page=${page}`;
		// hrflow-connectors: page on until `page == meta.maxPage + 1`.
		let page = 1;
		const seen: unknown[] = [];
		for (; page < 10; page++) {
			const { status, answer } = await get(listing(page));
			expect(status).toBe(200);
			seen.push(...answer.data);
			if (page === answer.meta!.maxPage + 1) {
				expect([answer.data, answer.meta]).toEqual([
					[],
					{ page: 3, maxPage: 3, count: 0, total: sample.MANY_PROFILES },
				]);
				break;
			}
		}
		expect([page, seen.length]).toEqual([4, sample.MANY_PROFILES]);
		const search = await get(`/profiles/searching?source_keys=${list([E])}&page=2`);
		expect([search.answer.data.profiles, search.answer.meta]).toEqual([
			[],
			{ page: 1, maxPage: 1, count: 0, total: 0 },
		]);
	});
});

test("archive as HrFlow's SDK sends it: by profile_email, and by key with reference (the reference overrides the key)", async () => {
	const archive = async (body: object) => {
		const response = await fetch(`${hrflow.emulator.url}/profile/indexing/archive`, {
			method: 'PATCH',
			headers: { ...headers, 'Content-Type': 'application/json' },
			body: JSON.stringify({ source_key: sample.SOURCE_KEY, ...body, is_archive: 1 }),
		});
		return [response.status, ((await response.json()) as { data?: { key: string } }).data?.key];
	};
	const [jane, kenji, elodie] = sample.sampleData().sources[sample.SOURCE_KEY].profiles;
	expect(await archive({ profile_email: 'JANE.DOE@example.com' })).toEqual([200, jane.key]);
	expect(await archive({ key: elodie.key, reference: kenji.reference })).toEqual([200, kenji.key]);
	expect(await archive({ profile_email: 'nobody@example.com' })).toEqual([400, undefined]);
});
