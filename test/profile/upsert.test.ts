// Profile › Create or Update (version 2) through n8n's engine, by Profile Reference: the profile
// found is updated by its key, keeping everything HrFlow holds; none found, one is created.

import type { IDataObject } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, received, richProfile, withoutDates } from '../harness/writes';

const hrflow = useHrFlow();
const { run, createRich, stored } = profileWrites(hrflow);
const { calls } = received(hrflow);

describe('Create or Update, by Profile Reference', () => {
	const ats = {
		operation: 'upsert',
		profileReference: '={{ $json.id }}',
		profileDefinition: 'fields',
		profileFields: {
			firstName: '={{ $json.first }}',
			lastName: '={{ $json.last }}',
			email: '={{ $json.email }}',
		},
	};

	test('an ATS record per item: the existing one updated by its key, a new one created with its reference', async () => {
		const { items, error } = await run(ats, [
			{ id: jane.reference, first: 'Jane', last: 'Doe-Martin', email: jane.email },
			{ id: 'ATS-4000', first: 'Alan', last: 'Turing', email: 'alan@example.com' },
		]);
		expect(error).toBeUndefined();
		expect(
			items.map((item) => [
				item.json.action,
				item.json.reference,
				(item.json.info as { full_name: string }).full_name,
				item.pairedItem,
			]),
		).toEqual([
			['updated', jane.reference, 'Jane Doe-Martin', { item: 0 }],
			['created', 'ATS-4000', 'Alan Turing', { item: 1 }],
		]);
		const puts = hrflow.emulator.requests.filter((request) => request.method === 'PUT');
		expect(JSON.parse(puts[0].body!.toString())).toMatchObject({
			key: jane.key,
			source_key: sample.SOURCE_KEY,
		});
		expect(
			hrflow.emulator.requests.filter((request) => request.method === 'GET').map(queryOf),
		).toEqual(
			expect.arrayContaining([
				{ source_key: sample.SOURCE_KEY, reference: jane.reference },
				{ source_key: sample.SOURCE_KEY, reference: 'ATS-4000' },
			]),
		);
	});

	test('an empty reference fails before any request', async () => {
		const { error } = await run(ats, [{ id: '', first: 'X' }]);
		expect(error?.message).toBe('Profile Reference is empty');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

describe('Create or Update keeps what HrFlow holds', () => {
	test('found: one GET, one PUT of the whole profile with the given fields merged; the output says "updated"', async () => {
		const before = await createRich();
		const { items, error } = await run({
			operation: 'upsert',
			profileReference: richProfile.reference,
			profileDefinition: 'fields',
			profileFields: {
				email: 'marie.curie@example.com',
				tags: { tag: [{ name: 'stage', value: 'offer' }] },
			},
		});
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
		const after = await stored();
		expect(withoutDates(after)).toEqual(
			withoutDates({
				...before,
				info: { ...(before.info as IDataObject), email: 'marie.curie@example.com' },
				tags: [richProfile.tags[0], { name: 'stage', value: 'offer' }],
			}),
		);
		expect(items[0].json).toMatchObject({
			action: 'updated',
			key: before.key,
			experiences: richProfile.experiences,
		});
	});

	test('not found: one GET, one POST with the reference; the output says "created"', async () => {
		const { items } = await run({
			operation: 'upsert',
			profileReference: 'ATS-7999',
			profileFields: { firstName: 'Irène' },
		});
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'POST /v1/profile/indexing']);
		expect(items[0].json).toMatchObject({
			action: 'created',
			reference: 'ATS-7999',
			info: { full_name: 'Irène' },
		});
	});
});
