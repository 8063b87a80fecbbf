// Profile › Search (version 2) through n8n's engine against the emulator: filters as HrFlow takes
// them, pages, and pages HrFlow answers empty while meta.maxPage says more follow.

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { shortPages } from '../harness/pages';

const hrflow = useHrFlow();
const requests = (path: string) =>
	hrflow.emulator.requests.filter((request) => request.path === path);
const { archive, firstKeys, pagesOf } = shortPages(hrflow);
const searchProfiles = {
	resource: 'profile',
	operation: 'search',
	sources: [sample.MANY_SOURCE_KEY],
	returnAll: true,
};

test('Profile › Search: keywords as a JSON array, other filters by name; one item per profile over pages', async () => {
	const { items, error } = await hrflow.run({
		resource: 'profile',
		operation: 'search',
		sources: [sample.MANY_SOURCE_KEY],
		returnAll: true,
		options: { keywords: 'python, kafka', createdAfter: '2020-01-01T00:00:00Z' },
	});
	expect(error).toBeUndefined();
	// Bits 0 and 2 of the profile's index set (index 5 or 7 modulo 8): 57 of the 230.
	expect(items.length).toBe(57);
	expect(items.every((item) => JSON.stringify(item.json.skills).includes('Kafka'))).toBe(true);
	expect(queryOf(requests('/v1/profiles/searching')[0])).toMatchObject({
		text_keywords: JSON.stringify(['python', 'kafka']),
		created_at_min: '2020-01-01T00:00:00.000Z',
		page: '1',
		limit: '100',
	});
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Profile › Search: the first 100 found archived: pages 2 and 3 are still read', async () => {
		const all = await firstKeys(searchProfiles, sample.MANY_PROFILES);
		archive(all.slice(0, 100));
		const { items, error } = await hrflow.run(searchProfiles);
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/profiles/searching')).toEqual(['1', '2', '3']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(100));
	});
});
