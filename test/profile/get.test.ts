// Profile › Get (GET /profile/indexing) through n8n's engine against the emulator: by key,
// reference or email, Simplify and HrFlow's errors (version 1, Source Key); the Source of version 2,
// picked from the list or given by key, and its bad values.

import { elodie, jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import type { SampleProfile } from '../harness/hrflow';

const hrflow = useHrFlow();
const sandbox = { key: sample.SOURCE_KEY, name: 'Sandbox candidates' };
const profileOf = (profile: SampleProfile) => hrflow.emulator.profileJson(profile, sandbox);
const fromList = (key: string) => ({
	__rl: true,
	mode: 'list',
	value: key,
	cachedResultName: 'Sandbox candidates',
});
const byKey = (key: string) => ({ __rl: true, mode: 'id', value: key });

describe('Get', () => {
	test.each([
		['key', { profileKey: jane.key }, { key: jane.key }],
		['reference', { profileReference: jane.reference }, { reference: jane.reference }],
	])(
		'by %s: GET /profile/indexing, one item holding the whole profile',
		async (identifierType, field, query) => {
			const { items, error } = await hrflow.runV1({
				operation: 'get',
				sourceKey: sample.SOURCE_KEY,
				identifierType,
				...field,
			});
			expect(error).toBeUndefined();
			expect(hrflow.emulator.requests.map((request) => [request.path, queryOf(request)])).toEqual([
				['/v1/profile/indexing', { source_key: sample.SOURCE_KEY, ...query }],
			]);
			expect(items).toEqual([{ json: profileOf(jane), pairedItem: { item: 0 } }]);
		},
	);

	test('several input items: one profile each, linked to its input', async () => {
		const { items } = await hrflow.runV1(
			{
				operation: 'get',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
			},
			[kenji, elodie, jane].map((profile) => ({ ref: profile.reference })),
		);
		expect(items.map((item) => [item.json.reference, item.pairedItem])).toEqual([
			[kenji.reference, { item: 0 }],
			[elodie.reference, { item: 1 }],
			[jane.reference, { item: 2 }],
		]);
	});

	test('Simplify keeps the fields people use', async () => {
		const { items } = await hrflow.runV1({
			operation: 'get',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
			simplify: true,
		});
		expect(items.map((item) => item.json)).toEqual([
			{
				key: jane.key,
				reference: jane.reference,
				name: 'Jane Doe',
				email: jane.email,
				phone: '+33 6 12 34 56 78',
				location: 'Lyon, France',
				summary: 'Data engineer, 8 years of streaming pipelines.',
				skills: ['Python', 'Kafka', 'SQL'],
				tags: [{ name: 'stage', value: 'interview' }],
				metadatas: jane.metadatas,
				attachments: jane.attachments.map((attachment) =>
					hrflow.emulator.attachmentJson(attachment),
				),
			},
		]);
	});

	test("by email (HrFlow's reference, get-profile-indexing.md): GET /profile/indexing with `email`, the whole profile", async () => {
		const { items, error } = await hrflow.runV1({
			operation: 'get',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: ` ${kenji.email.toUpperCase()} `,
		});
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => [request.path, queryOf(request)])).toEqual([
			['/v1/profile/indexing', { source_key: sample.SOURCE_KEY, email: kenji.email.toUpperCase() }],
		]);
		expect(items).toEqual([{ json: profileOf(kenji), pairedItem: { item: 0 } }]);
	});

	test("by email: no profile with that email is HrFlow's error; a malformed email fails before any request", async () => {
		const missing = await hrflow.runV1({
			operation: 'get',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: 'nobody@example.com',
		});
		expect(missing.error).toMatchObject({
			message: 'HrFlow error 400: Unable to find object: profile',
			httpCode: '400',
		});
		hrflow.emulator.requests.length = 0;
		const malformed = await hrflow.runV1({
			operation: 'get',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: 'jane at example.com',
		});
		expect(malformed.error?.message).toBe(
			'Profile Email "jane at example.com" is not a valid email address',
		);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test("no such profile: HrFlow's error", async () => {
		const { error } = await hrflow.runV1({
			operation: 'get',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'reference',
			profileReference: 'ATS-0000',
		});
		expect(error).toMatchObject({
			message: 'HrFlow error 400: Unable to find object: profile',
			httpCode: '400',
		});
	});
});

describe.each([
	['From List', fromList],
	['By Key', byKey],
])("Source %s: every lookup sends the source's key", (_mode, source) => {
	test('Get', async () => {
		const { items, error } = await hrflow.run({
			operation: 'get',
			source: source(sample.SOURCE_KEY),
			identifierType: 'reference',
			profileReference: 'ATS-1042',
			simplify: true,
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
			['Jane Doe', { item: 0 }],
		]);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			source_key: sample.SOURCE_KEY,
			reference: 'ATS-1042',
		});
	});
});

describe('Source: bad input fails before any request, naming the field', () => {
	test.each([
		[
			"a key that is not 40 hex (By Key), refused by the mode's validation",
			byKey('careers-site'),
			'Source: an HrFlow source key is 40 hexadecimal characters',
		],
		[
			'a key from an expression that is not 40 hex',
			byKey('={{ "careers-site" }}'),
			'Source "careers-site" is not an HrFlow key',
		],
		['an empty pick (From List)', fromList(''), 'Parameter "Source" is required'],
		['an expression resolving to nothing', byKey('={{ $json.missing }}'), 'Source is empty'],
	])('%s', async (_case, source, message) => {
		const { error } = await hrflow.run({
			operation: 'get',
			source,
			identifierType: 'key',
			profileKey: jane.key,
		});
		expect(error?.message).toContain(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('an upper-case key is sent lower-cased', async () => {
		const { error } = await hrflow.run({
			operation: 'get',
			source: byKey(sample.SOURCE_KEY.toUpperCase()),
			identifierType: 'key',
			profileKey: jane.key,
		});
		expect(error).toBeUndefined();
		expect(queryOf(hrflow.emulator.requests[0]).source_key).toBe(sample.SOURCE_KEY);
	});
});
