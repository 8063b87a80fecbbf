// Get (GET /profile/indexing) and Get Metadatas on today's HrFlow API, where /profile/metadatas is
// gone: through n8n's engine against the emulator.

import { elodie, jane, kenji, queryOf, sample, useHrFlow } from './harness/hrflow';
import type { SampleProfile } from './harness/hrflow';

const hrflow = useHrFlow();
const source = { key: sample.SOURCE_KEY, name: 'Sandbox candidates' };
const profileOf = (profile: SampleProfile) => hrflow.emulator.profileJson(profile, source);

describe('Get', () => {
	test.each([
		['key', { profileKey: jane.key }, { key: jane.key }],
		['reference', { profileReference: jane.reference }, { reference: jane.reference }],
	])('by %s: GET /profile/indexing, one item holding the whole profile', async (identifierType, field, query) => {
		const { items, error } = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType, ...field });
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => [request.path, queryOf(request)])).toEqual([
			['/v1/profile/indexing', { source_key: sample.SOURCE_KEY, ...query }],
		]);
		expect(items).toEqual([{ json: profileOf(jane), pairedItem: { item: 0 } }]);
	});

	test('several input items: one profile each, linked to its input', async () => {
		const { items } = await hrflow.runV1(
			{ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '={{ $json.ref }}' },
			[kenji, elodie, jane].map((profile) => ({ ref: profile.reference })),
		);
		expect(items.map((item) => [item.json.reference, item.pairedItem])).toEqual([
			[kenji.reference, { item: 0 }],
			[elodie.reference, { item: 1 }],
			[jane.reference, { item: 2 }],
		]);
	});

	test('Simplify keeps the fields people use', async () => {
		const { items } = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'key', profileKey: jane.key, simplify: true });
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
				attachments: jane.attachments.map((attachment) => hrflow.emulator.attachmentJson(attachment)),
			},
		]);
	});

	test('by email (HrFlow\'s reference, get-profile-indexing.md): GET /profile/indexing with `email`, the whole profile', async () => {
		const { items, error } = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: ` ${kenji.email.toUpperCase()} ` });
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => [request.path, queryOf(request)])).toEqual([
			['/v1/profile/indexing', { source_key: sample.SOURCE_KEY, email: kenji.email.toUpperCase() }],
		]);
		expect(items).toEqual([{ json: profileOf(kenji), pairedItem: { item: 0 } }]);
	});

	test('by email: no profile with that email is HrFlow\'s error; a malformed email fails before any request', async () => {
		const missing = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: 'nobody@example.com' });
		expect(missing.error).toMatchObject({ message: 'HrFlow error 400: Unable to find object: profile', httpCode: '400' });
		hrflow.emulator.requests.length = 0;
		const malformed = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: 'jane at example.com' });
		expect(malformed.error?.message).toBe('Profile Email "jane at example.com" is not a valid email address');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('no such profile: HrFlow\'s error', async () => {
		const { error } = await hrflow.runV1({ operation: 'get', sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: 'ATS-0000' });
		expect(error).toMatchObject({ message: 'HrFlow error 400: Unable to find object: profile', httpCode: '400' });
	});
});

describe('Get Metadatas on today\'s API (/profile/metadatas answers 404)', () => {
	beforeEach(() => {
		hrflow.emulator.metadatasGone = true;
	});

	test.each([
		['key', { profileKey: kenji.key }, { key: kenji.key }],
		['reference', { profileReference: kenji.reference }, { reference: kenji.reference }],
	])('by %s: reads the profile instead, same items and pairedItem', async (identifierType, field, query) => {
		const { items, error } = await hrflow.runV1({ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType, ...field });
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/profile/metadatas', '/v1/profile/indexing']);
		expect(queryOf(hrflow.emulator.requests[1])).toEqual({ source_key: sample.SOURCE_KEY, ...query });
		expect(items).toEqual(kenji.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })));
	});

	test('the options apply as before', async () => {
		const { items } = await hrflow.runV1(
			{ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '={{ $json.ref }}', options: { output: 'single', metadataNames: 'linkedin' } },
			[{ ref: jane.reference }, { ref: elodie.reference }],
		);
		expect(items).toEqual([
			{ json: { linkedin: 'https://www.linkedin.com/in/jane-doe-example', profileReference: jane.reference }, pairedItem: { item: 0 } },
			{ json: { profileReference: elodie.reference }, pairedItem: { item: 1 } },
		]);
	});

	test('an email identifier gets a clear error, after the one legacy request', async () => {
		const { error } = await hrflow.runV1({ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: jane.email });
		expect(error?.message).toBe('This HrFlow API has no /profile/metadatas, and the profile it reads instead cannot be found by email');
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/profile/metadatas']);
	});

	test('an error of the profile request is that item\'s error, linked with Continue On Fail', async () => {
		const { items } = await hrflow.runV1(
			{ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '={{ $json.ref }}' },
			[{ ref: 'ATS-0000' }, { ref: kenji.reference }],
			{ continueOnFail: true },
		);
		expect(items).toEqual([
			{ json: { error: 'HrFlow error 400: Unable to find object: profile', description: expect.any(String), httpCode: '400' }, pairedItem: { item: 0 } },
			...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 1 } })),
		]);
	});
});

test('with the legacy endpoint there, other errors stay as they are: no fallback', async () => {
	const { error } = await hrflow.runV1({ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'key', profileKey: 'f'.repeat(40) });
	expect(error?.message).toBe('HrFlow error 400: Invalid profile array');
	expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/profile/metadatas']);
});
