// The HrFlow API credential: "Test connection" against GET /auth, and the headers it puts on requests.

import { jane, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();

const credential = (apiKey: string, extra: Record<string, string> = {}) => ({
	apiKey,
	userEmail: sample.USER_EMAIL,
	baseUrl: hrflow.emulator.url,
	...extra,
});

describe('Test connection', () => {
	test.each([
		['read', sample.API_KEYS.read],
		['read-write', sample.API_KEYS.readWrite],
	])('succeeds with a %s key, calling GET /auth with both headers', async (_kind, apiKey) => {
		const result = await hrflow.engine.testCredential(credential(apiKey));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(hrflow.emulator.requests).toHaveLength(1);
		const [request] = hrflow.emulator.requests;
		expect(request.path).toBe('/v1/auth');
		expect(request.headers['x-api-key']).toBe(apiKey);
		expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
	});

	test('fails with a bad key, saying so without echoing the key', async () => {
		const badKey = 'askr_00112233445566778899aabbccddeeff';
		const result = await hrflow.engine.testCredential(credential(badKey));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Invalid secret key');
		expect(result.message).toContain('check the API key');
		expect(result.message).not.toContain(badKey);
	});

	test('fails when the user email is not the key\'s account', async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { userEmail: 'someone@else.com' }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toContain('user email');
	});

	test('a Base URL with a trailing slash or spaces still works', async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { baseUrl: ` ${hrflow.emulator.url}/ ` }),
		);
		expect(result.status).toBe('OK');
		expect(hrflow.emulator.requests[0].path).toBe('/v1/auth');
	});
});

test('the node sends exactly the credential\'s key and email, trimmed', async () => {
	hrflow.engine.addCredential('padded', {
		apiKey: ` ${sample.API_KEYS.read}\n`,
		userEmail: ` ${sample.USER_EMAIL} `,
		baseUrl: hrflow.emulator.url,
	});
	const { error } = await hrflow.run(
		{ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'key', profileKey: jane.key },
		[{}],
		undefined,
		'padded',
	);
	expect(error).toBeUndefined();
	const [request] = hrflow.emulator.requests;
	expect(request.headers['x-api-key']).toBe(sample.API_KEYS.read);
	expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
});
