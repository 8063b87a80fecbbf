// Job › Get Many (version 2) through n8n's engine against the emulator's boards: pages, archived
// jobs left out, and pages HrFlow answers empty while meta.maxPage says more follow.

import { sample, useHrFlow } from '../harness/hrflow';
import { shortPages } from '../harness/pages';
import { jobWrites } from '../harness/writes';

const hrflow = useHrFlow();
const { run, given } = jobWrites(hrflow);
const { pagesOf } = shortPages(hrflow);

test('Get Many: return_job=true, one item per job over pages, linked to the input; archived jobs left out', async () => {
	const keys = await given(...Array.from({ length: 7 }, (_, i) => `REQ-${i + 1}`));
	await run({ operation: 'archive', jobIdentifierType: 'key', jobKey: keys[0] });
	hrflow.emulator.requests.length = 0;
	const { items } = await run(
		{ operation: 'getMany', boards: '={{ $json.boards }}', limit: 4, options: { orderBy: 'asc' } },
		[{ boards: [sample.BOARD_KEY] }],
	);
	expect(items.map((item) => item.json.reference)).toEqual(['REQ-2', 'REQ-3', 'REQ-4', 'REQ-5']);
	expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
	expect(items[0].json).toMatchObject({ name: 'Job REQ-2', summary: expect.any(String) });
	expect(hrflow.emulator.requests[0].query).toMatchObject({
		board_keys: [JSON.stringify([sample.BOARD_KEY])],
		return_job: ['true'],
		order_by: ['asc'],
	});
});

test('no boards fails before any request', async () => {
	const { error } = await run({ operation: 'getMany', boards: '={{ [] }}' });
	expect(error?.message).toBe('Boards is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Job › Get Many: page 1 (limit 2) comes back empty: page 2 is still read', async () => {
		hrflow.emulator.quirks.emptyPages = [1];
		const { items, error } = await hrflow.run({
			resource: 'job',
			operation: 'getMany',
			boards: [sample.ENGINEERING_BOARD_KEY],
			limit: 2,
		});
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/storing/jobs')).toEqual(['1', '2']);
		expect(items).toHaveLength(1);
	});
});
