// Job › Create (version 2) through n8n's engine against the emulator's boards: the job HrFlow gets
// from fields or JSON, bad input, a key that may not write.

import { sample, useHrFlow } from '../harness/hrflow';
import { jobWrites, received, seniorDataEngineer } from '../harness/writes';

const hrflow = useHrFlow();
const { run } = jobWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

describe('Create', () => {
	test('from fields: the job HrFlow gets, and the created job as the item', async () => {
		const { items, error } = await run({ operation: 'create', ...seniorDataEngineer });
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['POST /v1/job/indexing']);
		expect(bodyOf(0)).toEqual({
			name: 'Senior Data Engineer',
			reference: 'REQ-17',
			summary: 'Streaming pipelines at scale.',
			url: 'https://careers.example.com/jobs/17',
			location: { text: 'Lyon, France', lat: null, lng: null },
			skills: ['Python', 'SQL', 'Kafka'].map((name) => ({ name, type: 'hard', value: null })),
			tags: [{ name: 'team', value: 'data' }],
			metadatas: [{ name: 'salary_range', value: '55-65k' }],
			sections: [
				{
					name: 'requirements',
					title: 'What you bring',
					description: '5 years of data engineering',
				},
			],
			created_at: '2026-11-01T10:00:00.000Z',
			board_key: sample.BOARD_KEY,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			key: expect.stringMatching(/^[0-9a-f]{40}$/),
			reference: 'REQ-17',
			board_key: sample.BOARD_KEY,
			board: { key: sample.BOARD_KEY },
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		// Found afterwards by Get.
		const found = await run({
			operation: 'get',
			jobIdentifierType: 'reference',
			jobReference: 'REQ-17',
			simplify: true,
		});
		expect(found.items[0].json).toMatchObject({
			name: 'Senior Data Engineer',
			skills: ['Python', 'SQL', 'Kafka'],
			location: 'Lyon, France',
			board: 'Open positions',
		});
	});

	test.each([
		['an object', '={{ { "name": "Analyst", "reference": "REQ-1" } }}'],
		['JSON text', '{ "name": "Analyst", "reference": "REQ-1" }'],
	])('from JSON given as %s: the whole job object, with the board', async (_case, jobJson) => {
		const { error } = await run({ operation: 'create', jobDefinition: 'json', jobJson });
		expect(error).toBeUndefined();
		expect(bodyOf(0)).toEqual({ name: 'Analyst', reference: 'REQ-1', board_key: sample.BOARD_KEY });
	});

	test.each([
		[
			'a name that resolves to nothing (fields)',
			{ jobDefinition: 'fields', name: '={{ $json.title }}' },
			'Name is empty',
		],
		[
			'JSON that is a list',
			{ jobDefinition: 'json', jobJson: '[{ "name": "Analyst" }]' },
			'Job JSON must be a JSON object, not a list',
		],
		[
			'JSON that does not parse',
			{ jobDefinition: 'json', jobJson: '{ name: Analyst }' },
			'Job JSON is not valid JSON',
		],
		[
			'JSON without a name',
			{ jobDefinition: 'json', jobJson: '{ "reference": "REQ-1" }' },
			'Job JSON has no name',
		],
		[
			'a tag without a name',
			{ ...seniorDataEngineer, jobFields: { tags: { tag: [{ name: '', value: 'x' }] } } },
			'Tag 1 › Name is empty',
		],
		[
			'a board key that is not 40 hex',
			{
				...seniorDataEngineer,
				board: { __rl: true, mode: 'id', value: '={{ "open-positions" }}' },
			},
			'Board "open-positions" is not an HrFlow key',
		],
		[
			'a Created At that is not a date',
			{ ...seniorDataEngineer, jobFields: { createdAt: '={{ "soon" }}' } },
			'Created At "soon" is not a date',
		],
	])('%s fails before any request, naming the field', async (_case, parameters, message) => {
		const { error } = await run({ operation: 'create', ...parameters });
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('a read key: HrFlow\'s 401 "for permission: write", the key redacted, and a hint that the key may not write', async () => {
		const { error } = await run(
			{ operation: 'create', ...seniorDataEngineer },
			[{}],
			undefined,
			'hrflow',
		);
		expect(error?.message).toBe(
			'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write',
		);
		expect(error?.description).toContain('This API key may not write');
		expect(error?.httpCode).toBe('401');
	});
});
