// Profile › Unarchive (version 2) through n8n's engine: the PATCH HrFlow gets, the profile back in
// Get Many, bad input before any request, a key that may not write in both On Error modes.

import { jane, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, received } from '../harness/writes';

const hrflow = useHrFlow();
const { run } = profileWrites(hrflow);
const { bodyOf, calls } = received(hrflow);
const references = async () =>
	(await run({ operation: 'getMany', sources: [sample.SOURCE_KEY], returnAll: true })).items.map(
		(item) => item.json.reference,
	);

test('Unarchive by reference: PATCH with is_archive 0, the key as the item; the archived profile is back in Get Many', async () => {
	await run({
		operation: 'archive',
		identifierType: 'reference',
		profileReference: jane.reference,
	});
	expect(await references()).not.toContain(jane.reference);
	hrflow.emulator.requests.length = 0;
	const { items, error } = await run({
		operation: 'restore',
		identifierType: 'reference',
		profileReference: jane.reference,
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['PATCH /v1/profile/indexing/archive']);
	expect(bodyOf(0)).toEqual({
		source_key: sample.SOURCE_KEY,
		reference: jane.reference,
		is_archive: 0,
	});
	expect(items).toEqual([{ json: { key: jane.key }, pairedItem: { item: 0 } }]);
	expect(await references()).toContain(jane.reference);
});

test('Unarchive by key sends the key; by email it fails naming the field, before any request', async () => {
	await run({ operation: 'restore', identifierType: 'key', profileKey: jane.key });
	expect(bodyOf(0)).toEqual({ source_key: sample.SOURCE_KEY, key: jane.key, is_archive: 0 });
	hrflow.emulator.requests.length = 0;
	const { error } = await run({
		operation: 'restore',
		identifierType: 'email',
		profileEmail: jane.email,
	});
	expect(error?.message).toMatch(/by email/);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('a read key may not write: each On Error mode outputs the item linked to its input, the key redacted', async () => {
	const parameters = { operation: 'restore', identifierType: 'key', profileKey: jane.key };
	const regular = await run(parameters, [{}], { onError: 'continueRegularOutput' }, 'hrflow');
	expect(regular.items).toEqual([
		{
			json: expect.objectContaining({
				error:
					'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
				httpCode: '401',
			}),
			pairedItem: { item: 0 },
		},
	]);
	const errorOutput = await run(
		parameters,
		[{ id: 7 }],
		{ onError: 'continueErrorOutput' },
		'hrflow',
	);
	expect(errorOutput.error).toBeUndefined();
	expect(errorOutput.items).toEqual([]);
	expect(errorOutput.errorItems).toEqual([
		{
			json: {
				id: 7,
				error:
					'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
				details: expect.objectContaining({ httpCode: '401' }),
			},
			pairedItem: { item: 0 },
		},
	]);
});
