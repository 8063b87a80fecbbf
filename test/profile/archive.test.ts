// Profile › Archive (version 2) through n8n's engine: the PATCH HrFlow gets, and a key that may not write.

import { jane, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, received } from '../harness/writes';

const hrflow = useHrFlow();
const { run } = profileWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

test('Archive: PATCH with is_archive 1; the profile leaves Get Many', async () => {
	const { items } = await run({
		operation: 'archive',
		identifierType: 'reference',
		profileReference: jane.reference,
	});
	expect(calls()).toEqual(['PATCH /v1/profile/indexing/archive']);
	expect(bodyOf(0)).toEqual({
		source_key: sample.SOURCE_KEY,
		reference: jane.reference,
		is_archive: 1,
	});
	expect(items).toEqual([{ json: { key: jane.key }, pairedItem: { item: 0 } }]);
	const listed = await run({ operation: 'getMany', sources: [sample.SOURCE_KEY], returnAll: true });
	expect(listed.items.map((item) => item.json.reference)).not.toContain(jane.reference);
});

test("a read key may not write: HrFlow's 401, redacted; Continue (using regular output) gives the error item", async () => {
	const { items } = await run(
		{ operation: 'archive', identifierType: 'key', profileKey: jane.key },
		[{}],
		{ onError: 'continueRegularOutput' },
		'hrflow',
	);
	expect(items).toEqual([
		{
			json: {
				error:
					'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
				description: expect.stringContaining('This API key may not write'),
				httpCode: '401',
			},
			pairedItem: { item: 0 },
		},
	]);
});

// The worked example of CONTRIBUTING.md, word for word (test/package/contributing.test.ts checks it).
test('Archive by reference: one PATCH with is_archive 1, the answer as one item linked to its input', async () => {
	const source = { __rl: true, mode: 'id', value: sample.SOURCE_KEY };
	const parameters = {
		resource: 'profile',
		operation: 'archive',
		source,
		identifierType: 'reference',
		profileReference: jane.reference,
	};
	const { items, error } = await hrflow.run(parameters, [{}], undefined, 'readWrite');
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
		'PATCH /v1/profile/indexing/archive',
	]);
	expect(items).toEqual([{ json: { key: jane.key }, pairedItem: { item: 0 } }]);
});
