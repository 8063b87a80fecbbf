// Profile › Update and Create or Update keep everything HrFlow holds. The sandbox's PUT replaces
// the stored profile with the body (the strictest reading of HrFlow's docs), so a field the node
// does not send back is lost here as it would be on HrFlow.

import type { IDataObject, INode } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const source = { __rl: true, mode: 'list', value: sample.SOURCE_KEY, cachedResultName: 'Sandbox candidates' };
const run = async (parameters: IDataObject, input: IDataObject[] = [{}], settings?: Partial<INode>) =>
	await hrflow.run({ source, ...parameters }, input, settings, 'readWrite');
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);
const putBody = () => JSON.parse(hrflow.emulator.requests.find((request) => request.method === 'PUT')!.body!.toString('utf8')) as IDataObject;

/** A profile with every part HrFlow stores, coordinates and a soft skill with a value included. */
const rich = {
	reference: 'ATS-7001',
	info: {
		full_name: 'Marie Curie',
		first_name: 'Marie',
		last_name: 'Curie',
		email: 'marie@example.com',
		phone: '+33 1 00 00 00 00',
		date_birth: '1867-11-07',
		location: { text: 'Paris, France', lat: 48.8566, lng: 2.3522 },
		urls: [{ type: 'linkedin', url: 'https://linkedin.example.com/marie' }],
		summary: 'Physicist and chemist',
		gender: 'female',
	},
	text: 'Marie Curie. Physicist, Paris.',
	experiences: [{ title: 'Professor', company: 'Sorbonne', date_start: '1906-01-01', date_end: null, description: 'Physics chair' }],
	educations: [{ title: 'Licence', school: 'Sorbonne', date_start: '1891-01-01', date_end: '1894-01-01' }],
	skills: [
		{ name: 'Radiochemistry', type: 'hard', value: 'expert' },
		{ name: 'Perseverance', type: 'soft', value: null },
	],
	languages: [{ name: 'French', value: 'native' }, { name: 'Polish', value: 'native' }],
	interests: [{ name: 'Cycling', value: null }],
	tags: [{ name: 'channel', value: 'referral' }, { name: 'stage', value: 'interview' }],
	metadatas: [{ name: 'notice_period', value: '30' }, { name: 'salary', value: '60k' }],
};

/** The rich profile, created in the sandbox; the requests made so far forgotten. */
async function richProfile(): Promise<IDataObject> {
	const { items, error } = await run({ operation: 'create', profileDefinition: 'json', profileJson: JSON.stringify(rich) });
	expect(error).toBeUndefined();
	hrflow.emulator.requests.length = 0;
	return items[0].json;
}

/** The profile as HrFlow holds it now, by reference. */
async function stored(reference = rich.reference): Promise<IDataObject> {
	const { items, error } = await run({ operation: 'get', identifierType: 'reference', profileReference: reference });
	expect(error).toBeUndefined();
	return items[0].json;
}

const withoutDates = ({ updated_at: _updated, ...profile }: IDataObject) => profile;

describe('Update keeps what HrFlow holds', () => {
	test.each([
		['by key', (key: string) => ({ identifierType: 'key', profileKey: key })],
		['by reference', () => ({ identifierType: 'reference', profileReference: rich.reference })],
	])('Email alone, %s: GET, then PUT of the whole profile; every other field is still there', async (_by, identify) => {
		const before = await richProfile();
		const { items, error } = await run({ operation: 'update', ...identify(String(before.key)), profileDefinition: 'fields', profileFields: { email: 'marie.curie@example.com' } });
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
		expect(putBody()).toMatchObject({ key: before.key, source_key: sample.SOURCE_KEY, experiences: rich.experiences, info: { ...rich.info, email: 'marie.curie@example.com' } });
		const after = await stored();
		expect(withoutDates(after)).toEqual(withoutDates({ ...before, info: { ...(before.info as IDataObject), email: 'marie.curie@example.com' } }));
		expect(withoutDates(items[0].json)).toEqual(withoutDates(after));
		expect(items[0].pairedItem).toEqual({ item: 0 });
	});

	test('Fields: tags and metadatas merge by name, skills by name (a held skill keeps its type and value), Location with the same text keeps its coordinates', async () => {
		await richProfile();
		const { error } = await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: rich.reference,
			profileDefinition: 'fields',
			profileFields: {
				location: 'Paris, France',
				skills: 'radiochemistry, Physics',
				tags: { tag: [{ name: 'stage', value: 'hired' }, { name: 'team', value: 'lab' }] },
				metadatas: { metadata: [{ name: 'salary', value: '65k' }] },
			},
		});
		expect(error).toBeUndefined();
		const after = await stored();
		expect(after.tags).toEqual([{ name: 'channel', value: 'referral' }, { name: 'stage', value: 'hired' }, { name: 'team', value: 'lab' }]);
		expect(after.metadatas).toEqual([{ name: 'notice_period', value: '30' }, { name: 'salary', value: '65k' }]);
		expect(after.skills).toEqual([...rich.skills, { name: 'Physics', type: 'hard', value: null }]);
		expect((after.info as IDataObject).location).toEqual(rich.info.location);
	});

	test('Fields: a Location with another text drops the old coordinates', async () => {
		await richProfile();
		await run({ operation: 'update', identifierType: 'reference', profileReference: rich.reference, profileFields: { location: 'Warsaw, Poland' } });
		expect(((await stored()).info as IDataObject).location).toEqual({ text: 'Warsaw, Poland', lat: null, lng: null });
	});

	test('First Name alone: the full name follows the merged first and last names', async () => {
		await richProfile();
		await run({ operation: 'update', identifierType: 'reference', profileReference: rich.reference, profileFields: { firstName: 'Maria' } });
		expect((putBody().info as IDataObject).full_name).toBe('Maria Curie');
		expect((await stored()).info).toMatchObject({ first_name: 'Maria', last_name: 'Curie', full_name: 'Maria Curie', email: rich.info.email });
	});

	test('Last Name alone on a sample profile: "Jane Doe-Martin", not "Doe-Martin"', async () => {
		await run({ operation: 'update', identifierType: 'key', profileKey: jane.key, profileFields: { lastName: 'Doe-Martin' } });
		expect((await stored(jane.reference)).info).toMatchObject({ first_name: 'Jane', last_name: 'Doe-Martin', full_name: 'Jane Doe-Martin', email: jane.email });
	});

	test('JSON: objects merge key by key, a list given replaces that list (how entries are removed), lists not given are kept', async () => {
		await richProfile();
		const { error } = await run({
			operation: 'update',
			identifierType: 'reference',
			profileReference: rich.reference,
			profileDefinition: 'json',
			profileJson: '={{ { "info": { "phone": "+33 6 11 11 11 11", "location": { "text": "Paris, France" } }, "tags": [], "skills": [{ "name": "Physics", "type": "hard", "value": null }] } }}',
		});
		expect(error).toBeUndefined();
		const after = await stored();
		expect(after.info).toEqual({ ...rich.info, phone: '+33 6 11 11 11 11' });
		expect(after.tags).toEqual([]);
		expect(after.skills).toEqual([{ name: 'Physics', type: 'hard', value: null }]);
		expect(after.metadatas).toEqual(rich.metadatas);
		expect(after.experiences).toEqual(rich.experiences);
	});

	test('by reference, with a new Reference: the new reference is written, the old one finds nothing', async () => {
		const before = await richProfile();
		const { items, error } = await run({ operation: 'update', identifierType: 'reference', profileReference: rich.reference, profileFields: { reference: 'ATS-7002' } });
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
		expect(queryOf(hrflow.emulator.requests[1])).toEqual({ source_key: sample.SOURCE_KEY, reference: 'ATS-7002' });
		expect(putBody()).toMatchObject({ key: before.key, reference: 'ATS-7002' });
		expect(items[0].json).toMatchObject({ key: before.key, reference: 'ATS-7002' });
		expect((await stored('ATS-7002')).key).toBe(before.key);
		const old = await run({ operation: 'get', identifierType: 'reference', profileReference: rich.reference });
		expect(old.error?.message).toBe('HrFlow error 400: Unable to find object: profile');
	});

	test.each([
		['continueRegularOutput', (items: IDataObject[]) => items],
		['continueErrorOutput', (_items: IDataObject[], errors: IDataObject[]) => errors],
	])('a new Reference another profile holds fails the item before any write (%s); the other items go on', async (onError, failed) => {
		await richProfile();
		const { items, errorItems } = await run(
			{ operation: 'update', identifierType: 'reference', profileReference: '={{ $json.ref }}', profileFields: { reference: '={{ $json.newRef }}', phone: '1' } },
			[{ ref: rich.reference, newRef: jane.reference }, { ref: jane.reference, newRef: jane.reference }],
			{ onError: onError as INode['onError'] },
		);
		const errors = failed(items as IDataObject[], (errorItems ?? []) as IDataObject[]) as Array<{ json: IDataObject; pairedItem: unknown }>;
		const failure = errors.find((item) => item.json.error);
		expect(failure?.json.error).toBe(`Reference "${jane.reference}" is already used by another profile (key ${jane.key})`);
		expect(failure?.pairedItem).toEqual({ item: 0 });
		expect(hrflow.emulator.requests.filter((request) => request.method === 'PUT')).toHaveLength(1);
		expect((await stored()).info).toMatchObject({ phone: rich.info.phone });
		expect((await stored(jane.reference)).info).toMatchObject({ phone: '1', email: jane.email });
	});
});

describe('Create or Update keeps what HrFlow holds', () => {
	test('found: one GET, one PUT of the whole profile with the given fields merged; the output says "updated"', async () => {
		const before = await richProfile();
		const { items, error } = await run({ operation: 'upsert', profileReference: rich.reference, profileDefinition: 'fields', profileFields: { email: 'marie.curie@example.com', tags: { tag: [{ name: 'stage', value: 'offer' }] } } });
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'PUT /v1/profile/indexing']);
		const after = await stored();
		expect(withoutDates(after)).toEqual(
			withoutDates({ ...before, info: { ...(before.info as IDataObject), email: 'marie.curie@example.com' }, tags: [rich.tags[0], { name: 'stage', value: 'offer' }] }),
		);
		expect(items[0].json).toMatchObject({ action: 'updated', key: before.key, experiences: rich.experiences });
	});

	test('not found: one GET, one POST with the reference; the output says "created"', async () => {
		const { items } = await run({ operation: 'upsert', profileReference: 'ATS-7999', profileFields: { firstName: 'Irène' } });
		expect(calls()).toEqual(['GET /v1/profile/indexing', 'POST /v1/profile/indexing']);
		expect(items[0].json).toMatchObject({ action: 'created', reference: 'ATS-7999', info: { full_name: 'Irène' } });
	});
});
