// Job › Update and Create or Update keep everything HrFlow holds. The sandbox's PUT replaces the
// stored job with the body (the strictest reading of HrFlow's docs).

import type { IDataObject } from 'n8n-workflow';

import { sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const board = { __rl: true, mode: 'list', value: sample.BOARD_KEY, cachedResultName: 'Open positions' };
const run = async (parameters: IDataObject) => await hrflow.run({ resource: 'job', board, ...parameters }, [{}], undefined, 'readWrite');
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);

/** A job with every part HrFlow stores, coordinates included. */
const rich = {
	name: 'Senior Data Engineer',
	reference: 'REQ-90',
	url: 'https://careers.example.com/jobs/90',
	summary: 'Streaming pipelines at scale.',
	location: { text: 'Lyon, France', lat: 45.764, lng: 4.8357 },
	sections: [
		{ name: 'requirements', title: 'What you bring', description: '5 years of data engineering' },
		{ name: 'perks', title: 'What we offer', description: 'Remote Fridays' },
	],
	skills: [{ name: 'Kafka', type: 'hard', value: 'advanced' }, { name: 'Mentoring', type: 'soft', value: null }],
	languages: [{ name: 'English', value: 'fluent' }],
	tags: [{ name: 'team', value: 'data' }, { name: 'remote', value: 'partial' }],
	metadatas: [{ name: 'salary_range', value: '55-65k' }],
	ranges_float: [{ name: 'salary', value_min: 55000, value_max: 65000, unit: 'EUR' }],
	ranges_date: [{ name: 'start', value_min: '2027-01-01', value_max: '2027-03-01' }],
};

async function richJob(): Promise<IDataObject> {
	const { items, error } = await run({ operation: 'create', jobDefinition: 'json', jobJson: JSON.stringify(rich) });
	expect(error).toBeUndefined();
	hrflow.emulator.requests.length = 0;
	return items[0].json;
}

async function stored(): Promise<IDataObject> {
	const { items, error } = await run({ operation: 'get', jobIdentifierType: 'reference', jobReference: rich.reference });
	expect(error).toBeUndefined();
	return items[0].json;
}

const withoutDates = ({ updated_at: _updated, ...job }: IDataObject) => job;

test('Update of the Summary alone: GET, then PUT of the whole job; sections, skills, location, tags, metadatas, url and ranges are still there', async () => {
	const before = await richJob();
	const { items, error } = await run({ operation: 'update', jobIdentifierType: 'key', jobKey: before.key, jobDefinition: 'fields', jobFields: { summary: 'Now remote-friendly.' } });
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
	const after = await stored();
	expect(withoutDates(after)).toEqual(withoutDates({ ...before, summary: 'Now remote-friendly.' }));
	expect(withoutDates(items[0].json)).toEqual(withoutDates(after));
});

test('Fields: sections, tags and metadatas merge by name, skills by name, Location with the same text keeps its coordinates', async () => {
	await richJob();
	const { error } = await run({
		operation: 'update',
		jobIdentifierType: 'reference',
		jobReference: rich.reference,
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
	expect(after.sections).toEqual([rich.sections[0], { name: 'perks', title: 'Perks', description: 'Four-day week' }]);
	expect(after.tags).toEqual([rich.tags[0], { name: 'remote', value: 'full' }]);
	expect(after.metadatas).toEqual([...rich.metadatas, { name: 'recruiter', value: 'Ines' }]);
	expect(after.skills).toEqual([...rich.skills, { name: 'Spark', type: 'hard', value: null }]);
	expect(after.location).toEqual(rich.location);
	expect(after).toMatchObject({ name: rich.name, url: rich.url, ranges_float: rich.ranges_float, languages: rich.languages });
});

test('JSON: a list given replaces that list, the others are kept; the location merges key by key', async () => {
	await richJob();
	const { error } = await run({ operation: 'update', jobIdentifierType: 'reference', jobReference: rich.reference, jobDefinition: 'json', jobJson: '{ "sections": [], "location": { "text": "Lyon, France" } }' });
	expect(error).toBeUndefined();
	const after = await stored();
	expect(after.sections).toEqual([]);
	expect(after).toMatchObject({ location: rich.location, skills: rich.skills, tags: rich.tags, summary: rich.summary });
});

test('Create or Update, found: one GET, one PUT of the whole job; Name given, the rest kept; "updated"', async () => {
	const before = await richJob();
	const { items, error } = await run({ operation: 'upsert', jobReference: rich.reference, jobDefinition: 'fields', name: 'Lead Data Engineer', jobFields: {} });
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
	expect(withoutDates(await stored())).toEqual(withoutDates({ ...before, name: 'Lead Data Engineer' }));
	expect(items[0].json).toMatchObject({ action: 'updated', key: before.key, sections: rich.sections });
});
