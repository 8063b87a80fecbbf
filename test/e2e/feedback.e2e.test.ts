// HrFlow's feedback loop in a real n8n: the shipped examples "Teach HrFlow your hiring decisions"
// (stage changes from an ATS → Tracking › Create by references → Tracking › Get Many) and "Best
// candidates for a new job, with reasons" (Job › Create → Score → Grade the top ones).

import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { outputOf, sample, useRealN8n } from './real-n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js');
const root = path.resolve(__dirname, '..', '..');
const example = (name: string) => setup.loadExample(path.join(root, 'examples', name));

const real = useRealN8n(() => [
	example('teach-hrflow-your-hiring-decisions.json'),
	example('best-candidates-for-a-new-job.json'),
]);

const bodyOf = (request: { body?: Buffer }) =>
	JSON.parse(request.body?.toString('utf8') ?? '{}') as IDataObject;

test('example "Teach HrFlow your hiring decisions": each stage change is one tracking, by the ATS references, and Get Many lists them', async () => {
	const execution = await real.execute('hrflowExample0007');
	expect(execution.result.error).toBeUndefined();
	const posted = real.emulator.requests.filter((request) => request.path === '/v1/tracking');
	expect(posted.map(bodyOf)).toEqual([
		expect.objectContaining({
			action: 'apply',
			role: 'recruiter',
			source_key: sample.SOURCE_KEY,
			profile_reference: 'ATS-1042',
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_reference: 'ENG-1',
			author_email: 'recruiter@example.com',
		}),
		expect.objectContaining({ action: 'interview', profile_reference: 'ATS-2077' }),
		expect.objectContaining({ action: 'hire', profile_reference: 'ATS-1042' }),
	]);
	// References go as HrFlow's own parameters: no lookup of the profile or the job first.
	expect(real.emulator.requests.filter((request) => /indexing/.test(request.path))).toHaveLength(0);
	const recorded = outputOf(execution, 'Record the stage in HrFlow');
	expect(recorded.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }, { item: 2 }]);
	const learned = outputOf(execution, 'What HrFlow has learned').map(
		(item) => item.json as IDataObject,
	);
	expect(learned.map((tracking) => tracking.action).sort()).toEqual(['apply', 'hire', 'interview']);
});

test('example "Best candidates for a new job, with reasons": the new job scored by reference, the top three graded, each with its reasons', async () => {
	const execution = await real.execute('hrflowExample0008');
	expect(execution.result.error).toBeUndefined();
	const shortlist = outputOf(execution, 'Shortlist with reasons').map(
		(item) => item.json as IDataObject,
	);
	expect(shortlist).toHaveLength(3);
	const scores = shortlist.map((line) => line.score as number);
	expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	for (const line of shortlist) {
		expect(line).toMatchObject({
			job: 'Data Platform Engineer',
			candidate: expect.stringMatching(/^Candidate \d+$/),
			grade: expect.any(Number),
			reasons: expect.stringMatching(/^Has (Python|SQL|Kafka|Spark)/),
		});
	}
	// Scoring by the new job's reference: one scoring request, no lookup of the job.
	const scoring = real.emulator.requests.filter(
		(request) => request.path === '/v1/profiles/scoring',
	);
	expect(scoring).toHaveLength(1);
	expect(scoring[0].query.job_reference).toEqual(['ENG-42']);
	expect(real.emulator.requests.filter((request) => request.path === '/v1/job/indexing')).toEqual([
		expect.objectContaining({ method: 'POST' }),
	]);
	// One grading request per candidate, each by references.
	const grading = real.emulator.requests.filter(
		(request) => request.path === '/v1/profile/grading',
	);
	expect(grading).toHaveLength(3);
	expect(grading.map((request) => request.query.job_reference)).toEqual([
		['ENG-42'],
		['ENG-42'],
		['ENG-42'],
	]);
	expect(grading.map((request) => request.query.algorithm_key[0])).toEqual(
		Array(3).fill('grader-hrflow-profiles'),
	);
});
