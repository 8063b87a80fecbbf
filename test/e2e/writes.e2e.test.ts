// Writing back in a real n8n: the shipped example "Sync jobs from a spreadsheet" run twice (the
// second run updates, never duplicates), and a profile Create or Update from an ATS-like record.

import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { jane, n8n, outputOf, sample, useRealN8n } from './real-n8n';
import type { Execution } from './real-n8n';
import { hrflowWorkflow } from './workflows';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js');
const root = path.resolve(__dirname, '..', '..');

const atsRecords = [
	{
		candidate_id: jane.reference,
		first_name: 'Jane',
		last_name: 'Doe-Martin',
		email: jane.email,
		phone: '+33 6 00 00 00 01',
	},
	{
		candidate_id: 'ATS-9001',
		first_name: 'Alan',
		last_name: 'Turing',
		email: 'alan.turing@example.com',
		phone: '+44 20 0000 0000',
	},
];

const real = useRealN8n(() => [
	setup.loadExample(path.join(root, 'examples', 'sync-jobs-from-a-spreadsheet.json')),
	hrflowWorkflow('e2eProfileUpsrt', atsRecords, [
		{
			name: 'HrFlow',
			typeVersion: 2,
			credentialId: 'e2eWrite',
			parameters: {
				operation: 'upsert',
				source: {
					__rl: true,
					mode: 'list',
					value: sample.SOURCE_KEY,
					cachedResultName: 'Sandbox candidates',
				},
				profileReference: '={{ $json.candidate_id }}',
				profileDefinition: 'fields',
				profileFields: {
					firstName: '={{ $json.first_name }}',
					lastName: '={{ $json.last_name }}',
					email: '={{ $json.email }}',
					phone: '={{ $json.phone }}',
				},
			},
		},
	]),
]);

const jobsOf = (execution: Execution) =>
	outputOf(execution, 'List the board').map((item) => item.json as IDataObject);

test('example "Sync jobs from a spreadsheet", run twice: the first run creates, the second updates, never a duplicate', async () => {
	const first = await real.execute('hrflowExample0004');
	expect(first.result.error).toBeUndefined();
	expect(
		outputOf(first, 'Create or update the job').map((item) => [
			item.json.action,
			item.json.reference,
			item.pairedItem,
		]),
	).toEqual([
		['created', 'REQ-2026-017', { item: 0 }],
		['created', 'REQ-2026-021', { item: 1 }],
		['created', 'REQ-2026-030', { item: 2 }],
	]);
	const created = jobsOf(first);
	expect(created.map((job) => job.reference).sort()).toEqual([
		'REQ-2026-017',
		'REQ-2026-021',
		'REQ-2026-030',
	]);

	// The same rows again, without resetting the sandbox: n8n's CLI against the same emulator state.
	real.emulator.requests.length = 0;
	const second = (await n8n.executeWorkflow(real.env, 'hrflowExample0004')) as Execution;
	expect(second.result.error).toBeUndefined();
	expect(outputOf(second, 'Create or update the job').map((item) => item.json.action)).toEqual([
		'updated',
		'updated',
		'updated',
	]);
	const afterwards = jobsOf(second);
	expect(afterwards).toHaveLength(3);
	expect(afterwards.map((job) => job.key).sort()).toEqual(created.map((job) => job.key).sort());
	// Each row: one lookup and one update, no creation.
	const methods = real.emulator.requests
		.filter((request) => request.path === '/v1/job/indexing')
		.map((request) => request.method);
	expect(methods.sort()).toEqual(['GET', 'GET', 'GET', 'PUT', 'PUT', 'PUT']);
	expect(afterwards.find((job) => job.reference === 'REQ-2026-017')).toMatchObject({
		name: 'Senior Data Engineer',
		location: { text: 'Lyon, France' },
		skills: [{ name: 'Python' }, { name: 'SQL' }, { name: 'Kafka' }],
	});
});

test('a profile Create or Update from ATS-like records: the known candidate updated, the new one created', async () => {
	const execution = await real.execute('e2eProfileUpsrt');
	expect(execution.result.error).toBeUndefined();
	expect(
		outputOf(execution, 'HrFlow').map((item) => [
			item.json.action,
			item.json.reference,
			(item.json.info as IDataObject).full_name,
			item.pairedItem,
		]),
	).toEqual([
		['updated', jane.reference, 'Jane Doe-Martin', { item: 0 }],
		['created', 'ATS-9001', 'Alan Turing', { item: 1 }],
	]);
});
