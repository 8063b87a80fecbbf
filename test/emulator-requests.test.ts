// The emulator answers the requests of issue 18's "Requests as HrFlow documents them" as HrFlow
// does, sent here as HrFlow's Python SDK 4.3 (or HrFlow's reference) sends them, with a plain HTTP
// client; the answers are checked against HrFlow's answer schemas (hrflow-schemas.js).

import { sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./emulator/hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;
const headers = { 'X-API-KEY': sample.API_KEYS.readWrite, 'X-USER-EMAIL': sample.USER_EMAIL };

async function send(method: string, path: string, body?: unknown, apiKey = sample.API_KEYS.readWrite) {
	const response = await fetch(`${hrflow.emulator.url}${path}`, {
		method,
		headers: { ...headers, 'X-API-KEY': apiKey, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const answer = (await response.json()) as { code: number; message: string; data: unknown };
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	return { status: response.status, answer };
}

describe('POST /text/tagging as text.tagging.post sends it (context and labels null unless given)', () => {
	const sdk = (algorithm_key: string, extra: Record<string, unknown> = {}) => ({ algorithm_key, context: null, labels: null, output_lang: 'en', top_n: 1, ...extra });

	test.each(['tagger-rome-family', 'tagger-rome-subfamily', 'tagger-rome-category', 'tagger-rome-jobtitle', 'tagger-hrflow-skills'])('%s with text: one result', async (tagger) => {
		const { status, answer } = await send('POST', '/text/tagging', sdk(tagger, { text: 'Python data engineer' }));
		expect(status).toBe(200);
		expect(schemas.tagging(answer.data)).toEqual([]);
	});

	test('texts: one result per text', async () => {
		const { answer } = await send('POST', '/text/tagging', sdk('tagger-rome-family', { texts: ['Python data engineer', 'Figma designer'], top_n: 2 }));
		const results = answer.data as Array<{ tags: string[] }>;
		expect(results).toHaveLength(2);
		for (const result of results) expect(schemas.tagging(result)).toEqual([]);
	});

	test('tagger-hrflow-labels: every tag one of the labels, every id a numeric string (HrFlow\'s test_text.py)', async () => {
		const labels = ['Design', 'Data', 'Sales'];
		const { answer } = await send('POST', '/text/tagging', sdk('tagger-hrflow-labels', { texts: ['Figma and UX design', 'Sales account'], labels, top_n: 2 }));
		for (const result of answer.data as Array<{ ids: string[]; tags: string[] }>) {
			expect(schemas.tagging(result)).toEqual([]);
			expect(result.tags.every((tag) => labels.includes(tag))).toBe(true);
			expect(result.ids.every((id) => /^\d+$/.test(id))).toBe(true);
		}
	});

	test('tagger-hrflow-dynamic: dynamic_labels and dynamic_context (HrFlow\'s cookbook)', async () => {
		const { status, answer } = await send('POST', '/text/tagging', { algorithm_key: 'tagger-hrflow-dynamic', texts: ['Invoice for laptops'], dynamic_labels: ['invoice', 'resume'], dynamic_context: 'document kind', top_n: 1 });
		expect(status).toBe(200);
		expect((answer.data as Array<{ tags: string[] }>)[0].tags).toEqual(['invoice']);
	});

	test.each([
		['tagger-hrflow-labels without labels', sdk('tagger-hrflow-labels', { text: 'x' }), 'Invalid parameters: labels is required with tagger-hrflow-labels'],
		['tagger-hrflow-dynamic without dynamic_labels', { algorithm_key: 'tagger-hrflow-dynamic', text: 'x' }, 'Invalid parameters: dynamic_labels is required with tagger-hrflow-dynamic'],
		['both text and texts', sdk('tagger-rome-family', { text: 'x', texts: ['y'] }), 'Invalid parameters: text is required, not null (or texts, a list of texts)'],
		['neither text nor texts', sdk('tagger-rome-family'), 'Invalid parameters: text is required, not null (or texts, a list of texts)'],
		['labels that are not a list', sdk('tagger-hrflow-labels', { text: 'x', labels: 'Design' }), 'Invalid parameters: labels must be a list of strings'],
		['an unknown field', sdk('tagger-rome-family', { text: 'x', tagger: 'y' }), 'Invalid parameters: unknown field tagger'],
	])('refuses %s', async (_case, body, message) => {
		expect(await send('POST', '/text/tagging', body)).toEqual({ status: 400, answer: { code: 400, message } });
	});
});

test('GET /auth: a write-only key is refused with 401, as in HrFlow\'s SDK test (test_auth.py); read and read-write keys pass', async () => {
	const refused = await send('GET', '/auth', undefined, sample.API_KEYS.write);
	expect(refused.status).toBe(401);
	expect(refused.answer.message).toContain('Unauthorized');
	for (const apiKey of [sample.API_KEYS.read, sample.API_KEYS.readWrite]) {
		const { status, answer } = await send('GET', '/auth', undefined, apiKey);
		expect(status).toBe(200);
		expect(schemas.auth(answer.data)).toEqual([]);
	}
});
