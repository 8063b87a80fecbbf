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
