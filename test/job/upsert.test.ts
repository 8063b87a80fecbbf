// Job › Create or Update (version 2) through n8n's engine against the emulator's boards, by Job
// Reference: both branches, its error branch, and everything HrFlow holds kept on update.

import { sample, useHrFlow } from '../harness/hrflow';
import { jobWrites, received, richJob, withoutDates } from '../harness/writes';

const hrflow = useHrFlow();
const { run, createRich, given, stored } = jobWrites(hrflow);
const { bodyOf, calls } = received(hrflow);

describe('Create or Update, by Job Reference', () => {
	const upsert = (reference: string, summary: string) => ({
		operation: 'upsert',
		jobReference: reference,
		jobDefinition: 'fields',
		name: `Job ${reference}`,
		jobFields: { summary },
	});

	test('no job with that reference: GET then POST, and the output says "created"', async () => {
		const { items } = await run(upsert('REQ-20', 'First version'));
		expect(calls()).toEqual(['GET /v1/job/indexing', 'POST /v1/job/indexing']);
		expect(bodyOf(1)).toEqual({
			name: 'Job REQ-20',
			summary: 'First version',
			board_key: sample.BOARD_KEY,
			reference: 'REQ-20',
		});
		expect(items.map((item) => [item.json.action, item.json.reference, item.pairedItem])).toEqual([
			['created', 'REQ-20', { item: 0 }],
		]);
	});

	test('a job with that reference: GET then PUT with its key, and the output says "updated"; never a duplicate', async () => {
		const [key] = await given('REQ-20');
		const { items } = await run(upsert('REQ-20', 'Second version'));
		expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
		expect(bodyOf(1)).toMatchObject({
			key,
			summary: 'Second version',
			board_key: sample.BOARD_KEY,
		});
		expect(items[0].json).toMatchObject({ action: 'updated', key, summary: 'Second version' });
		const listed = await run({ operation: 'getMany', boards: [sample.BOARD_KEY], returnAll: true });
		expect(listed.items.map((item) => item.json.reference)).toEqual(['REQ-20']);
	});

	test('any other error stands: an unknown board is not "no such job", nothing is created', async () => {
		const { error } = await run({
			...upsert('REQ-20', 'x'),
			board: { __rl: true, mode: 'id', value: 'e'.repeat(40) },
		});
		expect(error).toMatchObject({
			message: 'HrFlow error 400: Invalid parameters. Unable to find object: board',
			httpCode: '400',
		});
		expect(calls()).toEqual(['GET /v1/job/indexing']);
	});

	test('several items, each its own branch, with Continue (using error output) for a failing one', async () => {
		await given('REQ-1');
		const { items, errorItems } = await run(
			{
				operation: 'upsert',
				jobReference: '={{ $json.ref }}',
				jobDefinition: 'fields',
				name: '={{ $json.title }}',
				jobFields: {},
			},
			[
				{ ref: 'REQ-1', title: 'Analyst' },
				{ ref: 'REQ-2', title: '' },
				{ ref: 'REQ-3', title: 'Designer' },
			],
			{ onError: 'continueErrorOutput' },
		);
		expect(items.map((item) => [item.json.reference, item.json.action, item.pairedItem])).toEqual([
			['REQ-1', 'updated', { item: 0 }],
			['REQ-3', 'created', { item: 2 }],
		]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Name is empty', { item: 1 }],
		]);
	});
});

test('Create or Update, found: one GET, one PUT of the whole job; Name given, the rest kept; "updated"', async () => {
	const before = await createRich();
	const { items, error } = await run({
		operation: 'upsert',
		jobReference: richJob.reference,
		jobDefinition: 'fields',
		name: 'Lead Data Engineer',
		jobFields: {},
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['GET /v1/job/indexing', 'PUT /v1/job/indexing']);
	expect(withoutDates(await stored())).toEqual(
		withoutDates({ ...before, name: 'Lead Data Engineer' }),
	);
	expect(items[0].json).toMatchObject({
		action: 'updated',
		key: before.key,
		sections: richJob.sections,
	});
});
