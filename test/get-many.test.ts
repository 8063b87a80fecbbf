// Get Many (GET /storing/profiles) through n8n's engine: pages, limits, sources and errors.

import { queryOf, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const many = (extra: Record<string, unknown>) => ({ operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, ...extra });
const sent = () => hrflow.emulator.requests.map((request) => queryOf(request));

test('Return All pages through every page, one item per profile, linked to the input', async () => {
	const { items, error } = await hrflow.run(many({ returnAll: true }));
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.every((request) => request.path === '/v1/storing/profiles')).toBe(true);
	expect(sent()).toEqual([1, 2, 3].map((page) => ({ source_keys: JSON.stringify([sample.MANY_SOURCE_KEY]), page: String(page), limit: '100' })));
	expect(items).toHaveLength(sample.MANY_PROFILES);
	// HrFlow's default order is newest first.
	expect(items[0].json.reference).toBe('MANY-230');
	expect(items.at(-1)?.json.reference).toBe('MANY-001');
	expect(new Set(items.map((item) => JSON.stringify(item.pairedItem)))).toEqual(new Set(['{"item":0}']));
});

test('a limit that ends mid-page stops there', async () => {
	const { items } = await hrflow.run(many({ returnAll: false, limit: 150 }));
	expect(sent().map((query) => [query.page, query.limit])).toEqual([['1', '100'], ['2', '100']]);
	expect(items).toHaveLength(150);
	expect(items.at(-1)?.json.reference).toBe('MANY-081');
});

test('a small limit is one page of that size (default 50)', async () => {
	const { items } = await hrflow.run(many({}));
	expect(sent().map((query) => [query.page, query.limit])).toEqual([['1', '50']]);
	expect(items).toHaveLength(50);
});

test('several sources, sort options, several input items', async () => {
	const { items } = await hrflow.run(
		{ operation: 'getMany', sourceKeys: '={{ $json.sources }}', returnAll: true, options: { orderBy: 'asc', sortBy: 'updated_at' } },
		[{ sources: `${sample.SOURCE_KEY}, ${sample.OTHER_SOURCE_KEY}` }, { sources: sample.OTHER_SOURCE_KEY }],
	);
	expect(sent()).toEqual(
		expect.arrayContaining([
			{ source_keys: JSON.stringify([sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY]), page: '1', limit: '100', order_by: 'asc', sort_by: 'updated_at' },
			{ source_keys: JSON.stringify([sample.OTHER_SOURCE_KEY]), page: '1', limit: '100', order_by: 'asc', sort_by: 'updated_at' },
		]),
	);
	expect(items.map((item) => [item.json.reference, item.pairedItem])).toEqual([
		['ATS-1042', { item: 0 }],
		['ATS-2077', { item: 0 }],
		["réf/2024 Élodie & co+1's", { item: 0 }],
	]);
});

test.each([
	['an empty list', '={{ "" }}', 'Source Keys is empty'],
	['a malformed key', `${sample.SOURCE_KEY}, sandbox`, 'Source Keys: "sandbox" is not an HrFlow key'],
])('%s of source keys fails before any request', async (_case, sourceKeys, message) => {
	const { error } = await hrflow.run(many({ sourceKeys }));
	expect(error?.message).toBe(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('an unknown source: HrFlow\'s error; with Continue On Fail, an error item for that input', async () => {
	const { error } = await hrflow.run(many({ sourceKeys: 'e'.repeat(40) }));
	expect(error).toMatchObject({ message: 'HrFlow error 400: Invalid source fields', httpCode: '400' });
	const { items } = await hrflow.run(
		{ operation: 'getMany', sourceKeys: '={{ $json.sources }}', limit: 2 },
		[{ sources: 'e'.repeat(40) }, { sources: sample.SOURCE_KEY }],
		{ continueOnFail: true },
	);
	expect(items.map((item) => [item.json.error ?? item.json.reference, item.pairedItem])).toEqual([
		['HrFlow error 400: Invalid source fields', { item: 0 }],
		["réf/2024 Élodie & co+1's", { item: 1 }],
		['ATS-2077', { item: 1 }],
	]);
});
