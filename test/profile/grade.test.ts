// Profile › Grade for a Job (version 2) through n8n's engine against the emulator, whose grade is
// the share of the job's skills the profile has, smoothed ((common + 1) / (job skills + 2)): one
// GET /profile/grading with exactly the grader and one identifier per side (references sent as
// given), the grade as a top-level score wherever HrFlow put it, bad input before any request.

import type { IDataObject } from 'n8n-workflow';

import { elodie, jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { dataEngineer, engineering, sandbox } from '../harness/matching';

const hrflow = useHrFlow();
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);

/** Jane (Python, Kafka, SQL) for the Data Engineer (Python, SQL, Kafka, Spark): (3 + 1) / (4 + 2). */
const JANE_FOR_DATA_ENGINEER = 4 / 6;

const gradeJane = (extra: IDataObject = {}): IDataObject => ({
	operation: 'grade',
	source: sandbox,
	identifierType: 'reference',
	profileReference: jane.reference,
	board: engineering,
	jobIdentifierType: 'reference',
	jobReference: 'ENG-1',
	algorithmKey: 'grader-hrflow-profiles',
	...extra,
});

describe('Profile › Grade for a Job', () => {
	test('by references: exactly one request, the references sent as given; the grade as the score of one item', async () => {
		const { items, error } = await hrflow.run(gradeJane());
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/grading']);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			algorithm_key: 'grader-hrflow-profiles',
			source_key: sample.SOURCE_KEY,
			profile_reference: jane.reference,
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_reference: 'ENG-1',
		});
		expect(items).toEqual([{ json: { score: JANE_FOR_DATA_ENGINEER }, pairedItem: { item: 0 } }]);
	});

	test('by keys: profile_key and job_key, nothing else', async () => {
		const { items } = await hrflow.run(
			gradeJane({
				identifierType: 'key',
				profileKey: kenji.key,
				jobIdentifierType: 'key',
				jobKey: dataEngineer.key,
				algorithmKey: '  1d07451c0f33091869bd3c6d336dfa4e5c63af74 ',
			}),
		);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({
			algorithm_key: '1d07451c0f33091869bd3c6d336dfa4e5c63af74',
			source_key: sample.SOURCE_KEY,
			profile_key: kenji.key,
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_key: dataEngineer.key,
		});
		// Kenji has none of the job's four skills.
		expect(items.map((item) => item.json.score)).toEqual([1 / 6]);
	});

	test("HrFlow's answer with the grade in data.data.score: the answer kept, the grade lifted to score", async () => {
		hrflow.emulator.quirks.gradingNested = true;
		const { items, error } = await hrflow.run(gradeJane());
		expect(error).toBeUndefined();
		expect(items).toEqual([
			{
				json: { data: { score: JANE_FOR_DATA_ENGINEER }, score: JANE_FOR_DATA_ENGINEER },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an answer with no grade in either place: the answer kept, score null', async () => {
		hrflow.emulator.failNext('/v1/profile/grading', 200, {
			code: 200,
			message: 'Profile grading results',
			data: { grades: [0.5] },
		});
		const { items } = await hrflow.run(gradeJane());
		expect(items.map((item) => item.json)).toEqual([{ grades: [0.5], score: null }]);
	});

	test('expressions in every field: each item its own profile, job and grader; a number as a reference is sent as text', async () => {
		const { items, error } = await hrflow.run(
			gradeJane({
				source: { __rl: true, mode: 'id', value: '={{ $json.source }}' },
				profileReference: '={{ $json.profile }}',
				board: { __rl: true, mode: 'id', value: '={{ $json.board }}' },
				jobReference: '={{ $json.job }}',
				algorithmKey: '={{ $json.grader }}',
			}),
			[
				{
					source: sample.SOURCE_KEY,
					profile: jane.reference,
					board: sample.ENGINEERING_BOARD_KEY,
					job: 'ENG-3',
					grader: 'grader-hrflow-profiles-recruiting',
				},
				{
					source: sample.SOURCE_KEY,
					profile: elodie.reference,
					board: sample.ENGINEERING_BOARD_KEY,
					job: 1042,
					grader: 'grader-hrflow-profiles',
				},
			],
			{ onError: 'continueRegularOutput' },
		);
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map(queryOf)).toEqual([
			expect.objectContaining({
				algorithm_key: 'grader-hrflow-profiles-recruiting',
				profile_reference: jane.reference,
				job_reference: 'ENG-3',
			}),
			expect.objectContaining({ profile_reference: elodie.reference, job_reference: '1042' }),
		]);
		// Jane has SQL of the Backend Engineer's Go, Java, SQL: (1 + 1) / (3 + 2).
		expect(items[0]).toEqual({ json: { score: 2 / 5 }, pairedItem: { item: 0 } });
		expect(items[1]).toMatchObject({
			json: { error: 'HrFlow error 400: Unable to find object: job' },
			pairedItem: { item: 1 },
		});
	});

	test.each([
		['an empty Algorithm Key', { algorithmKey: '={{ "" }}' }, 'Algorithm Key is empty'],
		['Algorithm Key as spaces', { algorithmKey: '={{ "   " }}' }, 'Algorithm Key is empty'],
		[
			'Algorithm Key as an object',
			{ algorithmKey: '={{ { name: "grader" } }}' },
			'Algorithm Key must be text, not an object',
		],
		[
			'the profile by email',
			{ identifierType: 'email', profileEmail: jane.email },
			'Grade for a Job finds the profile by key or reference: HrFlow grades a profile found by key or reference, not by email',
		],
		[
			'an empty Profile Reference',
			{ profileReference: '={{ $json.none }}' },
			'Profile Reference is empty',
		],
		[
			'a Job Key that is no HrFlow key',
			{ jobIdentifierType: 'key', jobKey: 'ENG-1' },
			'Job Key "eng-1" is not an HrFlow key',
		],
		[
			'Job Reference as a list',
			{ jobReference: '={{ ["ENG-1"] }}' },
			'Job Reference must be text, not a list',
		],
		['no Board', { board: { __rl: true, mode: 'id', value: '={{ "" }}' } }, 'Board is empty'],
	])('%s fails naming the field, before any request', async (_case, extra, message) => {
		const { error } = await hrflow.run(gradeJane(extra));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test.each([
		[
			'a profile reference no profile has',
			{ profileReference: 'ATS-404' },
			'HrFlow error 400: Unable to find object: profile',
			'No profile matches this source and identifier',
		],
		[
			'a job reference no job has',
			{ jobReference: 'ENG-404' },
			'HrFlow error 400: Unable to find object: job',
			'No job matches this board and key or reference',
		],
		[
			'a grader HrFlow does not know',
			{ algorithmKey: 'algo-skills' },
			'HrFlow error 400: Invalid parameters: unknown algorithm_key algo-skills',
			'HrFlow refused the request as it was sent',
		],
	])(
		"%s: HrFlow's error and code kept, with what to check",
		async (_case, extra, message, hint) => {
			const { error } = await hrflow.run(gradeJane(extra));
			expect(error).toMatchObject({ message, httpCode: '400' });
			expect(error?.description).toContain(hint);
			expect(calls()).toEqual(['GET /v1/profile/grading']);
		},
	);

	test('both On Error modes: the failing item linked to its input (regular output, then a write-only key to the error output), the others graded', async () => {
		const parameters = gradeJane({ profileReference: '={{ $json.profile }}' });
		const input = [{ profile: jane.reference }, { profile: 'ATS-404' }];
		const regular = await hrflow.run(parameters, input, { onError: 'continueRegularOutput' });
		expect(regular.items).toEqual([
			{ json: { score: JANE_FOR_DATA_ENGINEER }, pairedItem: { item: 0 } },
			{
				json: expect.objectContaining({
					error: 'HrFlow error 400: Unable to find object: profile',
					httpCode: '400',
				}),
				pairedItem: { item: 1 },
			},
		]);
		const errorOutput = await hrflow.run(
			gradeJane(),
			[{ id: 7 }],
			{ onError: 'continueErrorOutput' },
			'writeOnly',
		);
		expect(errorOutput.error).toBeUndefined();
		expect(errorOutput.items).toEqual([]);
		expect(errorOutput.errorItems).toEqual([
			{
				json: {
					id: 7,
					error: 'HrFlow error 403: Unauthorized. This API key has no read permission',
					details: expect.objectContaining({ httpCode: '403' }),
				},
				pairedItem: { item: 0 },
			},
		]);
	});
});
