// Job › Archive (version 2) through n8n's engine against the emulator's boards.

import { sample, useHrFlow } from '../harness/hrflow';
import { jobWrites, received } from '../harness/writes';

const hrflow = useHrFlow();
const { run, given } = jobWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

test('Archive: PATCH with is_archive 1, the key as the item', async () => {
	const [key] = await given('REQ-9');
	const { items } = await run({
		operation: 'archive',
		jobIdentifierType: 'reference',
		jobReference: 'REQ-9',
	});
	expect(calls()).toEqual(['PATCH /v1/job/indexing/archive']);
	expect(bodyOf(0)).toEqual({ board_key: sample.BOARD_KEY, reference: 'REQ-9', is_archive: 1 });
	expect(items).toEqual([{ json: { key }, pairedItem: { item: 0 } }]);
});

test('an empty reference from an expression fails before any request', async () => {
	const { error } = await run({
		operation: 'archive',
		jobIdentifierType: 'reference',
		jobReference: '={{ "" }}',
	});
	expect(error?.message).toBe('Job Reference is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});
