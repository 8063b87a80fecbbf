// Rating › Get Many (version 2) through n8n's engine: GET /ratings with the role and the sources
// and/or boards (never actions), one item per rating over pages, "Unable to find object" as no
// ratings, bad input before any request, On Error.

import { kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { feedback } from '../harness/feedback';

const hrflow = useHrFlow();
const { run, recorded } = feedback(hrflow, 'rating');
const query = (index = 0) => queryOf(hrflow.emulator.requests[index]);

test('by sources and boards: role, source_keys and board_keys; one item per rating, linked to its input, over pages', async () => {
	await recorded(
		...Array.from({ length: 3 }, (_, i) => ({ score: (i + 1) / 5 })),
		{ score: 1, profile_key: kenji.key },
		{ score: 0.2, role: 'candidate' },
	);
	const { items, error } = await run(
		{
			operation: 'getMany',
			role: 'recruiter',
			sources: [sample.SOURCE_KEY],
			boards: [sample.ENGINEERING_BOARD_KEY],
			limit: 3,
		},
		[{}, {}],
	);
	expect(error).toBeUndefined();
	expect(query()).toEqual({
		role: 'recruiter',
		source_keys: JSON.stringify([sample.SOURCE_KEY]),
		board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
		page: '1',
		limit: '3',
	});
	expect(items.map((item) => [item.json.score, item.pairedItem])).toEqual([
		[1, { item: 0 }],
		[0.6, { item: 0 }],
		[0.4, { item: 0 }],
		[1, { item: 1 }],
		[0.6, { item: 1 }],
		[0.4, { item: 1 }],
	]);
});

test('by boards only, Return All: two pages read; no source_keys, no actions', async () => {
	await recorded(...Array.from({ length: 101 }, () => ({ score: 0.5 })));
	const { items } = await run({
		operation: 'getMany',
		role: 'recruiter',
		boards: sample.ENGINEERING_BOARD_KEY,
		returnAll: true,
	});
	expect(items).toHaveLength(101);
	expect(hrflow.emulator.requests.map((request) => queryOf(request).page)).toEqual(['1', '2']);
	expect(Object.keys(query()).sort()).toEqual(['board_keys', 'limit', 'page', 'role']);
});

test('HrFlow\'s "Unable to find object" (no rating matches) is no ratings: no item, no error', async () => {
	const { items, error } = await run({
		operation: 'getMany',
		role: 'employee',
		sources: [sample.SOURCE_KEY],
	});
	expect(error).toBeUndefined();
	expect(items).toEqual([]);
	expect(hrflow.emulator.requests).toHaveLength(1);
});

test('neither Sources nor Boards fails before any request, naming both', async () => {
	const { error } = await run({ operation: 'getMany', role: 'recruiter', sources: '={{ "" }}' });
	expect(error?.message).toBe('Sources and Boards are both empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown board keeps HrFlow's error; Continue (using error output) puts the item there", async () => {
	const { items, errorItems } = await run(
		{ operation: 'getMany', role: 'recruiter', boards: [sample.hrflowKey('no such board')] },
		[{ id: 1 }],
		{ onError: 'continueErrorOutput' },
	);
	expect(items).toEqual([]);
	expect(errorItems).toEqual([
		{
			json: {
				id: 1,
				error: 'HrFlow error 400: Invalid parameters. Unable to find object: board',
				details: expect.objectContaining({
					httpCode: '400',
					description: expect.stringContaining('Check the Board'),
				}),
			},
			pairedItem: { item: 0 },
		},
	]);
});
