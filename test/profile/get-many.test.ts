// Profile › Get Many (GET /storing/profiles) through n8n's engine: pages, limits, sources and errors
// (version 1, Source Keys); the Sources of version 2, picked in a multi-select; empty pages HrFlow
// answers while meta.maxPage says more follow.

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { shortPages } from '../harness/pages';

const hrflow = useHrFlow();
const { pagesOf } = shortPages(hrflow);
const many = (extra: Record<string, unknown>) => ({
	operation: 'getMany',
	sourceKeys: sample.MANY_SOURCE_KEY,
	...extra,
});
const sent = () => hrflow.emulator.requests.map((request) => queryOf(request));

test('Return All pages through every page, one item per profile, linked to the input', async () => {
	const { items, error } = await hrflow.runV1(many({ returnAll: true }));
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.every((request) => request.path === '/v1/storing/profiles')).toBe(
		true,
	);
	expect(sent()).toEqual(
		[1, 2, 3].map((page) => ({
			source_keys: JSON.stringify([sample.MANY_SOURCE_KEY]),
			return_profile: 'true',
			page: String(page),
			limit: '100',
		})),
	);
	expect(items).toHaveLength(sample.MANY_PROFILES);
	// HrFlow's default order is newest first.
	expect(items[0].json.reference).toBe('MANY-230');
	expect(items.at(-1)?.json.reference).toBe('MANY-001');
	expect(new Set(items.map((item) => JSON.stringify(item.pairedItem)))).toEqual(
		new Set(['{"item":0}']),
	);
});

test('a limit that ends mid-page stops there', async () => {
	const { items } = await hrflow.runV1(many({ returnAll: false, limit: 150 }));
	expect(sent().map((query) => [query.page, query.limit])).toEqual([
		['1', '100'],
		['2', '100'],
	]);
	expect(items).toHaveLength(150);
	expect(items.at(-1)?.json.reference).toBe('MANY-081');
});

test('a small limit is one page of that size (default 50)', async () => {
	const { items } = await hrflow.runV1(many({}));
	expect(sent().map((query) => [query.page, query.limit])).toEqual([['1', '50']]);
	expect(items).toHaveLength(50);
});

test('several sources, sort options, several input items', async () => {
	const { items } = await hrflow.runV1(
		{
			operation: 'getMany',
			sourceKeys: '={{ $json.sources }}',
			returnAll: true,
			options: { orderBy: 'asc', sortBy: 'updated_at' },
		},
		[
			{ sources: `${sample.SOURCE_KEY}, ${sample.OTHER_SOURCE_KEY}` },
			{ sources: sample.OTHER_SOURCE_KEY },
		],
	);
	expect(sent()).toEqual(
		expect.arrayContaining([
			{
				source_keys: JSON.stringify([sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY]),
				return_profile: 'true',
				page: '1',
				limit: '100',
				order_by: 'asc',
				sort_by: 'updated_at',
			},
			{
				source_keys: JSON.stringify([sample.OTHER_SOURCE_KEY]),
				return_profile: 'true',
				page: '1',
				limit: '100',
				order_by: 'asc',
				sort_by: 'updated_at',
			},
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
	[
		'a malformed key',
		`${sample.SOURCE_KEY}, sandbox`,
		'Source Keys "sandbox" is not an HrFlow key',
	],
])('%s of source keys fails before any request', async (_case, sourceKeys, message) => {
	const { error } = await hrflow.runV1(many({ sourceKeys }));
	expect(error?.message).toBe(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown source: HrFlow's error; with Continue On Fail, an error item for that input", async () => {
	const { error } = await hrflow.runV1(many({ sourceKeys: 'e'.repeat(40) }));
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid source fields',
		httpCode: '400',
	});
	const { items } = await hrflow.runV1(
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

describe('what HrFlow really returns', () => {
	test('each item is the whole profile: return_profile=true is sent (without it HrFlow lists only keys and dates)', async () => {
		const { items } = await hrflow.runV1(many({ limit: 2 }));
		expect(items).toHaveLength(2);
		for (const item of items) {
			expect(item.json).toMatchObject({
				info: { full_name: expect.any(String), email: expect.any(String) },
				source_key: sample.MANY_SOURCE_KEY,
			});
		}
	});

	test('without meta.maxPage, paging stops at a short page', async () => {
		hrflow.emulator.quirks.noMaxPage = true;
		const { items, error } = await hrflow.runV1(many({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(sample.MANY_PROFILES);
		expect(sent().map((query) => query.page)).toEqual(['1', '2', '3']);
	});

	test('a server that answers the same page again stops the loop with a clear error', async () => {
		hrflow.emulator.quirks.ignorePage = true;
		const { error, items } = await hrflow.runV1(many({ returnAll: true }));
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'HrFlow answered page 2 with the same entries as page 1: stopped paging',
		);
		expect(error?.description).toContain('ignores the page parameter');
		expect(hrflow.emulator.requests).toHaveLength(2);
	});
});

describe('Limit must be a whole number of at least 1, checked before any request', () => {
	test.each([
		['0', 0, 'not 0'],
		['-1', -1, 'not -1'],
		['2.5', 2.5, 'not 2.5'],
		['"abc" from an expression', '={{ "abc" }}', 'not "abc"'],
		['empty from an expression', '={{ "" }}', 'not ""'],
	])('%s', async (_case, limit, shown) => {
		const { error } = await hrflow.runV1(many({ returnAll: false, limit }));
		expect(error?.message).toBe(`Limit must be a whole number of at least 1, ${shown}`);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('a number given as text by an expression is accepted', async () => {
		const { items } = await hrflow.runV1(many({ returnAll: false, limit: '={{ "3" }}' }));
		expect(items).toHaveLength(3);
	});
});

test('Source Keys from an expression giving a list, upper-case keys lower-cased', async () => {
	const { items, error } = await hrflow.runV1(
		{ operation: 'getMany', sourceKeys: '={{ $json.sources }}', returnAll: true },
		[{ sources: [sample.SOURCE_KEY.toUpperCase(), sample.OTHER_SOURCE_KEY] }],
	);
	expect(error).toBeUndefined();
	expect(items).toHaveLength(3);
	expect(sent()[0].source_keys).toBe(JSON.stringify([sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY]));
});

describe('Get Many › Sources', () => {
	const sentSources = () =>
		JSON.parse(queryOf(hrflow.emulator.requests[0]).source_keys) as string[];

	test('the keys picked in the multi-select', async () => {
		const { items } = await hrflow.run({
			operation: 'getMany',
			sources: [sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY],
			returnAll: true,
		});
		expect(items).toHaveLength(3);
		expect(sentSources()).toEqual([sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY]);
	});

	test.each([
		['a list of keys', `={{ ["${sample.SOURCE_KEY}", "${sample.MANY_SOURCE_KEY}"] }}`],
		['comma-separated keys', `={{ "${sample.SOURCE_KEY}, ${sample.MANY_SOURCE_KEY}" }}`],
	])('an expression giving %s', async (_case, sources) => {
		const { items, error } = await hrflow.run({ operation: 'getMany', sources, limit: 5 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(sentSources()).toEqual([sample.SOURCE_KEY, sample.MANY_SOURCE_KEY]);
	});

	test.each([
		['nothing picked', [], 'Parameter "Source Names or IDs" is required'],
		['an expression giving an empty list', '={{ [] }}', 'Sources is empty'],
		['a key that is not 40 hex', '={{ ["careers"] }}', 'Sources "careers" is not an HrFlow key'],
	])('%s fails before any request', async (_case, sources, message) => {
		const { error } = await hrflow.run({ operation: 'getMany', sources, limit: 5 });
		expect(error?.message).toContain(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Profile › Get Many: page 2 of 3 comes back empty: page 3 is still read', async () => {
		hrflow.emulator.quirks.emptyPages = [2];
		const { items, error } = await hrflow.runV1({
			operation: 'getMany',
			sourceKeys: sample.MANY_SOURCE_KEY,
			returnAll: true,
		});
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2', '3']);
		expect(items).toHaveLength(sample.MANY_PROFILES - 100);
		expect(items.at(-1)?.json.reference).toBe('MANY-001');
	});

	test('an empty last page ends the paging, and so does an empty page without meta.maxPage', async () => {
		hrflow.emulator.quirks.emptyPages = [3];
		const last = await hrflow.runV1({
			operation: 'getMany',
			sourceKeys: sample.MANY_SOURCE_KEY,
			returnAll: true,
		});
		expect(last.items).toHaveLength(200);
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2', '3']);
		hrflow.emulator.requests.length = 0;
		hrflow.emulator.quirks = { emptyPages: [2], noMaxPage: true };
		const unknown = await hrflow.runV1({
			operation: 'getMany',
			sourceKeys: sample.MANY_SOURCE_KEY,
			returnAll: true,
		});
		expect(unknown.items).toHaveLength(100);
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2']);
	});
});
