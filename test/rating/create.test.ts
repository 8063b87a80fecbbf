// Rating › Create (version 2) through n8n's engine: the POST HrFlow gets (the score in place of
// Tracking's action), the score checked before any request, HrFlow's record as the item, both On
// Error modes.

import { jane, sample, useHrFlow } from '../harness/hrflow';
import { byReferences, dataEngineer, feedback } from '../harness/feedback';

const hrflow = useHrFlow();
const { run, calls, bodyOf } = feedback(hrflow, 'rating');

test("Create by references: one POST /rating with the score as a number, the role, the profile and the job; HrFlow's record as one item", async () => {
	const { items, error } = await run({
		operation: 'create',
		score: 0.8,
		role: 'manager',
		...byReferences,
		additionalFields: { comment: '4 stars' },
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['POST /v1/rating']);
	expect(bodyOf(0)).toEqual({
		score: 0.8,
		role: 'manager',
		source_key: sample.SOURCE_KEY,
		board_key: sample.ENGINEERING_BOARD_KEY,
		profile_reference: jane.reference,
		job_reference: dataEngineer.reference,
		comment: '4 stars',
	});
	expect(bodyOf(0)).not.toHaveProperty('action');
	expect(items).toEqual([
		{
			json: expect.objectContaining({ score: 0.8, role: 'manager', profile_key: jane.key }),
			pairedItem: { item: 0 },
		},
	]);
});

test.each([
	['0 and 1 themselves', '={{ $json.stars / 5 }}', [{ stars: 0 }, { stars: 5 }], [0, 1]],
	[
		'numeric text from an expression',
		'={{ $json.score }}',
		[{ score: '0.6' }, { score: ' 1 ' }],
		[0.6, 1],
	],
])('Score: %s', async (_what, score, input, sent) => {
	const { error } = await run({ operation: 'create', score, ...byReferences }, input);
	expect(error).toBeUndefined();
	expect([bodyOf(0).score, bodyOf(1).score].sort()).toEqual(sent);
});

describe('a score HrFlow would not take fails naming Score, with how stars map, before any request', () => {
	test.each([
		['above 1', '={{ 4 }}', 'Score must be a number from 0 to 1, not 4'],
		['below 0', '={{ -0.2 }}', 'Score must be a number from 0 to 1, not -0.2'],
		['text', '={{ "great" }}', 'Score must be a number from 0 to 1, not "great"'],
		['a boolean', '={{ true }}', 'Score must be a number from 0 to 1, not true'],
		['a list', '={{ [0.5] }}', 'Score must be a number from 0 to 1, not [0.5]'],
	])('%s', async (_what, score, message) => {
		const { error } = await run({ operation: 'create', score, ...byReferences });
		expect(error?.message).toBe(message);
		expect(error?.description).toContain('5 stars = 1, 4 stars = 0.8');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test("HrFlow's error is kept, with what to check: an unknown job reference; Continue (using regular output) gives the item", async () => {
	const { items, error } = await run(
		{ operation: 'create', score: 1, ...byReferences, jobReference: 'ENG-404' },
		[{}],
		{ onError: 'continueRegularOutput' },
	);
	expect(error).toBeUndefined();
	expect(items).toEqual([
		{
			json: {
				error: 'HrFlow error 400: Invalid parameters. Unable to find object: job',
				description: expect.stringContaining('Check the Board and the Job Key or Job Reference'),
				httpCode: '400',
			},
			pairedItem: { item: 0 },
		},
	]);
});

test('a read key may not write: Continue (using error output) puts the item on the error output, linked to its input', async () => {
	const { items, errorItems } = await run(
		{ operation: 'create', score: 0.4, ...byReferences },
		[{ id: 9 }],
		{ onError: 'continueErrorOutput' },
		'hrflow',
	);
	expect(items).toEqual([]);
	expect(errorItems).toEqual([
		{
			json: {
				id: 9,
				error:
					'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
				details: expect.objectContaining({ httpCode: '401' }),
			},
			pairedItem: { item: 0 },
		},
	]);
});
