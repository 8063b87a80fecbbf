// Pages HrFlow answers short or empty while meta.maxPage says more follow (its bug with archived
// records: searching, scoring and listing page over them, then leave them out), and scoring pages
// whose predictions do not pair with their records.

import type { IDataObject } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from './harness/hrflow';
import { sandbox, scoreProfiles } from './harness/matching';

const hrflow = useHrFlow();
const pagesOf = (path: string) => hrflow.emulator.requests.filter((request) => request.path === path).map((request) => queryOf(request).page);

const scoreJobs = (extra: IDataObject = {}) => ({
	resource: 'job',
	operation: 'score',
	boards: [sample.ENGINEERING_BOARD_KEY],
	source: sandbox,
	identifierType: 'key',
	profileKey: jane.key,
	algorithmKey: 'algo-skills',
	limit: 2,
	...extra,
});
const searchProfiles = { resource: 'profile', operation: 'search', sources: [sample.MANY_SOURCE_KEY], returnAll: true };
const searchJobs = { resource: 'job', operation: 'search', boards: [sample.ENGINEERING_BOARD_KEY], limit: 2 };

/** Archives, in the emulator, the records whose keys are given (as HrFlow's archive does). */
function archive(keys: unknown[]) {
	const records = [
		...Object.values(hrflow.emulator.sources).flatMap((source) => source.profiles),
		...Object.values((hrflow.emulator as unknown as { boards: Record<string, { jobs: IDataObject[] }> }).boards).flatMap((board) => board.jobs),
	];
	for (const record of records) if (keys.includes(record.key)) record.archived_at = '2026-11-01T00:00:00+0000';
	hrflow.emulator.requests.length = 0;
}

/** The keys of a run's first `count` items, before anything is archived. */
async function firstKeys(parameters: IDataObject, count: number): Promise<unknown[]> {
	const { items, error } = await hrflow.run(parameters);
	expect(error).toBeUndefined();
	return items.slice(0, count).map((item) => item.json.key);
}

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Profile › Score: the best 100 archived, page 1 comes back empty: pages 2 and 3 are still read', async () => {
		const all = await firstKeys(scoreProfiles({ returnAll: true }), sample.MANY_PROFILES);
		archive(all.slice(0, 100));
		const { items, error } = await hrflow.run(scoreProfiles({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/profiles/scoring')).toEqual(['1', '2', '3']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(100));
		expect(items.every((item) => typeof item.json.score === 'number' && (item.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	test('Job › Score: the two best jobs archived, page 1 (limit 2) comes back empty: page 2 is still read', async () => {
		const all = await firstKeys(scoreJobs({ returnAll: true }), 3);
		archive(all.slice(0, 2));
		const { items, error } = await hrflow.run(scoreJobs());
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/jobs/scoring')).toEqual(['1', '2']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(2));
	});

	test('Profile › Search: the first 100 found archived: pages 2 and 3 are still read', async () => {
		const all = await firstKeys(searchProfiles, sample.MANY_PROFILES);
		archive(all.slice(0, 100));
		const { items, error } = await hrflow.run(searchProfiles);
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/profiles/searching')).toEqual(['1', '2', '3']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(100));
	});

	test('Job › Search: the first two found archived: page 2 is still read', async () => {
		const all = await firstKeys({ ...searchJobs, limit: 3 }, 3);
		archive(all.slice(0, 2));
		const { items, error } = await hrflow.run(searchJobs);
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/jobs/searching')).toEqual(['1', '2']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(2));
	});

	test('Profile › Get Many: page 2 of 3 comes back empty: page 3 is still read', async () => {
		hrflow.emulator.quirks.emptyPages = [2];
		const { items, error } = await hrflow.runV1({ operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, returnAll: true });
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2', '3']);
		expect(items).toHaveLength(sample.MANY_PROFILES - 100);
		expect(items.at(-1)?.json.reference).toBe('MANY-001');
	});

	test('Job › Get Many: page 1 (limit 2) comes back empty: page 2 is still read', async () => {
		hrflow.emulator.quirks.emptyPages = [1];
		const { items, error } = await hrflow.run({ resource: 'job', operation: 'getMany', boards: [sample.ENGINEERING_BOARD_KEY], limit: 2 });
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/storing/jobs')).toEqual(['1', '2']);
		expect(items).toHaveLength(1);
	});

	test('an empty last page ends the paging, and so does an empty page without meta.maxPage', async () => {
		hrflow.emulator.quirks.emptyPages = [3];
		const last = await hrflow.runV1({ operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, returnAll: true });
		expect(last.items).toHaveLength(200);
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2', '3']);
		hrflow.emulator.requests.length = 0;
		hrflow.emulator.quirks = { emptyPages: [2], noMaxPage: true };
		const unknown = await hrflow.runV1({ operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, returnAll: true });
		expect(unknown.items).toHaveLength(100);
		expect(pagesOf('/v1/storing/profiles')).toEqual(['1', '2']);
	});
});

describe('scoring: predictions[i] belongs to record i, or the item fails', () => {
	test('a page with fewer predictions than profiles fails the item, saying so; no score is attached', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items, error } = await hrflow.run(scoreProfiles({ returnAll: false, limit: 5 }));
		expect(items).toEqual([]);
		expect(error?.message).toBe('HrFlow answered page 1 with 5 profiles but 4 predictions: the predictions and the records differ in number, so no score can be paired with its record');
	});

	test('Job › Score, with Continue (using error output): the item goes to the error output, linked to its input', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items, errorItems } = await hrflow.run(scoreJobs(), [{}], { onError: 'continueErrorOutput' });
		expect(items).toEqual([]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['HrFlow answered page 1 with 2 jobs but 1 predictions: the predictions and the records differ in number, so no score can be paired with its record', { item: 0 }],
		]);
	});

	test('Continue (using regular output): an error item linked to its input', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items } = await hrflow.run(scoreJobs(), [{}], { onError: 'continueRegularOutput' });
		expect(items.map((item) => [String(item.json.error).slice(0, 40), item.pairedItem])).toEqual([['HrFlow answered page 1 with 2 jobs but 1', { item: 0 }]]);
	});
});
