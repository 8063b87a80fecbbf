// Profile › Create (version 2) through n8n's engine: the HR-JSON HrFlow gets from fields or JSON.

import { sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, received } from '../harness/writes';

const hrflow = useHrFlow();
const { run } = profileWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

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
		skills: [
			{ name: 'Mathematics', type: 'hard', value: null },
			{ name: 'Analysis', type: 'hard', value: null },
		],
		tags: [{ name: 'channel', value: 'referral' }],
		metadatas: [{ name: 'notice_period', value: '30' }],
		created_at: '2026-11-01T10:00:00.000Z',
		source_key: sample.SOURCE_KEY,
	});
	expect(items[0].json).toMatchObject({
		reference: 'ATS-3001',
		source_key: sample.SOURCE_KEY,
		info: { full_name: 'Ada Lovelace' },
	});
	const found = await run({
		operation: 'get',
		identifierType: 'reference',
		profileReference: 'ATS-3001',
		simplify: true,
	});
	expect(found.items[0].json).toMatchObject({
		name: 'Ada Lovelace',
		email: 'ada@example.com',
		skills: ['Mathematics', 'Analysis'],
	});
});

test('Create from JSON: the whole profile object, with the source', async () => {
	const { error } = await run({
		operation: 'create',
		profileDefinition: 'json',
		profileJson: '={{ { "reference": "ATS-3002", "info": { "full_name": "Grace Hopper" } } }}',
	});
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({
		reference: 'ATS-3002',
		info: { full_name: 'Grace Hopper' },
		source_key: sample.SOURCE_KEY,
	});
});
