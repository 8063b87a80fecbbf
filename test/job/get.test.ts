// Job › Get (version 2) through n8n's engine against the emulator's boards.

import { sample, useHrFlow } from '../harness/hrflow';
import { jobWrites } from '../harness/writes';

const hrflow = useHrFlow();
const { run, given } = jobWrites(hrflow);

test('Get by key, the whole job; Simplify keeps the fields people use', async () => {
	const [key] = await given('REQ-5');
	const whole = await run({ operation: 'get', jobIdentifierType: 'key', jobKey: key });
	expect(whole.items[0].json).toMatchObject({
		key,
		reference: 'REQ-5',
		board: { key: sample.BOARD_KEY, name: 'Open positions' },
		sections: expect.any(Array),
	});
	expect(hrflow.emulator.requests[0].query).toEqual({ board_key: [sample.BOARD_KEY], key: [key] });
});

test('a job key that is not 40 hex fails before any request', async () => {
	const { error } = await run({ operation: 'get', jobIdentifierType: 'key', jobKey: 'REQ-9' });
	expect(error?.message).toBe('Job Key "req-9" is not an HrFlow key');
	expect(hrflow.emulator.requests).toHaveLength(0);
});
