// Resource Job (version 2) through n8n's engine against the emulator's boards: Create (fields and
// JSON), Update, Create or Update (both branches and its error branch), Get, Get Many, Archive.

import type { IDataObject, INode } from 'n8n-workflow';

import { queryOf, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const board = { __rl: true, mode: 'list', value: sample.BOARD_KEY, cachedResultName: 'Open positions' };
const job = (parameters: Record<string, unknown>) => ({ resource: 'job', board, ...parameters });
const run = async (parameters: IDataObject, input: IDataObject[] = [{}], settings?: Partial<INode>, credential = 'readWrite') =>
	await hrflow.run(job(parameters), input, settings, credential);
const bodyOf = (index: number) => JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);

const dataEngineer = {
	jobDefinition: 'fields',
	name: 'Senior Data Engineer',
	jobFields: {
		reference: 'REQ-17',
		summary: 'Streaming pipelines at scale.',
		url: 'https://careers.example.com/jobs/17',
		location: 'Lyon, France',
		skills: 'Python, SQL , Kafka',
		tags: { tag: [{ name: 'team', value: 'data' }] },
		metadatas: { metadata: [{ name: 'salary_range', value: '55-65k' }] },
		sections: { section: [{ name: 'requirements', title: 'What you bring', description: '5 years of data engineering' }] },
		createdAt: '2026-11-01T10:00:00.000Z',
	},
};

describe('Create', () => {
	test('from fields: the job HrFlow gets, and the created job as the item', async () => {
		const { items, error } = await run({ operation: 'create', ...dataEngineer });
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
			sections: [{ name: 'requirements', title: 'What you bring', description: '5 years of data engineering' }],
			created_at: '2026-11-01T10:00:00.000Z',
			board_key: sample.BOARD_KEY,
		});
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({ key: expect.stringMatching(/^[0-9a-f]{40}$/), reference: 'REQ-17', board_key: sample.BOARD_KEY, board: { key: sample.BOARD_KEY } });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		// Found afterwards by Get.
		const found = await run({ operation: 'get', jobIdentifierType: 'reference', jobReference: 'REQ-17', simplify: true });
		expect(found.items[0].json).toMatchObject({ name: 'Senior Data Engineer', skills: ['Python', 'SQL', 'Kafka'], location: 'Lyon, France', board: 'Open positions' });
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
		['a name that resolves to nothing (fields)', { jobDefinition: 'fields', name: '={{ $json.title }}' }, 'Name is empty'],
		['JSON that is a list', { jobDefinition: 'json', jobJson: '[{ "name": "Analyst" }]' }, 'Job JSON must be a JSON object, not a list'],
		['JSON that does not parse', { jobDefinition: 'json', jobJson: '{ name: Analyst }' }, 'Job JSON is not valid JSON'],
		['JSON without a name', { jobDefinition: 'json', jobJson: '{ "reference": "REQ-1" }' }, 'Job JSON has no name'],
		['a tag without a name', { ...dataEngineer, jobFields: { tags: { tag: [{ name: '', value: 'x' }] } } }, 'Tag 1 › Name is empty'],
		['a board key that is not 40 hex', { ...dataEngineer, board: { __rl: true, mode: 'id', value: '={{ "open-positions" }}' } }, 'Board "open-positions" is not an HrFlow key'],
		['a Created At that is not a date', { ...dataEngineer, jobFields: { createdAt: '={{ "soon" }}' } }, 'Created At "soon" is not a date'],
	])('%s fails before any request, naming the field', async (_case, parameters, message) => {
		const { error } = await run({ operation: 'create', ...parameters });
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('a read key: HrFlow\'s 401 "for permission: write", the key redacted, and a hint that the key may not write', async () => {
		const { error } = await run({ operation: 'create', ...dataEngineer }, [{}], undefined, 'hrflow');
		expect(error?.message).toBe('HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write');
		expect(error?.description).toContain('This API key may not write');
		expect(error?.httpCode).toBe('401');
	});
});

/** Creates the jobs of `references` in the sample board; returns their keys. */
async function givenJobs(...references: string[]): Promise<string[]> {
	const keys: string[] = [];
	for (const reference of references) {
		const { items } = await run({ operation: 'create', ...dataEngineer, name: `Job ${reference}`, jobFields: { ...dataEngineer.jobFields, reference } });
		keys.push(String(items[0].json.key));
	}
	hrflow.emulator.requests.length = 0;
	return keys;
}

describe('Update', () => {
	test.each([
		['key', (key: string) => ({ jobIdentifierType: 'key', jobKey: key }), (key: string) => ({ key })],
		['reference', () => ({ jobIdentifierType: 'reference', jobReference: 'REQ-17' }), () => ({ reference: 'REQ-17' })],
	])('by %s: the job is read, then PUT whole with only the given fields changed', async (_by, identify, selector) => {
		const [key] = await givenJobs('REQ-17');
		const { items, error } = await run({ operation: 'update', ...identify(key), jobDefinition: 'fields', jobFields: { summary: 'Now remote-friendly.' } });
		expect(error).toBeUndefined();
		expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({ board_key: sample.BOARD_KEY, ...selector(key) });
		expect(bodyOf(1)).toMatchObject({ key, name: 'Job REQ-17', summary: 'Now remote-friendly.', board_key: sample.BOARD_KEY, url: 'https://careers.example.com/jobs/17' });
		expect(items[0].json).toMatchObject({ key, name: 'Job REQ-17', summary: 'Now remote-friendly.', url: 'https://careers.example.com/jobs/17' });
	});

	test('a job that does not exist: HrFlow\'s 400, with the job hint', async () => {
		const { error } = await run({ operation: 'update', jobIdentifierType: 'reference', jobReference: 'REQ-404', jobFields: { summary: 'x' } });
		expect(error).toMatchObject({ message: 'HrFlow error 400: Unable to find object: job', httpCode: '400' });
		expect(error?.description).toContain('No job matches this board');
	});
});

describe('Create or Update, by Job Reference', () => {
	const upsert = (reference: string, summary: string) => ({ operation: 'upsert', jobReference: reference, jobDefinition: 'fields', name: `Job ${reference}`, jobFields: { summary } });

	test('no job with that reference: GET then POST, and the output says "created"', async () => {
		const { items } = await run(upsert('REQ-20', 'First version'));
		expect(calls()).toEqual(['GET /v1/job/indexing', 'POST /v1/job/indexing']);
		expect(bodyOf(1)).toEqual({ name: 'Job REQ-20', summary: 'First version', board_key: sample.BOARD_KEY, reference: 'REQ-20' });
		expect(items.map((item) => [item.json.action, item.json.reference, item.pairedItem])).toEqual([['created', 'REQ-20', { item: 0 }]]);
	});

	test('a job with that reference: GET then PUT with its key, and the output says "updated"; never a duplicate', async () => {
		const [key] = await givenJobs('REQ-20');
		const { items } = await run(upsert('REQ-20', 'Second version'));
		expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
		expect(bodyOf(1)).toMatchObject({ key, summary: 'Second version', board_key: sample.BOARD_KEY });
		expect(items[0].json).toMatchObject({ action: 'updated', key, summary: 'Second version' });
		const listed = await run({ operation: 'getMany', boards: [sample.BOARD_KEY], returnAll: true });
		expect(listed.items.map((item) => item.json.reference)).toEqual(['REQ-20']);
	});

	test('any other error stands: an unknown board is not "no such job", nothing is created', async () => {
		const { error } = await run({ ...upsert('REQ-20', 'x'), board: { __rl: true, mode: 'id', value: 'e'.repeat(40) } });
		expect(error).toMatchObject({ message: 'HrFlow error 400: Invalid parameters. Unable to find object: board', httpCode: '400' });
		expect(calls()).toEqual(['GET /v1/job/indexing']);
	});

	test('several items, each its own branch, with Continue (using error output) for a failing one', async () => {
		await givenJobs('REQ-1');
		const { items, errorItems } = await run(
			{ operation: 'upsert', jobReference: '={{ $json.ref }}', jobDefinition: 'fields', name: '={{ $json.title }}', jobFields: {} },
			[{ ref: 'REQ-1', title: 'Analyst' }, { ref: 'REQ-2', title: '' }, { ref: 'REQ-3', title: 'Designer' }],
			{ onError: 'continueErrorOutput' },
		);
		expect(items.map((item) => [item.json.reference, item.json.action, item.pairedItem])).toEqual([
			['REQ-1', 'updated', { item: 0 }],
			['REQ-3', 'created', { item: 2 }],
		]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([['Name is empty', { item: 1 }]]);
	});
});

describe('Get, Get Many, Archive', () => {
	test('Get by key, the whole job; Simplify keeps the fields people use', async () => {
		const [key] = await givenJobs('REQ-5');
		const whole = await run({ operation: 'get', jobIdentifierType: 'key', jobKey: key });
		expect(whole.items[0].json).toMatchObject({ key, reference: 'REQ-5', board: { key: sample.BOARD_KEY, name: 'Open positions' }, sections: expect.any(Array) });
		expect(hrflow.emulator.requests[0].query).toEqual({ board_key: [sample.BOARD_KEY], key: [key] });
	});

	test('Get Many: return_job=true, one item per job over pages, linked to the input; archived jobs left out', async () => {
		const keys = await givenJobs(...Array.from({ length: 7 }, (_, i) => `REQ-${i + 1}`));
		await run({ operation: 'archive', jobIdentifierType: 'key', jobKey: keys[0] });
		hrflow.emulator.requests.length = 0;
		const { items } = await run({ operation: 'getMany', boards: '={{ $json.boards }}', limit: 4, options: { orderBy: 'asc' } }, [{ boards: [sample.BOARD_KEY] }]);
		expect(items.map((item) => item.json.reference)).toEqual(['REQ-2', 'REQ-3', 'REQ-4', 'REQ-5']);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(items[0].json).toMatchObject({ name: 'Job REQ-2', summary: expect.any(String) });
		expect(hrflow.emulator.requests[0].query).toMatchObject({ board_keys: [JSON.stringify([sample.BOARD_KEY])], return_job: ['true'], order_by: ['asc'] });
	});

	test('Archive: PATCH with is_archive 1, the key as the item', async () => {
		const [key] = await givenJobs('REQ-9');
		const { items } = await run({ operation: 'archive', jobIdentifierType: 'reference', jobReference: 'REQ-9' });
		expect(calls()).toEqual(['PATCH /v1/job/indexing/archive']);
		expect(bodyOf(0)).toEqual({ board_key: sample.BOARD_KEY, reference: 'REQ-9', is_archive: 1 });
		expect(items).toEqual([{ json: { key }, pairedItem: { item: 0 } }]);
	});

	test.each([
		['a job key that is not 40 hex', { operation: 'get', jobIdentifierType: 'key', jobKey: 'REQ-9' }, 'Job Key "req-9" is not an HrFlow key'],
		['an empty reference from an expression', { operation: 'archive', jobIdentifierType: 'reference', jobReference: '={{ "" }}' }, 'Job Reference is empty'],
		['no boards', { operation: 'getMany', boards: '={{ [] }}' }, 'Boards is empty'],
	])('%s fails before any request', async (_case, parameters, message) => {
		const { error } = await run(parameters);
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test('version 1 of the node offers no Job resource', async () => {
	const { HrFlow } = await import('../nodes/HrFlow/HrFlow.node');
	const resources = new HrFlow().nodeVersions[1].description.properties.filter((property) => property.name === 'resource');
	expect(resources.flatMap((property) => property.options ?? []).map((option) => (option as { value: string }).value)).toEqual(['profile']);
});
