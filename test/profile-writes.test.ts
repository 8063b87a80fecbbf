// Profile writes (version 2) through n8n's engine: Create (fields and JSON), Update (key or
// reference, never email), Create or Update by reference, Archive.

import type { IDataObject, INode } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const source = { __rl: true, mode: 'list', value: sample.SOURCE_KEY, cachedResultName: 'Sandbox candidates' };
const run = async (parameters: IDataObject, input: IDataObject[] = [{}], settings?: Partial<INode>, credential = 'readWrite') =>
	await hrflow.run({ source, ...parameters }, input, settings, credential);
const bodyOf = (index: number) => JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);

const adaFields = {
	profileDefinition: 'fields',
	profileFields: {
		reference: 'ATS-3001',
		firstName: 'Ada',
		lastName: 'Lovelace',
		email: ' ada@example.com ',
		phone: '+44 20 7946 0000',
		location: 'London',
		summary: 'Analyst',
		text: 'Ada Lovelace. Analyst, London.',
		skills: '={{ ["Mathematics", "Analysis"] }}',
		tags: { tag: [{ name: 'channel', value: 'referral' }] },
		metadatas: { metadata: [{ name: 'notice_period', value: '={{ 30 }}' }] },
		createdAt: '2026-11-01T10:00:00.000Z',
	},
};

test('Create from fields: the HR-JSON HrFlow gets (full name from first and last), the profile as the item, found afterwards', async () => {
	const { items, error } = await run({ operation: 'create', ...adaFields });
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['POST /v1/profile/indexing']);
	expect(bodyOf(0)).toEqual({
		reference: 'ATS-3001',
		info: {
			first_name: 'Ada',
			last_name: 'Lovelace',
			full_name: 'Ada Lovelace',
			email: 'ada@example.com',
			phone: '+44 20 7946 0000',
			location: { text: 'London', lat: null, lng: null },
			summary: 'Analyst',
		},
		text: 'Ada Lovelace. Analyst, London.',
		skills: [{ name: 'Mathematics', type: 'hard', value: null }, { name: 'Analysis', type: 'hard', value: null }],
		tags: [{ name: 'channel', value: 'referral' }],
		metadatas: [{ name: 'notice_period', value: '30' }],
		created_at: '2026-11-01T10:00:00.000Z',
		source_key: sample.SOURCE_KEY,
	});
	expect(items[0].json).toMatchObject({ reference: 'ATS-3001', source_key: sample.SOURCE_KEY, info: { full_name: 'Ada Lovelace' } });
	const found = await run({ operation: 'get', identifierType: 'reference', profileReference: 'ATS-3001', simplify: true });
	expect(found.items[0].json).toMatchObject({ name: 'Ada Lovelace', email: 'ada@example.com', skills: ['Mathematics', 'Analysis'] });
});

test('Create from JSON: the whole profile object, with the source', async () => {
	const { error } = await run({ operation: 'create', profileDefinition: 'json', profileJson: '={{ { "reference": "ATS-3002", "info": { "full_name": "Grace Hopper" } } }}' });
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({ reference: 'ATS-3002', info: { full_name: 'Grace Hopper' }, source_key: sample.SOURCE_KEY });
});

test.each([
	['by key', { identifierType: 'key', profileKey: jane.key }, { key: jane.key }],
	['by reference', { identifierType: 'reference', profileReference: jane.reference }, { reference: jane.reference }],
])('Update %s: the profile is read, then PUT whole with only the given fields changed', async (_by, identify, selector) => {
	const { items, error } = await run({ operation: 'update', ...identify, profileDefinition: 'fields', profileFields: { phone: '+33 7 00 00 00 00' } });
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
	expect(queryOf(hrflow.emulator.requests[0])).toEqual({ source_key: sample.SOURCE_KEY, ...selector });
	expect(bodyOf(1)).toMatchObject({ key: jane.key, reference: jane.reference, source_key: sample.SOURCE_KEY, info: { phone: '+33 7 00 00 00 00', email: jane.email, full_name: 'Jane Doe' } });
	expect(items[0].json).toMatchObject({ key: jane.key, info: { phone: '+33 7 00 00 00 00', email: jane.email, full_name: 'Jane Doe' } });
});

test('Update by email is refused before any request', async () => {
	const { error } = await run({ operation: 'update', identifierType: 'email', profileEmail: jane.email, profileFields: { phone: '1' } });
	expect(error?.message).toBe('HrFlow cannot find a profile to write by email');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

describe('Create or Update, by Profile Reference', () => {
	const ats = { operation: 'upsert', profileReference: '={{ $json.id }}', profileDefinition: 'fields', profileFields: { firstName: '={{ $json.first }}', lastName: '={{ $json.last }}', email: '={{ $json.email }}' } };

	test('an ATS record per item: the existing one updated by its key, a new one created with its reference', async () => {
		const { items, error } = await run(ats, [
			{ id: jane.reference, first: 'Jane', last: 'Doe-Martin', email: jane.email },
			{ id: 'ATS-4000', first: 'Alan', last: 'Turing', email: 'alan@example.com' },
		]);
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.action, item.json.reference, (item.json.info as { full_name: string }).full_name, item.pairedItem])).toEqual([
			['updated', jane.reference, 'Jane Doe-Martin', { item: 0 }],
			['created', 'ATS-4000', 'Alan Turing', { item: 1 }],
		]);
		const puts = hrflow.emulator.requests.filter((request) => request.method === 'PUT');
		expect(JSON.parse(puts[0].body!.toString())).toMatchObject({ key: jane.key, source_key: sample.SOURCE_KEY });
		expect(hrflow.emulator.requests.filter((request) => request.method === 'GET').map(queryOf)).toEqual(
			expect.arrayContaining([{ source_key: sample.SOURCE_KEY, reference: jane.reference }, { source_key: sample.SOURCE_KEY, reference: 'ATS-4000' }]),
		);
	});

	test('an empty reference fails before any request', async () => {
		const { error } = await run(ats, [{ id: '', first: 'X' }]);
		expect(error?.message).toBe('Profile Reference is empty');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test('Archive: PATCH with is_archive 1; the profile leaves Get Many', async () => {
	const { items } = await run({ operation: 'archive', identifierType: 'reference', profileReference: jane.reference });
	expect(calls()).toEqual(['PATCH /v1/profile/indexing/archive']);
	expect(bodyOf(0)).toEqual({ source_key: sample.SOURCE_KEY, reference: jane.reference, is_archive: 1 });
	expect(items).toEqual([{ json: { key: jane.key }, pairedItem: { item: 0 } }]);
	const listed = await run({ operation: 'getMany', sources: [sample.SOURCE_KEY], returnAll: true });
	expect(listed.items.map((item) => item.json.reference)).not.toContain(jane.reference);
});

test('a read key may not write: HrFlow\'s 401, redacted; Continue (using regular output) gives the error item', async () => {
	const { items } = await run({ operation: 'archive', identifierType: 'key', profileKey: jane.key }, [{}], { onError: 'continueRegularOutput' }, 'hrflow');
	expect(items).toEqual([
		{
			json: {
				error: 'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
				description: expect.stringContaining('This API key may not write'),
				httpCode: '401',
			},
			pairedItem: { item: 0 },
		},
	]);
});
