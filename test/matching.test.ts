// Scoring, searching and asking (version 2) through n8n's engine against the emulator, whose
// scores come from the skills a profile shares with a job, so the order is known.

import { NodeHelpers } from 'n8n-workflow';
import type { IDataObject, INode, INodeProperties } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from './harness/hrflow';
import { dataEngineer, engineering, sandbox, scoreProfiles } from './harness/matching';

const hrflow = useHrFlow();
const run = async (parameters: IDataObject, input: IDataObject[] = [{}], settings?: Partial<INode>) => await hrflow.run(parameters, input, settings);
const requests = (path: string) => hrflow.emulator.requests.filter((request) => request.path === path);


describe('Profile › Score Profiles for a Job', () => {
	test('Return All over three pages: one item per profile, best first, with its score (predictions[i][1]), linked to the input', async () => {
		const { items, error } = await run(scoreProfiles({ returnAll: true }));
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
		expect((items[0].json.skills as Array<{ name: string }>).map((skill) => skill.name)).toEqual(expect.arrayContaining(['Python', 'SQL', 'Kafka', 'Spark']));
	});

	test('a limit that ends mid-page stops there', async () => {
		const { items } = await run(scoreProfiles({ returnAll: false, limit: 150 }));
		expect(items).toHaveLength(150);
		expect(requests('/v1/profiles/scoring').map((request) => queryOf(request).page)).toEqual(['1', '2']);
	});

	test('the job by reference: resolved to its key first with GET /job/indexing', async () => {
		const { items, error } = await run(scoreProfiles({ jobIdentifierType: 'reference', jobReference: 'ENG-1', limit: 3, simplify: true, options: { stage: 'new' } }));
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/job/indexing', '/v1/profiles/scoring']);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({ board_key: sample.ENGINEERING_BOARD_KEY, reference: 'ENG-1' });
		expect(queryOf(hrflow.emulator.requests[1])).toMatchObject({ job_key: dataEngineer.key, stage: 'new', limit: '3' });
		expect(Object.keys(items[0].json).sort()).toEqual(['attachments', 'email', 'key', 'location', 'metadatas', 'name', 'phone', 'reference', 'score', 'skills', 'summary', 'tags']);
	});

	test('a reference that matches no job: HrFlow\'s error, and no scoring request', async () => {
		const { error } = await run(scoreProfiles({ jobIdentifierType: 'reference', jobReference: 'ENG-404' }));
		expect(error).toMatchObject({ message: 'HrFlow error 400: Unable to find object: job', httpCode: '400' });
		expect(requests('/v1/profiles/scoring')).toHaveLength(0);
	});

	test.each([
		['an empty algorithm key', { algorithmKey: '={{ "" }}' }, 'Algorithm Key is empty'],
		['no sources', { sources: '={{ [] }}' }, 'Sources is empty'],
		['a job key that is not 40 hex', { jobKey: 'ENG-1' }, 'Job Key "eng-1" is not an HrFlow key'],
		['a stage HrFlow does not know', { options: { stage: '={{ "maybe" }}' } }, 'Stage "maybe" is not one of new, yes, later or no'],
		['a limit of 0', { limit: 0 }, 'Limit must be a whole number of at least 1, not 0'],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await run(scoreProfiles(extra));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('Continue (using error output): the failing input item to the error output, the others scored', async () => {
		const { items, errorItems } = await run(
			scoreProfiles({ jobIdentifierType: 'reference', jobReference: '={{ $json.job }}', limit: 2 }),
			[{ job: 'ENG-1' }, { job: 'ENG-404' }],
			{ onError: 'continueErrorOutput' },
		);
		expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([['HrFlow error 400: Unable to find object: job', { item: 1 }]]);
	});
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

	test('the profile by reference, resolved first; one item per job, best first, with its score', async () => {
		const { items, error } = await run(scoreJobs());
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map((request) => request.path)).toEqual(['/v1/profile/indexing', '/v1/jobs/scoring']);
		expect(queryOf(hrflow.emulator.requests[1])).toMatchObject({ board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]), source_key: sample.SOURCE_KEY, profile_key: jane.key });
		// Jane: Python, Kafka, SQL.
		expect(items.map((item) => [item.json.name, Number(item.json.score).toFixed(2)])).toEqual([
			['Data Engineer', '0.67'],
			['Backend Engineer', '0.40'],
			['Product Designer', '0.25'],
		]);
	});

	test('a profile by email is refused before any request', async () => {
		const { error } = await run(scoreJobs({ identifierType: 'email', profileEmail: jane.email }));
		expect(error?.message).toContain('finds the profile by key or reference');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

describe('Search', () => {
	test('Profile › Search: keywords as a JSON array, other filters by name; one item per profile over pages', async () => {
		const { items, error } = await run({
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
		expect(queryOf(requests('/v1/profiles/searching')[0])).toMatchObject({ text_keywords: JSON.stringify(['python', 'kafka']), created_at_min: '2020-01-01T00:00:00.000Z', page: '1', limit: '100' });
	});

	test('Job › Search offers no Email or Stage (profile filters); a saved workflow that still holds them does not send them; the dates go out as full ISO instants', async () => {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { HrFlow } = require('../nodes/HrFlow/HrFlow.node') as typeof import('../nodes/HrFlow/HrFlow.node');
		// What the editor offers: the Options shown for (resource, search), and their entries shown there.
		const description = new HrFlow().nodeVersions[2].description;
		const optionsOf = (resource: string) => {
			const root = { resource, operation: 'search' };
			const node = { typeVersion: 2, parameters: root } as unknown as INode;
			return description.properties
				.filter((property) => property.name === 'options' && NodeHelpers.displayParameter(root, property, node, description))
				.flatMap((property) => (property.options as INodeProperties[]).filter((option) => NodeHelpers.displayParameter({}, option, node, description, root)))
				.map((option) => option.name);
		};
		expect(optionsOf('job').sort()).toEqual(['createdAfter', 'createdBefore', 'keywords', 'name']);
		expect(optionsOf('profile')).toEqual(expect.arrayContaining(['email', 'stage']));
		const { items, error } = await run({
			resource: 'job',
			operation: 'search',
			boards: [sample.ENGINEERING_BOARD_KEY],
			limit: 10,
			options: { email: 'jane.doe@example.com', stage: 'yes', createdAfter: '2026-10-01T10:30:00+02:00', createdBefore: '2026-10-03T09:00:00.250Z' },
		});
		expect(error).toBeUndefined();
		expect(queryOf(requests('/v1/jobs/searching')[0])).toEqual({
			board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
			created_at_min: '2026-10-01T08:30:00.000Z',
			created_at_max: '2026-10-03T09:00:00.250Z',
			page: '1',
			limit: '10',
		});
		expect(items.map((item) => item.json.reference).sort()).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
	});

	test('Job › Search with Simplify', async () => {
		const { items } = await run({ resource: 'job', operation: 'search', boards: [sample.ENGINEERING_BOARD_KEY], simplify: true, limit: 10, options: { keywords: '={{ ["sql"] }}' } });
		expect(items.map((item) => item.json.name).sort()).toEqual(['Backend Engineer', 'Data Engineer']);
	});
});

describe('Ask', () => {
	test('Profile › Ask: one request per question, each a one-question JSON array; the answers paired with their question', async () => {
		const { items, error } = await run({
			resource: 'profile',
			operation: 'ask',
			source: sandbox,
			identifierType: 'reference',
			profileReference: jane.reference,
			questions: ["What is the candidate's notice period?", 'What are the skills, in short?'],
		});
		expect(error).toBeUndefined();
		expect(requests('/v1/profile/asking').map((request) => JSON.parse(queryOf(request).questions))).toEqual([
			["What is the candidate's notice period?"],
			['What are the skills, in short?'],
		]);
		expect(items).toEqual([
			{
				json: {
					answers: [
						{ question: "What is the candidate's notice period?", answer: '1 month' },
						{ question: 'What are the skills, in short?', answer: 'python, kafka, sql' },
					],
				},
				pairedItem: { item: 0 },
			},
		]);
	});

	test('Job › Ask, the questions from an expression', async () => {
		const { items } = await run({
			resource: 'job',
			operation: 'ask',
			board: engineering,
			jobIdentifierType: 'reference',
			jobReference: 'ENG-1',
			questions: '={{ ["What does the job do?"] }}',
		});
		expect(items[0].json).toEqual({ answers: [{ question: 'What does the job do?', answer: 'Streaming pipelines.' }] });
	});

	test.each([
		['no question', { questions: '={{ [] }}' }, 'Questions is empty'],
		['a profile by email', { identifierType: 'email', profileEmail: jane.email }, 'not by email'],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await run({ resource: 'profile', operation: 'ask', source: sandbox, identifierType: 'key', profileKey: jane.key, questions: ['x?'], ...extra });
		expect(error?.message).toContain(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});
