// Profile › Update (version 2) through n8n's engine: by key or reference, never email; the profile
// read, then PUT whole, so everything HrFlow holds is kept (test/harness/writes.ts).

import type { IDataObject, INode } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, received, richProfile, withoutDates } from '../harness/writes';

const hrflow = useHrFlow();
const { run, createRich, stored } = profileWrites(hrflow);
const { bodyOf, calls, putBody } = received(hrflow);

test.each([
	['by key', { identifierType: 'key', profileKey: jane.key }, { key: jane.key }],
	[
		'by reference',
		{ identifierType: 'reference', profileReference: jane.reference },
		{ reference: jane.reference },
	],
])(
	'Update %s: the profile is read, then PUT whole with only the given fields changed',
	async (_by, identify, selector) => {
		const { items, error } = await run({
			operation: 'update',
			...identify,
			profileDefinition: 'fields',
			profileFields: { phone: '+33 7 00 00 00 00' },
		});
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			source_key: sample.SOURCE_KEY,
			...selector,
		});
		expect(bodyOf(1)).toMatchObject({
			key: jane.key,
			reference: jane.reference,
			source_key: sample.SOURCE_KEY,
			info: { phone: '+33 7 00 00 00 00', email: jane.email, full_name: 'Jane Doe' },
		});
		expect(items[0].json).toMatchObject({
			key: jane.key,
			info: { phone: '+33 7 00 00 00 00', email: jane.email, full_name: 'Jane Doe' },
		});
	},
);

test('Update by email is refused before any request', async () => {
	const { error } = await run({
		operation: 'update',
		identifierType: 'email',
		profileEmail: jane.email,
		profileFields: { phone: '1' },
	});
	expect(error?.message).toBe('HrFlow cannot find a profile to write by email');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

describe('Update keeps what HrFlow holds', () => {
	test.each([
		['by key', (key: string) => ({ identifierType: 'key', profileKey: key })],
		[
			'by reference',
			() => ({ identifierType: 'reference', profileReference: richProfile.reference }),
		],
	])(
		'Email alone, %s: GET, then PUT of the whole profile; every other field is still there',
		async (_by, identify) => {
			const before = await createRich();
			const { items, error } = await run({
				operation: 'update',
				...identify(String(before.key)),
				profileDefinition: 'fields',
				profileFields: { email: 'marie.curie@example.com' },
			});
			expect(error).toBeUndefined();
			expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
			expect(putBody()).toMatchObject({
				key: before.key,
				source_key: sample.SOURCE_KEY,
				experiences: richProfile.experiences,
				info: { ...richProfile.info, email: 'marie.curie@example.com' },
			});
			const after = await stored();
			expect(withoutDates(after)).toEqual(
				withoutDates({
					...before,
					info: { ...(before.info as IDataObject), email: 'marie.curie@example.com' },
				}),
			);
			expect(withoutDates(items[0].json)).toEqual(withoutDates(after));
			expect(items[0].pairedItem).toEqual({ item: 0 });
		},
	);

	test('Fields: tags and metadatas merge by name, skills by name (a held skill keeps its type and value), Location with the same text keeps its coordinates', async () => {
		await createRich();
		const { error } = await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: richProfile.reference,
			profileDefinition: 'fields',
			profileFields: {
				location: 'Paris, France',
				skills: 'radiochemistry, Physics',
				tags: {
					tag: [
						{ name: 'stage', value: 'hired' },
						{ name: 'team', value: 'lab' },
					],
				},
				metadatas: { metadata: [{ name: 'salary', value: '65k' }] },
			},
		});
		expect(error).toBeUndefined();
		const after = await stored();
		expect(after.tags).toEqual([
			{ name: 'channel', value: 'referral' },
			{ name: 'stage', value: 'hired' },
			{ name: 'team', value: 'lab' },
		]);
		expect(after.metadatas).toEqual([
			{ name: 'notice_period', value: '30' },
			{ name: 'salary', value: '65k' },
		]);
		expect(after.skills).toEqual([
			...richProfile.skills,
			{ name: 'Physics', type: 'hard', value: null },
		]);
		expect((after.info as IDataObject).location).toEqual(richProfile.info.location);
	});

	test('Fields: a Location with another text drops the old coordinates', async () => {
		await createRich();
		await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: richProfile.reference,
			profileFields: { location: 'Warsaw, Poland' },
		});
		expect(((await stored()).info as IDataObject).location).toEqual({
			text: 'Warsaw, Poland',
			lat: null,
			lng: null,
		});
	});

	test('First Name alone: the full name follows the merged first and last names', async () => {
		await createRich();
		await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: richProfile.reference,
			profileFields: { firstName: 'Maria' },
		});
		expect((putBody().info as IDataObject).full_name).toBe('Maria Curie');
		expect((await stored()).info).toMatchObject({
			first_name: 'Maria',
			last_name: 'Curie',
			full_name: 'Maria Curie',
			email: richProfile.info.email,
		});
	});

	test('Last Name alone on a sample profile: "Jane Doe-Martin", not "Doe-Martin"', async () => {
		await run({
			operation: 'update',
			identifierType: 'key',
			profileKey: jane.key,
			profileFields: { lastName: 'Doe-Martin' },
		});
		expect((await stored(jane.reference)).info).toMatchObject({
			first_name: 'Jane',
			last_name: 'Doe-Martin',
			full_name: 'Jane Doe-Martin',
			email: jane.email,
		});
	});

	test('JSON: objects merge key by key, a list given replaces that list (how entries are removed), lists not given are kept', async () => {
		await createRich();
		const { error } = await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: richProfile.reference,
			profileDefinition: 'json',
			profileJson:
				'={{ { "info": { "phone": "+33 6 11 11 11 11", "location": { "text": "Paris, France" } }, "tags": [], "skills": [{ "name": "Physics", "type": "hard", "value": null }] } }}',
		});
		expect(error).toBeUndefined();
		const after = await stored();
		expect(after.info).toEqual({ ...richProfile.info, phone: '+33 6 11 11 11 11' });
		expect(after.tags).toEqual([]);
		expect(after.skills).toEqual([{ name: 'Physics', type: 'hard', value: null }]);
		expect(after.metadatas).toEqual(richProfile.metadatas);
		expect(after.experiences).toEqual(richProfile.experiences);
	});

	test('by reference, with a new Reference: the new reference is written, the old one finds nothing', async () => {
		const before = await createRich();
		const { items, error } = await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: richProfile.reference,
			profileFields: { reference: 'ATS-7002' },
		});
		expect(error).toBeUndefined();
		expect(calls()).toEqual([
			'GET /v1/profile/indexing',
			'GET /v1/profile/indexing',
			'PUT /v1/profile/indexing',
		]);
		expect(queryOf(hrflow.emulator.requests[1])).toEqual({
			source_key: sample.SOURCE_KEY,
			reference: 'ATS-7002',
		});
		expect(putBody()).toMatchObject({ key: before.key, reference: 'ATS-7002' });
		expect(items[0].json).toMatchObject({ key: before.key, reference: 'ATS-7002' });
		expect((await stored('ATS-7002')).key).toBe(before.key);
		const old = await run({
			operation: 'get',
			identifierType: 'reference',
			profileReference: richProfile.reference,
		});
		expect(old.error?.message).toBe('HrFlow error 400: Unable to find object: profile');
	});

	test.each([
		['continueRegularOutput', (items: IDataObject[]) => items],
		['continueErrorOutput', (_items: IDataObject[], errors: IDataObject[]) => errors],
	])(
		'a new Reference another profile holds fails the item before any write (%s); the other items go on',
		async (onError, failed) => {
			await createRich();
			const { items, errorItems } = await run(
				{
					operation: 'update',
					identifierType: 'reference',
					profileReference: '={{ $json.ref }}',
					profileFields: { reference: '={{ $json.newRef }}', phone: '1' },
				},
				[
					{ ref: richProfile.reference, newRef: jane.reference },
					{ ref: jane.reference, newRef: jane.reference },
				],
				{ onError: onError as INode['onError'] },
			);
			const errors = failed(items as IDataObject[], (errorItems ?? []) as IDataObject[]) as Array<{
				json: IDataObject;
				pairedItem: unknown;
			}>;
			const failure = errors.find((item) => item.json.error);
			expect(failure?.json.error).toBe(
				`Reference "${jane.reference}" is already used by another profile (key ${jane.key})`,
			);
			expect(failure?.pairedItem).toEqual({ item: 0 });
			expect(hrflow.emulator.requests.filter((request) => request.method === 'PUT')).toHaveLength(
				1,
			);
			expect((await stored()).info).toMatchObject({ phone: richProfile.info.phone });
			expect((await stored(jane.reference)).info).toMatchObject({ phone: '1', email: jane.email });
		},
	);
});
