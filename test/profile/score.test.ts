// Profile › Score Profiles for a Job (version 2) through n8n's engine against the emulator, whose
// scores come from the skills a profile shares with a job, so the order is known; pages HrFlow
// answers empty while meta.maxPage says more follow, and predictions that do not pair with records.

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { dataEngineer, scoreProfiles } from '../harness/matching';
import { shortPages } from '../harness/pages';

const hrflow = useHrFlow();
const requests = (path: string) =>
	hrflow.emulator.requests.filter((request) => request.path === path);
const { archive, firstKeys, pagesOf } = shortPages(hrflow);

describe('Profile › Score Profiles for a Job', () => {
	test('Return All over three pages: one item per profile, best first, with its score (predictions[i][1]), linked to the input', async () => {
		const { items, error } = await hrflow.run(scoreProfiles({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(sample.MANY_PROFILES);
		const scores = items.map((item) => item.json.score as number);
		expect(scores[0]).toBeCloseTo(5 / 6);
		expect(scores.at(-1)).toBeCloseTo(1 / 6);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(requests('/v1/profiles/scoring').map(queryOf)).toEqual(
			[1, 2, 3].map((page) => ({
				source_keys: JSON.stringify([sample.MANY_SOURCE_KEY]),
				board_key: sample.ENGINEERING_BOARD_KEY,
				job_key: dataEngineer.key,
				algorithm_key: 'algo-skills',
				use_algorithm: '1',
				sort_by: 'scoring',
				page: String(page),
				limit: '100',
			})),
		);
		// The best profile has all four of the job's skills.
		expect((items[0].json.skills as Array<{ name: string }>).map((skill) => skill.name)).toEqual(
			expect.arrayContaining(['Python', 'SQL', 'Kafka', 'Spark']),
		);
	});

	test('a limit that ends mid-page stops there', async () => {
		const { items } = await hrflow.run(scoreProfiles({ returnAll: false, limit: 150 }));
		expect(items).toHaveLength(150);
		expect(requests('/v1/profiles/scoring').map((request) => queryOf(request).page)).toEqual([
			'1',
			'2',
		]);
	});

	test('the job by reference: sent as job_reference with its board, no lookup first', async () => {
		const { items, error } = await hrflow.run(
			scoreProfiles({
				jobIdentifierType: 'reference',
				jobReference: 'ENG-1',
				limit: 3,
				simplify: true,
				options: { stage: 'new' },
			}),
		);
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual([
			'/v1/profiles/scoring',
		]);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			source_keys: JSON.stringify([sample.MANY_SOURCE_KEY]),
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_reference: 'ENG-1',
			algorithm_key: 'algo-skills',
			use_algorithm: '1',
			sort_by: 'scoring',
			stage: 'new',
			page: '1',
			limit: '3',
		});
		// The same ranking as by key: HrFlow found the job by its reference.
		const byKey = await hrflow.run(scoreProfiles({ limit: 3, simplify: true }));
		expect(items.map((item) => item.json)).toEqual(byKey.items.map((item) => item.json));
		expect(Object.keys(items[0].json).sort()).toEqual([
			'attachments',
			'email',
			'key',
			'location',
			'metadatas',
			'name',
			'phone',
			'reference',
			'score',
			'skills',
			'summary',
			'tags',
		]);
	});

	test("a reference that matches no job: HrFlow's error from the one scoring request", async () => {
		const { error } = await hrflow.run(
			scoreProfiles({ jobIdentifierType: 'reference', jobReference: 'ENG-404' }),
		);
		expect(error).toMatchObject({
			message: 'HrFlow error 400: Unable to find object: job',
			httpCode: '400',
		});
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual([
			'/v1/profiles/scoring',
		]);
		expect(queryOf(hrflow.emulator.requests[0])).toMatchObject({ job_reference: 'ENG-404' });
		expect(queryOf(hrflow.emulator.requests[0])).not.toHaveProperty('job_key');
	});

	test.each([
		['an empty algorithm key', { algorithmKey: '={{ "" }}' }, 'Algorithm Key is empty'],
		['no sources', { sources: '={{ [] }}' }, 'Sources is empty'],
		['a job key that is not 40 hex', { jobKey: 'ENG-1' }, 'Job Key "eng-1" is not an HrFlow key'],
		[
			'a stage HrFlow does not know',
			{ options: { stage: '={{ "maybe" }}' } },
			'Stage "maybe" is not one of new, yes, later or no',
		],
		['a limit of 0', { limit: 0 }, 'Limit must be a whole number of at least 1, not 0'],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await hrflow.run(scoreProfiles(extra));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('Continue (using error output): the failing input item to the error output, the others scored', async () => {
		const { items, errorItems } = await hrflow.run(
			scoreProfiles({ jobIdentifierType: 'reference', jobReference: '={{ $json.job }}', limit: 2 }),
			[{ job: 'ENG-1' }, { job: 'ENG-404' }],
			{ onError: 'continueErrorOutput' },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['HrFlow error 400: Unable to find object: job', { item: 1 }],
		]);
	});
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Profile › Score: the best 100 archived, page 1 comes back empty: pages 2 and 3 are still read', async () => {
		const all = await firstKeys(scoreProfiles({ returnAll: true }), sample.MANY_PROFILES);
		archive(all.slice(0, 100));
		const { items, error } = await hrflow.run(scoreProfiles({ returnAll: true }));
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/profiles/scoring')).toEqual(['1', '2', '3']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(100));
		expect(
			items.every(
				(item) =>
					typeof item.json.score === 'number' && (item.pairedItem as { item: number }).item === 0,
			),
		).toBe(true);
	});
});

describe('scoring: predictions[i] belongs to record i, or the item fails', () => {
	test('a page with fewer predictions than profiles fails the item, saying so; no score is attached', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items, error } = await hrflow.run(scoreProfiles({ returnAll: false, limit: 5 }));
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'HrFlow answered page 1 with 5 profiles but 4 predictions: the predictions and the records differ in number, so no score can be paired with its record',
		);
	});
});
