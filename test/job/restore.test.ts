// Job › Unarchive (version 2) through n8n's engine against the emulator's boards.

import { sample, useHrFlow } from '../harness/hrflow';
import { jobWrites, received } from '../harness/writes';

const hrflow = useHrFlow();
const { run, given } = jobWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

test('Unarchive by reference: PATCH with is_archive 0, the key as the item; the archived job is back in Get Many', async () => {
	const [key] = await given('REQ-11');
	await run({ operation: 'archive', jobIdentifierType: 'reference', jobReference: 'REQ-11' });
	hrflow.emulator.requests.length = 0;
	const { items, error } = await run({
		operation: 'restore',
		jobIdentifierType: 'reference',
		jobReference: 'REQ-11',
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['PATCH /v1/job/indexing/archive']);
	expect(bodyOf(0)).toEqual({ board_key: sample.BOARD_KEY, reference: 'REQ-11', is_archive: 0 });
	expect(items).toEqual([{ json: { key }, pairedItem: { item: 0 } }]);
	const listed = await run({ operation: 'getMany', boards: [sample.BOARD_KEY], returnAll: true });
	expect(listed.items.map((item) => item.json.reference)).toContain('REQ-11');
});

test('an empty reference from an expression fails before any request', async () => {
	const { error } = await run({
		operation: 'restore',
		jobIdentifierType: 'reference',
		jobReference: '={{ "" }}',
	});
	expect(error?.message).toBe('Job Reference is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});
