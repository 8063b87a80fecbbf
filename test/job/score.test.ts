// Job › Score Jobs for a Profile (version 2) through n8n's engine against the emulator, whose scores
// come from the skills a profile shares with a job, so the order is known; pages HrFlow answers
// empty while meta.maxPage says more follow, and predictions that do not pair with records.

import type { IDataObject } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { sandbox } from '../harness/matching';
import { shortPages } from '../harness/pages';

const hrflow = useHrFlow();
const { archive, firstKeys, pagesOf } = shortPages(hrflow);
/** Job › Score Jobs for a Profile, Jane by key, two jobs a page (the short-page tests). */
const scoreJobsByKey = (extra: IDataObject = {}) => ({
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

describe('Job › Score Jobs for a Profile', () => {
	const scoreJobs = (extra: IDataObject = {}) => ({
		resource: 'job',
		operation: 'score',
		boards: [sample.ENGINEERING_BOARD_KEY],
		source: sandbox,
		identifierType: 'reference',
		profileReference: jane.reference,
		algorithmKey: 'algo-skills',
		returnAll: true,
		simplify: true,
		...extra,
	});

	test('the profile by reference: sent as profile_reference with its source, no lookup first; one item per job, best first, with its score', async () => {
		const { items, error } = await hrflow.run(scoreJobs());
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/jobs/scoring']);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
			source_key: sample.SOURCE_KEY,
			profile_reference: jane.reference,
			algorithm_key: 'algo-skills',
			use_algorithm: '1',
			sort_by: 'scoring',
			page: '1',
			limit: '100',
		});
		// Jane: Python, Kafka, SQL.
		expect(items.map((item) => [item.json.name, Number(item.json.score).toFixed(2)])).toEqual([
			['Data Engineer', '0.67'],
			['Backend Engineer', '0.40'],
			['Product Designer', '0.25'],
		]);
	});

	test("the profile by key: profile_key alone; a reference that matches no profile: HrFlow's error, one request", async () => {
		const { error } = await hrflow.run(scoreJobsByKey());
		expect(error).toBeUndefined();
		expect(queryOf(hrflow.emulator.requests[0])).toMatchObject({ profile_key: jane.key });
		expect(queryOf(hrflow.emulator.requests[0])).not.toHaveProperty('profile_reference');
		hrflow.emulator.requests.length = 0;
		const missing = await hrflow.run(scoreJobs({ profileReference: 'ATS-404' }));
		expect(missing.error).toMatchObject({
			message: 'HrFlow error 400: Unable to find object: profile',
			httpCode: '400',
		});
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/jobs/scoring']);
	});

	test('a profile by email is refused before any request', async () => {
		const { error } = await hrflow.run(
			scoreJobs({ identifierType: 'email', profileEmail: jane.email }),
		);
		expect(error?.message).toContain('finds the profile by key or reference');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Job › Score: the two best jobs archived, page 1 (limit 2) comes back empty: page 2 is still read', async () => {
		const all = await firstKeys(scoreJobsByKey({ returnAll: true }), 3);
		archive(all.slice(0, 2));
		const { items, error } = await hrflow.run(scoreJobsByKey());
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/jobs/scoring')).toEqual(['1', '2']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(2));
	});
});

describe('scoring: predictions[i] belongs to record i, or the item fails', () => {
	test('Job › Score, with Continue (using error output): the item goes to the error output, linked to its input', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items, errorItems } = await hrflow.run(scoreJobsByKey(), [{}], {
			onError: 'continueErrorOutput',
		});
		expect(items).toEqual([]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[
				'HrFlow answered page 1 with 2 jobs but 1 predictions: the predictions and the records differ in number, so no score can be paired with its record',
				{ item: 0 },
			],
		]);
	});

	test('Continue (using regular output): an error item linked to its input', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items } = await hrflow.run(scoreJobsByKey(), [{}], {
			onError: 'continueRegularOutput',
		});
		expect(items.map((item) => [String(item.json.error).slice(0, 40), item.pairedItem])).toEqual([
			['HrFlow answered page 1 with 2 jobs but 1', { item: 0 }],
		]);
	});
});
