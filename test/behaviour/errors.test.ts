// Bad input stopped before any request, HrFlow's errors with their message and HTTP code, the
// secret key redacted everywhere, and "Continue On Fail" giving linked error items.

import { logged } from '../harness/engine';
import { messages, mixedKeys } from '../harness/expectations';
import { BAD_KEY, elodie, jane, kenji, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();

const byKey = { sourceKey: sample.SOURCE_KEY, identifierType: 'key', profileKey: jane.key };

describe('bad input fails before any request, naming the field', () => {
	test.each([
		[
			'a source key that resolves to nothing',
			{ ...byKey, sourceKey: '={{ $json.missing }}' },
			'Source Key is empty',
		],
		['a whitespace-only source key', { ...byKey, sourceKey: ' \t ' }, 'Source Key is empty'],
		[
			'a malformed source key',
			{ ...byKey, sourceKey: 'my-source' },
			'Source Key "my-source" is not an HrFlow key',
		],
		[
			'a profile key that resolves to null',
			{ ...byKey, profileKey: '={{ null }}' },
			'Profile Key is empty',
		],
		[
			'a profile key of 39 characters',
			{ ...byKey, profileKey: jane.key.slice(1) },
			'is not an HrFlow key',
		],
		[
			'a whitespace-only reference',
			{ sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '   ' },
			'Profile Reference is empty',
		],
		[
			'an email that resolves to an empty string',
			{ sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: '={{ "" }}' },
			'Profile Email is empty',
		],
		[
			'a malformed email',
			{ sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: 'jane.doe@example' },
			messages.notAnEmail('Profile Email', 'jane.doe@example'),
		],
		[
			'an email with a space',
			{
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'email',
				profileEmail: 'jane doe@example.com',
			},
			'is not a valid email address',
		],
	])('%s', async (_case, parameters, message) => {
		for (const operation of ['getMetadatas', 'listAttachments']) {
			const { error, items } = await hrflow.runV1({ operation, ...parameters });
			expect(error?.message).toContain(message);
			expect(items).toEqual([]);
		}
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test.each([
		['sourceKey', 'Source Key'],
		['profileKey', 'Profile Key'],
	])(
		'a literally empty %s is refused by n8n itself, before the run starts',
		async (field, label) => {
			const { error } = await hrflow.runV1({ operation: 'getMetadatas', ...byKey, [field]: '' });
			expect(error?.message).toContain(`Parameter "${label}" is required`);
			expect(hrflow.emulator.requests).toHaveLength(0);
		},
	);

	test('an expression that resolves to nothing is an empty field too', async () => {
		const { error } = await hrflow.runV1(
			{
				operation: 'listAttachments',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.missing }}',
			},
			[{ other: 1 }],
		);
		expect(error?.message).toBe('Profile Reference is empty');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

describe("HrFlow errors keep HrFlow's message and the HTTP code", () => {
	test('400 "Invalid profile array": no profile matches', async () => {
		const { error } = await hrflow.runV1({
			operation: 'getMetadatas',
			...byKey,
			profileKey: 'f'.repeat(40),
		});
		expect(error?.message).toBe('HrFlow error 400: Invalid profile array');
		expect(error?.description).toBe(
			'No profile matches this source and identifier. Check the Source Key and the profile key, reference or email.',
		);
		expect(error?.httpCode).toBe('400');
	});

	test('400 "Invalid source fields": no such source', async () => {
		const { error } = await hrflow.runV1({
			operation: 'listAttachments',
			...byKey,
			sourceKey: 'e'.repeat(40),
		});
		expect(error?.message).toBe('HrFlow error 400: Invalid source fields');
		expect(error?.description).toContain('No source matches this Source Key');
		expect(error?.httpCode).toBe('400');
	});

	test('401 with a wrong user email points at the credential', async () => {
		const { error } = await hrflow.runV1(
			{ operation: 'getMetadatas', ...byKey },
			[{}],
			undefined,
			'wrongEmail',
		);
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toBe(
			'HrFlow error 401: Unauthorized. Invalid user email: someone@else.com',
		);
		expect(error?.description).toBe(
			'HrFlow refused the credential. Check the API key and the user email in the HrFlow API credential.',
		);
	});

	test('403 for a write-only key', async () => {
		const { error } = await hrflow.runV1(
			{ operation: 'listAttachments', ...byKey },
			[{}],
			undefined,
			'writeOnly',
		);
		expect(error?.httpCode).toBe('403');
		expect(error?.message).toContain('no read permission');
		expect(error?.description).toContain('write-only key (askw_) cannot read');
	});

	test('a non-JSON error body still gives a clear error', async () => {
		hrflow.emulator.failNext(
			'/v1/profile/metadatas',
			502,
			'<html><body>Bad Gateway</body></html>',
			'text/html',
		);
		const { error } = await hrflow.runV1({ operation: 'getMetadatas', ...byKey });
		expect(error?.message).toBe('HrFlow answered HTTP 502 without an error message');
		expect(error?.httpCode).toBe('502');
		expect(error?.description).toContain('Try again later');
	});

	test('a 200 answer that is not HrFlow JSON is an error, not silence', async () => {
		hrflow.emulator.failNext(
			'/v1/profile/indexing/attachments',
			200,
			'<html>captive portal</html>',
			'text/html',
		);
		const { error } = await hrflow.runV1({ operation: 'listAttachments', ...byKey });
		expect(error?.message).toBe(
			'HrFlow answered HTTP 200 with a body that is not an HrFlow JSON answer',
		);
	});

	test('an unreachable host gives a clean error', async () => {
		hrflow.engine.addCredential('unreachable', {
			apiKey: sample.API_KEYS.read,
			userEmail: sample.USER_EMAIL,
			baseUrl: 'http://127.0.0.1:9/v1',
		});
		const { error, run } = await hrflow.runV1(
			{ operation: 'getMetadatas', ...byKey },
			[{}],
			undefined,
			'unreachable',
		);
		expect(error?.message).toMatch(/refused|ECONNREFUSED/i);
		expect(JSON.stringify(run)).not.toContain(sample.API_KEYS.read);
	});
});

describe('the secret key never appears', () => {
	test('HrFlow echoes a refused key in its 401 message: redacted in the error', async () => {
		const { error, run } = await hrflow.runV1(
			{ operation: 'getMetadatas', ...byKey },
			[{}],
			undefined,
			'badKey',
		);
		// The emulator did echo it, as HrFlow does.
		expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(BAD_KEY);
		expect(error?.httpCode).toBe('401');
		expect(error?.message).toBe(messages.refusedKey);
		expect(error?.description).toContain('Check the API key and the user email');
		expect(JSON.stringify(run)).not.toContain(BAD_KEY);
		expect(JSON.stringify(run)).not.toMatch(/askr_[0-9a-f]/);
	});

	test('nor in error items with Continue On Fail', async () => {
		const { items, run } = await hrflow.runV1(
			{ operation: 'listAttachments', ...byKey },
			[{}, {}],
			{ continueOnFail: true },
			'badKey',
		);
		expect(items).toHaveLength(2);
		for (const item of items) expect(item.json.error).toBe(messages.refusedKey);
		expect(JSON.stringify(run)).not.toContain(BAD_KEY);
	});

	test('nor in what n8n logged', async () => {
		await hrflow.runV1({ operation: 'getMetadatas', ...byKey }, [{}], undefined, 'badKey');
		expect(logged.join('\n')).toContain('[redacted API key]');
		expect(logged.join('\n')).not.toContain(BAD_KEY);
		expect(logged.join('\n')).not.toContain(sample.API_KEYS.read);
	});

	test('a key in any HrFlow format is redacted, whatever the message', async () => {
		hrflow.emulator.failNext('/v1/profile/metadatas', 500, {
			code: 500,
			message: `Internal error for ask_0123456789abcdef0123456789abcdef and askw_fedcba9876543210fedcba9876543210`,
		});
		const { error } = await hrflow.runV1({ operation: 'getMetadatas', ...byKey });
		expect(error?.message).toBe(
			'HrFlow error 500: Internal error for [redacted API key] and [redacted API key]',
		);
	});
});

describe('Continue On Fail', () => {
	test('each failed input item gives one error item linked to it; the others go on', async () => {
		const { items, error } = await hrflow.runV1(mixedKeys.parameters, mixedKeys.input, {
			continueOnFail: true,
		});

		expect(error).toBeUndefined();
		// The malformed key never reached HrFlow.
		expect(hrflow.emulator.requests).toHaveLength(3);
		expect(items).toEqual(mixedKeys.regularOutput);
	});

	test("without it, the first failure stops the node with that item's index", async () => {
		const { error, items } = await hrflow.runV1(
			{
				operation: 'listAttachments',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'email',
				profileEmail: '={{ $json.email }}',
			},
			[{ email: elodie.email }, { email: 'nobody@example.com' }],
		);
		expect(items).toEqual([]);
		expect(error?.message).toBe('HrFlow error 400: Unable to find object: profile');
		expect(error?.context?.itemIndex).toBe(1);
	});
});

describe('On Error › Continue (using error output)', () => {
	const { parameters, input } = mixedKeys;

	test('failed items leave by the error output, linked to their input, with message, description and HTTP code; successes by the success output', async () => {
		const { items, errorItems, error } = await hrflow.runV1(parameters, input, {
			onError: 'continueErrorOutput',
		});
		expect(error).toBeUndefined();
		expect(items).toEqual(mixedKeys.successOutput);
		// n8n adds the input item's fields to an error item.
		expect(errorItems).toEqual(mixedKeys.errorOutput);
	});

	test('Continue (using regular output) keeps every item on the one output, as before', async () => {
		const { items, errorItems } = await hrflow.runV1(parameters, input, {
			onError: 'continueRegularOutput',
		});
		expect(errorItems).toEqual([]);
		expect(
			items.map((item) => [item.json.error ?? item.json.name, item.json.httpCode, item.pairedItem]),
		).toEqual([
			...jane.metadatas.map((metadata) => [metadata.name, undefined, { item: 0 }]),
			[mixedKeys.errors.malformed, undefined, { item: 1 }],
			[mixedKeys.errors.unknown, '400', { item: 2 }],
			...kenji.metadatas.map((metadata) => [metadata.name, undefined, { item: 3 }]),
		]);
	});

	test('Get Many: a failing input item to the error output, the pages of the others to the success output', async () => {
		const { items, errorItems } = await hrflow.runV1(
			{ operation: 'getMany', sourceKeys: '={{ $json.sources }}', returnAll: true },
			[
				{ sources: sample.SOURCE_KEY },
				{ sources: 'e'.repeat(40) },
				{ sources: sample.MANY_SOURCE_KEY },
			],
			{ onError: 'continueErrorOutput' },
		);
		expect(items).toHaveLength(3 + sample.MANY_PROFILES);
		expect(
			items.slice(0, 3).every((item) => (item.pairedItem as { item: number }).item === 0),
		).toBe(true);
		expect(items.slice(3).every((item) => (item.pairedItem as { item: number }).item === 2)).toBe(
			true,
		);
		expect(errorItems).toEqual([
			{
				json: {
					sources: 'e'.repeat(40),
					error: 'HrFlow error 400: Invalid source fields',
					details: { description: expect.any(String), httpCode: '400' },
				},
				pairedItem: { item: 1 },
			},
		]);
	});
});
