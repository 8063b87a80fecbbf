// Profile › Find Similar Profiles (version 2) through n8n's engine against the emulator, whose
// similarity is the share of the reference profile's skills another profile has, smoothed, so the
// order is known: GET /profiles/matching page after page, sorted by score, the reference sent as
// given; one item per profile with its score (predictions[i][1]), linked to its input item.

import type { IDataObject } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const requests = () =>
	hrflow.emulator.requests.filter((request) => request.path === '/v1/profiles/matching');
const many = { __rl: true, mode: 'id', value: sample.MANY_SOURCE_KEY };
// Candidate 16 has Python, SQL, Kafka and Spark (the many profiles' skills are the bits of their index).
const reference = 'MANY-016';
const referenceKey = sample.sampleData().sources[sample.MANY_SOURCE_KEY].profiles[15].key;

const findSimilar = (extra: IDataObject = {}): IDataObject => ({
	operation: 'findSimilar',
	sources: [sample.MANY_SOURCE_KEY],
	source: many,
	identifierType: 'reference',
	profileReference: reference,
	...extra,
});

describe('Profile › Find Similar Profiles', () => {
	test('Return All over three pages: one item per profile, most similar first, with its score, each linked to the input', async () => {
		const { items, error } = await hrflow.run(findSimilar({ returnAll: true }));
		expect(error).toBeUndefined();
		// Every other profile of the source: not the reference itself.
		expect(items).toHaveLength(sample.MANY_PROFILES - 1);
		expect(items.map((item) => item.json.key)).not.toContain(referenceKey);
		const scores = items.map((item) => item.json.score as number);
		expect(scores[0]).toBeCloseTo(5 / 6);
		expect(scores.at(-1)).toBeCloseTo(1 / 6);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(hrflow.emulator.requests.map(queryOf)).toEqual(
			[1, 2, 3].map((page) => ({
				source_key: sample.MANY_SOURCE_KEY,
				profile_reference: reference,
				source_keys: JSON.stringify([sample.MANY_SOURCE_KEY]),
				sort_by: 'scoring',
				page: String(page),
				limit: '100',
			})),
		);
	});

	test('a limit that ends mid-page stops there; by key, profile_key is sent', async () => {
		const { items } = await hrflow.run(
			findSimilar({ identifierType: 'key', profileKey: referenceKey, limit: 150 }),
		);
		expect(items).toHaveLength(150);
		expect(requests().map(queryOf)).toEqual([
			expect.objectContaining({ profile_key: referenceKey, page: '1', limit: '100' }),
			expect.objectContaining({ profile_key: referenceKey, page: '2', limit: '100' }),
		]);
		expect(requests().every((request) => !('profile_reference' in request.query))).toBe(true);
	});

	test('several input items: each its own reference profile and sources, its items linked to it', async () => {
		const { items, error } = await hrflow.run(
			findSimilar({
				sources: '={{ $json.sources }}',
				source: { __rl: true, mode: 'id', value: '={{ $json.source }}' },
				profileReference: '={{ $json.reference }}',
				limit: '={{ $json.limit }}',
				simplify: true,
			}),
			[
				{ sources: sample.MANY_SOURCE_KEY, source: sample.MANY_SOURCE_KEY, reference, limit: 2 },
				{
					sources: [sample.SOURCE_KEY, sample.MANY_SOURCE_KEY],
					source: sample.SOURCE_KEY,
					reference: jane.reference,
					limit: 3,
				},
			],
		);
		expect(error).toBeUndefined();
		expect(items.map((item) => item.pairedItem)).toEqual([
			{ item: 0 },
			{ item: 0 },
			{ item: 1 },
			{ item: 1 },
			{ item: 1 },
		]);
		expect(queryOf(requests()[1])).toMatchObject({
			source_key: sample.SOURCE_KEY,
			profile_reference: jane.reference,
			source_keys: JSON.stringify([sample.SOURCE_KEY, sample.MANY_SOURCE_KEY]),
		});
		// Simplified, with the score.
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
		// Jane has Python, Kafka and SQL: the best have all three.
		expect(items.slice(2).map((item) => item.json.score)).toEqual([0.8, 0.8, 0.8]);
	});

	test('a page with fewer predictions than profiles fails the item, as Score does; no score is attached', async () => {
		hrflow.emulator.quirks.predictionsShort = true;
		const { items, error } = await hrflow.run(findSimilar({ limit: 5 }));
		expect(items).toEqual([]);
		expect(error?.message).toBe(
			'HrFlow answered page 1 with 5 profiles but 4 predictions: the predictions and the records differ in number, so no score can be paired with its record',
		);
	});

	test('an answer without predictions: the profiles, each with score null', async () => {
		hrflow.emulator.quirks.noPredictions = true;
		const { items, error } = await hrflow.run(findSimilar({ limit: 3 }));
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.score)).toEqual([null, null, null]);
		expect(items.every((item) => typeof item.json.key === 'string')).toBe(true);
	});

	test.each([
		['no sources', { sources: '={{ [] }}' }, 'Sources is empty'],
		[
			'a source to look in that is no key',
			{ sources: '={{ "abc" }}' },
			'Sources "abc" is not an HrFlow key',
		],
		[
			'the reference profile by email',
			{ identifierType: 'email', profileEmail: jane.email },
			'Find Similar Profiles finds the reference profile by key or reference: HrFlow matches a profile found by key or reference, not by email',
		],
		[
			'a Profile Key that is no HrFlow key',
			{ identifierType: 'key', profileKey: 'MANY-016' },
			'Profile Key "many-016" is not an HrFlow key',
		],
		[
			'Profile Reference as an object',
			{ profileReference: '={{ { id: 1 } }}' },
			'Profile Reference must be text, not an object',
		],
		['a limit of 0', { limit: 0 }, 'Limit must be a whole number of at least 1, not 0'],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await hrflow.run(findSimilar(extra));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test.each([
		[
			'a reference no profile has',
			{ profileReference: 'MANY-999' },
			'HrFlow error 400: Unable to find object: profile',
			'No profile matches this source and identifier',
		],
		[
			'a source to look in that HrFlow does not know',
			{ sources: ['e'.repeat(40)] },
			'HrFlow error 400: Invalid parameters. Unable to find object: source',
			'No source matches this Source Key',
		],
	])(
		"%s: HrFlow's error and code kept, with what to check",
		async (_case, extra, message, hint) => {
			const { error } = await hrflow.run(findSimilar(extra));
			expect(error).toMatchObject({ message, httpCode: '400' });
			expect(error?.description).toContain(hint);
		},
	);

	test('Continue (using error output): the failing input item to the error output, the others found', async () => {
		const { items, errorItems } = await hrflow.run(
			findSimilar({ profileReference: '={{ $json.reference }}', limit: 2 }),
			[{ reference }, { reference: 'MANY-999' }],
			{ onError: 'continueErrorOutput' },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['HrFlow error 400: Unable to find object: profile', { item: 1 }],
		]);
	});
});
