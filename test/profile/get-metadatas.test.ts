// Profile › Get Metadatas through n8n's engine against the strict emulator: the profile found by key,
// reference or email with the exact request HrFlow receives and the items (json and pairedItem) the
// node outputs; its Options; HrFlow's API of today, where /profile/metadatas is gone; the Source of
// version 2.

import { lookups } from '../harness/expectations';
import { elodie, jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import type { SampleProfile } from '../harness/hrflow';

const hrflow = useHrFlow();

const identifierValue = {
	key: (profile: SampleProfile) => ({ profileKey: profile.key }),
	reference: (profile: SampleProfile) => ({ profileReference: profile.reference }),
	email: (profile: SampleProfile) => ({ profileEmail: profile.email }),
};

const endpoint = {
	...lookups.getMetadatas,
	expected: (profile: SampleProfile) => lookups.getMetadatas.expected(profile, hrflow.emulator),
};
const fromList = (key: string) => ({
	__rl: true,
	mode: 'list',
	value: key,
	cachedResultName: 'Sandbox candidates',
});
const byKey = (key: string) => ({ __rl: true, mode: 'id', value: key });

describe('getMetadatas', () => {
	const operation = 'getMetadatas';

	test.each(['key', 'reference', 'email'] as const)(
		'finds the profile by %s: one GET with the seed parameters, one item per entry',
		async (identifierType) => {
			const { items, error } = await hrflow.runV1({
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType,
				...identifierValue[identifierType](jane),
			});

			expect(error).toBeUndefined();
			expect(hrflow.emulator.requests).toHaveLength(1);
			const [request] = hrflow.emulator.requests;
			expect(request.method).toBe('GET');
			expect(request.path).toBe(endpoint.path);
			expect(queryOf(request)).toEqual({
				[endpoint.query.sourceKey]: sample.SOURCE_KEY,
				[endpoint.query[identifierType]]: jane[identifierType],
			});
			expect(request.headers['x-api-key']).toBe(sample.API_KEYS.read);
			expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
			expect(items.map((item) => item.json)).toEqual(endpoint.expected(jane));
			expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		},
	);

	test('several input items: one request each, every output item linked to its input', async () => {
		const input = [jane, elodie, kenji].map((profile) => ({ ref: profile.reference }));
		const { items } = await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
			},
			input,
		);

		const sent = hrflow.emulator.requests.map(
			(request) => queryOf(request)[endpoint.query.reference],
		);
		expect(sent.sort()).toEqual(input.map((item) => item.ref).sort());
		const expected = [jane, elodie, kenji].flatMap((profile, index) =>
			endpoint.expected(profile).map((json) => ({ json, pairedItem: { item: index } })),
		);
		expect(items).toEqual(expected);
	});

	test('an empty list gives no items for that input', async () => {
		const { items, error } = await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: elodie.key,
		});
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests).toHaveLength(1);
		expect(items).toEqual([]);
	});

	test("unicode, spaces, / & + and ' travel intact in a reference and an email", async () => {
		const input = [{ reference: elodie.reference, email: elodie.email }];
		await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.reference }}',
			},
			input,
		);
		await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'email',
				profileEmail: '={{ $json.email }}',
			},
			input,
		);

		const [byReference, byEmail] = hrflow.emulator.requests.map((request) => queryOf(request));
		expect(hrflow.emulator.requests.map((request) => request.rawQuery).join()).not.toContain('+');
		expect(byReference[endpoint.query.reference]).toBe("réf/2024 Élodie & co+1's");
		expect(byEmail[endpoint.query.email]).toBe("elodie.o'neil+jobs@example.fr");
	});

	test('source key, key and email are trimmed; a reference is sent exactly as written', async () => {
		await hrflow.runV1({
			operation,
			sourceKey: `  ${sample.SOURCE_KEY}\n`,
			identifierType: 'key',
			profileKey: ` ${kenji.key} `,
		});
		await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: ` ${kenji.email}\t`,
		});
		// A reference with a leading space is another reference: HrFlow has no such profile.
		const { error } = await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'reference',
			profileReference: ' ATS-2077',
		});

		const [byKey, byEmail, byReference] = hrflow.emulator.requests.map((request) =>
			queryOf(request),
		);
		expect(byKey).toEqual({
			[endpoint.query.sourceKey]: sample.SOURCE_KEY,
			[endpoint.query.key]: kenji.key,
		});
		expect(byEmail[endpoint.query.email]).toBe(kenji.email);
		expect(byReference[endpoint.query.reference]).toBe(' ATS-2077');
		expect(error?.httpCode).toBe('400');
	});

	test('expressions work on the source key and every identifier field', async () => {
		const input = [{ source: sample.SOURCE_KEY, key: kenji.key, email: jane.email }];
		const byKey = await hrflow.runV1(
			{
				operation,
				sourceKey: '={{ $json.source }}',
				identifierType: 'key',
				profileKey: '={{ $json.key }}',
			},
			input,
		);
		const byEmail = await hrflow.runV1(
			{
				operation,
				sourceKey: '={{ $json.source }}',
				identifierType: 'email',
				profileEmail: '={{ $json.email }}',
			},
			input,
		);
		expect(byKey.items.map((item) => item.json)).toEqual(endpoint.expected(kenji));
		expect(byEmail.items.map((item) => item.json)).toEqual(endpoint.expected(jane));
	});
});

test('a read-write key reads too', async () => {
	const { items, error } = await hrflow.runV1(
		{
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: kenji.key,
		},
		[{}],
		undefined,
		'readWrite',
	);
	expect(error).toBeUndefined();
	expect(items.map((item) => item.json)).toEqual(kenji.metadatas);
	expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(sample.API_KEYS.readWrite);
});

describe("Get Metadatas on today's API (/profile/metadatas answers 404)", () => {
	beforeEach(() => {
		hrflow.emulator.metadatasGone = true;
	});

	test.each([
		['key', { profileKey: kenji.key }, { key: kenji.key }],
		['reference', { profileReference: kenji.reference }, { reference: kenji.reference }],
	])(
		'by %s: reads the profile instead, same items and pairedItem',
		async (identifierType, field, query) => {
			const { items, error } = await hrflow.runV1({
				operation: 'getMetadatas',
				sourceKey: sample.SOURCE_KEY,
				identifierType,
				...field,
			});
			expect(error).toBeUndefined();
			expect(hrflow.emulator.requests.map((request) => request.path)).toEqual([
				'/v1/profile/metadatas',
				'/v1/profile/indexing',
			]);
			expect(queryOf(hrflow.emulator.requests[1])).toEqual({
				source_key: sample.SOURCE_KEY,
				...query,
			});
			expect(items).toEqual(kenji.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })));
		},
	);

	test('the options apply as before', async () => {
		const { items } = await hrflow.runV1(
			{
				operation: 'getMetadatas',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
				options: { output: 'single', metadataNames: 'linkedin' },
			},
			[{ ref: jane.reference }, { ref: elodie.reference }],
		);
		expect(items).toEqual([
			{
				json: {
					linkedin: 'https://www.linkedin.com/in/jane-doe-example',
					profileReference: jane.reference,
				},
				pairedItem: { item: 0 },
			},
			{ json: { profileReference: elodie.reference }, pairedItem: { item: 1 } },
		]);
	});

	test('an email identifier gets a clear error, after the one legacy request', async () => {
		const { error } = await hrflow.runV1({
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: jane.email,
		});
		expect(error?.message).toBe(
			'This HrFlow API has no /profile/metadatas, and the profile it reads instead cannot be found by email',
		);
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual([
			'/v1/profile/metadatas',
		]);
	});

	test("an error of the profile request is that item's error, linked with Continue On Fail", async () => {
		const { items } = await hrflow.runV1(
			{
				operation: 'getMetadatas',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
			},
			[{ ref: 'ATS-0000' }, { ref: kenji.reference }],
			{ continueOnFail: true },
		);
		expect(items).toEqual([
			{
				json: {
					error: 'HrFlow error 400: Unable to find object: profile',
					description: expect.any(String),
					httpCode: '400',
				},
				pairedItem: { item: 0 },
			},
			...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 1 } })),
		]);
	});
});

test('with the legacy endpoint there, other errors stay as they are: no fallback', async () => {
	const { error } = await hrflow.runV1({
		operation: 'getMetadatas',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: 'f'.repeat(40),
	});
	expect(error?.message).toBe('HrFlow error 400: Invalid profile array');
	expect(hrflow.emulator.requests.map((request) => request.path)).toEqual([
		'/v1/profile/metadatas',
	]);
});

describe('Get Metadatas › Options', () => {
	const metadatasOf = (options: Record<string, unknown>) => ({
		operation: 'getMetadatas',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'reference',
		profileReference: '={{ $json.reference }}',
		options,
	});
	const input = [jane, elodie, kenji].map((profile) => ({ reference: profile.reference }));

	test('Single Item: one item per profile, each metadata a field, plus the identifier used', async () => {
		const { items } = await hrflow.runV1(metadatasOf({ output: 'single' }), input);
		expect(items).toEqual([
			{
				json: {
					linkedin: 'https://www.linkedin.com/in/jane-doe-example',
					salary_expectation: '55000',
					notice_period: '1 month',
					profileReference: jane.reference,
				},
				pairedItem: { item: 0 },
			},
			{ json: { profileReference: elodie.reference }, pairedItem: { item: 1 } },
			{
				json: { portfolio: 'https://example.com/kenji', profileReference: kenji.reference },
				pairedItem: { item: 2 },
			},
		]);
	});

	test('Single Item with Metadata Names keeps only those names', async () => {
		const { items } = await hrflow.runV1(
			metadatasOf({ output: 'single', metadataNames: ' salary_expectation , linkedin' }),
			input.slice(0, 1),
		);
		expect(items.map((item) => item.json)).toEqual([
			{
				linkedin: 'https://www.linkedin.com/in/jane-doe-example',
				salary_expectation: '55000',
				profileReference: jane.reference,
			},
		]);
	});

	test('Split Into Items with Metadata Names', async () => {
		const { items } = await hrflow.runV1(
			metadatasOf({ metadataNames: 'notice_period' }),
			input.slice(0, 1),
		);
		expect(items).toEqual([
			{ json: { name: 'notice_period', value: '1 month' }, pairedItem: { item: 0 } },
		]);
	});

	test('a later duplicate name wins, and a name like __proto__ stays a plain field', async () => {
		hrflow.emulator.failNext('/v1/profile/metadatas', 200, {
			code: 200,
			message: 'Profile metadatas',
			data: [
				{ name: 'stage', value: 'screening' },
				{ name: '__proto__', value: 'polluted' },
				{ name: 'stage', value: 'interview' },
			],
		});
		const { items } = await hrflow.runV1(metadatasOf({ output: 'single' }), input.slice(0, 1));
		const json = items[0].json;
		expect(json.stage).toBe('interview');
		expect(Object.prototype.hasOwnProperty.call(json, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
	});
});

describe.each([
	['From List', fromList],
	['By Key', byKey],
])("Source %s: every lookup sends the source's key", (_mode, source) => {
	test('Get Metadatas', async () => {
		const { items } = await hrflow.run({
			operation: 'getMetadatas',
			source: source(sample.SOURCE_KEY),
			identifierType: 'key',
			profileKey: jane.key,
		});
		expect(items.map((item) => item.json)).toEqual(jane.metadatas);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			source_id: sample.SOURCE_KEY,
			profile_id: jane.key,
		});
	});
});
