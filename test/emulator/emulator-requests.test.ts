// The emulator answers the requests of issue 18's "Requests as HrFlow documents them" as HrFlow
// does, sent here as HrFlow's Python SDK 4.3 (or HrFlow's reference) sends them, with a plain HTTP
// client; the answers are checked against HrFlow's answer schemas (hrflow-schemas.js).

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
const headers = { 'X-API-KEY': sample.API_KEYS.readWrite, 'X-USER-EMAIL': sample.USER_EMAIL };

async function send(
	method: string,
	path: string,
	body?: unknown,
	apiKey = sample.API_KEYS.readWrite,
) {
	const response = await fetch(`${hrflow.emulator.url}${path}`, {
		method,
		headers: {
			...headers,
			'X-API-KEY': apiKey,
			...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const answer = (await response.json()) as { code: number; message: string; data: unknown };
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	return { status: response.status, answer };
}

describe('POST /text/tagging as text.tagging.post sends it (context and labels null unless given)', () => {
	const sdk = (algorithm_key: string, extra: Record<string, unknown> = {}) => ({
		algorithm_key,
		context: null,
		labels: null,
		output_lang: 'en',
		top_n: 1,
		...extra,
	});

	test.each([
		'tagger-rome-family',
		'tagger-rome-subfamily',
		'tagger-rome-category',
		'tagger-rome-jobtitle',
		'tagger-hrflow-skills',
	])('%s with text: one result', async (tagger) => {
		const { status, answer } = await send(
			'POST',
			'/text/tagging',
			sdk(tagger, { text: 'Python data engineer' }),
		);
		expect(status).toBe(200);
		expect(schemas.tagging(answer.data)).toEqual([]);
	});

	test('texts: one result per text', async () => {
		const { answer } = await send(
			'POST',
			'/text/tagging',
			sdk('tagger-rome-family', { texts: ['Python data engineer', 'Figma designer'], top_n: 2 }),
		);
		const results = answer.data as Array<{ tags: string[] }>;
		expect(results).toHaveLength(2);
		for (const result of results) expect(schemas.tagging(result)).toEqual([]);
	});

	test("tagger-hrflow-labels: every tag one of the labels, every id a numeric string (HrFlow's test_text.py)", async () => {
		const labels = ['Design', 'Data', 'Sales'];
		const { answer } = await send(
			'POST',
			'/text/tagging',
			sdk('tagger-hrflow-labels', {
				texts: ['Figma and UX design', 'Sales account'],
				labels,
				top_n: 2,
			}),
		);
		for (const result of answer.data as Array<{ ids: string[]; tags: string[] }>) {
			expect(schemas.tagging(result)).toEqual([]);
			expect(result.tags.every((tag) => labels.includes(tag))).toBe(true);
			expect(result.ids.every((id) => /^\d+$/.test(id))).toBe(true);
		}
	});

	test("tagger-hrflow-dynamic: dynamic_labels and dynamic_context (HrFlow's cookbook)", async () => {
		const { status, answer } = await send('POST', '/text/tagging', {
			algorithm_key: 'tagger-hrflow-dynamic',
			texts: ['Invoice for laptops'],
			dynamic_labels: ['invoice', 'resume'],
			dynamic_context: 'document kind',
			top_n: 1,
		});
		expect(status).toBe(200);
		expect((answer.data as Array<{ tags: string[] }>)[0].tags).toEqual(['invoice']);
	});

	test.each([
		[
			'tagger-hrflow-labels without labels',
			sdk('tagger-hrflow-labels', { text: 'x' }),
			'Invalid parameters: labels is required with tagger-hrflow-labels',
		],
		[
			'tagger-hrflow-dynamic without dynamic_labels',
			{ algorithm_key: 'tagger-hrflow-dynamic', text: 'x' },
			'Invalid parameters: dynamic_labels is required with tagger-hrflow-dynamic',
		],
		[
			'both text and texts',
			sdk('tagger-rome-family', { text: 'x', texts: ['y'] }),
			'Invalid parameters: text is required, not null (or texts, a list of texts)',
		],
		[
			'neither text nor texts',
			sdk('tagger-rome-family'),
			'Invalid parameters: text is required, not null (or texts, a list of texts)',
		],
		[
			'labels that are not a list',
			sdk('tagger-hrflow-labels', { text: 'x', labels: 'Design' }),
			'Invalid parameters: labels must be a list of strings',
		],
		[
			'an unknown field',
			sdk('tagger-rome-family', { text: 'x', tagger: 'y' }),
			'Invalid parameters: unknown field tagger',
		],
	])('refuses %s', async (_case, body, message) => {
		expect(await send('POST', '/text/tagging', body)).toEqual({
			status: 400,
			answer: { code: 400, message },
		});
	});
});

test("GET /auth: a write-only key is refused with 401, as in HrFlow's SDK test (test_auth.py); read and read-write keys pass", async () => {
	const refused = await send('GET', '/auth', undefined, sample.API_KEYS.write);
	expect(refused.status).toBe(401);
	expect(refused.answer.message).toContain('Unauthorized');
	for (const apiKey of [sample.API_KEYS.read, sample.API_KEYS.readWrite]) {
		const { status, answer } = await send('GET', '/auth', undefined, apiKey);
		expect(status).toBe(200);
		expect(schemas.auth(answer.data)).toEqual([]);
	}
});

describe("a source's sync_parsing setting decides whether an upload answers with the profile", () => {
	const upload = async (reference: string) => {
		const form = new FormData();
		form.append(
			'file',
			new Blob([new Uint8Array(sample.makePdf(['Ada']))], { type: 'application/pdf' }),
			'ada.pdf',
		);
		form.append('source_key', sample.SOURCE_KEY);
		form.append('reference', reference);
		// HrFlow's SDK sends sync_parsing=0 by default, and still gets the profile from a synchronous source.
		form.append('sync_parsing', '0');
		const response = await fetch(`${hrflow.emulator.url}/profile/parsing/file`, {
			method: 'POST',
			headers,
			body: form,
		});
		return {
			status: response.status,
			answer: (await response.json()) as { code: number; message: string; data: unknown },
		};
	};
	const byReference = async (reference: string) =>
		await send('GET', `/profile/indexing?source_key=${sample.SOURCE_KEY}&reference=${reference}`);

	test('GET /source reports sync_parsing (true unless the source is asynchronous)', async () => {
		expect(
			(
				(await send('GET', `/source?key=${sample.SOURCE_KEY}`)).answer.data as {
					sync_parsing: unknown;
				}
			).sync_parsing,
		).toBe(true);
		hrflow.emulator.sources[sample.SOURCE_KEY].sync_parsing = false;
		expect(
			(
				(await send('GET', `/source?key=${sample.SOURCE_KEY}`)).answer.data as {
					sync_parsing: unknown;
				}
			).sync_parsing,
		).toBe(false);
	});

	test('synchronous: 201 with data.profile, even with sync_parsing=0', async () => {
		const { status, answer } = await upload('SYNC-1');
		expect(status).toBe(201);
		expect(schemas.envelope(answer, status)).toEqual([]);
		expect(schemas.profile((answer.data as { profile: unknown }).profile)).toEqual([]);
	});

	test("asynchronous: 202 with data: [] (HrFlow's message), and the profile shows by reference only after a while", async () => {
		hrflow.emulator.sources[sample.SOURCE_KEY].sync_parsing = false;
		const { status, answer } = await upload('ASYNC-1');
		expect({ status, answer }).toEqual({
			status: 202,
			answer: {
				code: 202,
				message: 'Your profile as been sent successfully to the Parsing Queue.',
				data: [],
			},
		});
		expect(await byReference('ASYNC-1')).toEqual({
			status: 400,
			answer: { code: 400, message: 'Unable to find object: profile' },
		});
		const parsed = await byReference('ASYNC-1');
		expect(parsed.status).toBe(200);
		expect(schemas.profile(parsed.answer.data)).toEqual([]);
	});
});

test("GET /profile/indexing by email (HrFlow's reference, get-profile-indexing.md)", async () => {
	const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
	const { status, answer } = await send(
		'GET',
		`/profile/indexing?source_key=${sample.SOURCE_KEY}&email=${encodeURIComponent(jane.email)}`,
	);
	expect(status).toBe(200);
	expect(schemas.profile(answer.data)).toEqual([]);
	expect((answer.data as { key: string }).key).toBe(jane.key);
});
