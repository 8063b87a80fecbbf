// Job › Update (version 2) through n8n's engine against the emulator's boards: by key or reference;
// the job read, then PUT whole, so everything HrFlow holds is kept (test/harness/writes.ts).

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { jobWrites, received, richJob, withoutDates } from '../harness/writes';

const hrflow = useHrFlow();
const { run, createRich, given, stored } = jobWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

describe('Update', () => {
	test.each([
		[
			'key',
			(key: string) => ({ jobIdentifierType: 'key', jobKey: key }),
			(key: string) => ({ key }),
		],
		[
			'reference',
			() => ({ jobIdentifierType: 'reference', jobReference: 'REQ-17' }),
			() => ({ reference: 'REQ-17' }),
		],
	])(
		'by %s: the job is read, then PUT whole with only the given fields changed',
		async (_by, identify, selector) => {
			const [key] = await given('REQ-17');
			const { items, error } = await run({
				operation: 'update',
				...identify(key),
				jobDefinition: 'fields',
				jobFields: { summary: 'Now remote-friendly.' },
			});
			expect(error).toBeUndefined();
			expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
			expect(queryOf(hrflow.emulator.requests[0])).toEqual({
				board_key: sample.BOARD_KEY,
				...selector(key),
			});
			expect(bodyOf(1)).toMatchObject({
				key,
				name: 'Job REQ-17',
				summary: 'Now remote-friendly.',
				board_key: sample.BOARD_KEY,
				url: 'https://careers.example.com/jobs/17',
			});
			expect(items[0].json).toMatchObject({
				key,
				name: 'Job REQ-17',
				summary: 'Now remote-friendly.',
				url: 'https://careers.example.com/jobs/17',
			});
		},
	);

	test("a job that does not exist: HrFlow's 400, with the job hint", async () => {
		const { error } = await run({
			operation: 'update',
			jobIdentifierType: 'reference',
			jobReference: 'REQ-404',
			jobFields: { summary: 'x' },
		});
		expect(error).toMatchObject({
			message: 'HrFlow error 400: Unable to find object: job',
			httpCode: '400',
		});
		expect(error?.description).toContain('No job matches this board');
	});
});

test('Update of the Summary alone: GET, then PUT of the whole job; sections, skills, location, tags, metadatas, url and ranges are still there', async () => {
	const before = await createRich();
	const { items, error } = await run({
		operation: 'update',
		jobIdentifierType: 'key',
		jobKey: before.key,
		jobDefinition: 'fields',
		jobFields: { summary: 'Now remote-friendly.' },
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
	const after = await stored();
	expect(withoutDates(after)).toEqual(withoutDates({ ...before, summary: 'Now remote-friendly.' }));
	expect(withoutDates(items[0].json)).toEqual(withoutDates(after));
});

test('Fields: sections, tags and metadatas merge by name, skills by name, Location with the same text keeps its coordinates', async () => {
	await createRich();
	const { error } = await run({
		operation: 'update',
		jobIdentifierType: 'reference',
		jobReference: richJob.reference,
		jobFields: {
			location: 'Lyon, France',
			skills: 'kafka, Spark',
			sections: { section: [{ name: 'perks', title: 'Perks', description: 'Four-day week' }] },
			tags: { tag: [{ name: 'remote', value: 'full' }] },
			metadatas: { metadata: [{ name: 'recruiter', value: 'Ines' }] },
		},
	});
	expect(error).toBeUndefined();
	const after = await stored();
	expect(after.sections).toEqual([
		richJob.sections[0],
		{ name: 'perks', title: 'Perks', description: 'Four-day week' },
	]);
	expect(after.tags).toEqual([richJob.tags[0], { name: 'remote', value: 'full' }]);
	expect(after.metadatas).toEqual([...richJob.metadatas, { name: 'recruiter', value: 'Ines' }]);
	expect(after.skills).toEqual([...richJob.skills, { name: 'Spark', type: 'hard', value: null }]);
	expect(after.location).toEqual(richJob.location);
	expect(after).toMatchObject({
		name: richJob.name,
		url: richJob.url,
		ranges_float: richJob.ranges_float,
		languages: richJob.languages,
	});
});

test('JSON: a list given replaces that list, the others are kept; the location merges key by key', async () => {
	await createRich();
	const { error } = await run({
		operation: 'update',
		jobIdentifierType: 'reference',
		jobReference: richJob.reference,
		jobDefinition: 'json',
		jobJson: '{ "sections": [], "location": { "text": "Lyon, France" } }',
	});
	expect(error).toBeUndefined();
	const after = await stored();
	expect(after.sections).toEqual([]);
	expect(after).toMatchObject({
		location: richJob.location,
		skills: richJob.skills,
		tags: richJob.tags,
		summary: richJob.summary,
	});
});
