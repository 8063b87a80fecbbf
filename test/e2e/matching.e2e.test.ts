// Matching in a real n8n: the shipped example "Shortlist candidates for a job" (Get Many jobs →
// Score Profiles for a Job, limit 5 → Ask each profile its notice period → a shortlist).

import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { outputOf, sample, useRealN8n } from './real-n8n';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js');
const root = path.resolve(__dirname, '..', '..');

const real = useRealN8n(() => [
	setup.loadExample(path.join(root, 'examples', 'shortlist-candidates-for-a-job.json')),
]);

test('example "Shortlist candidates for a job": five candidates per job, best first, each with the answer to the question', async () => {
	const execution = await real.execute('hrflowExample0005');
	expect(execution.result.error).toBeUndefined();
	const shortlist = outputOf(execution, 'Shortlist').map((item) => item.json as IDataObject);
	expect(shortlist).toHaveLength(10);
	expect([...new Set(shortlist.map((line) => line.job))]).toEqual([
		'Data Engineer',
		'Product Designer',
	]);
	for (const job of ['Data Engineer', 'Product Designer']) {
		const scores = shortlist.filter((line) => line.job === job).map((line) => line.score as number);
		expect([...scores].sort((a, b) => b - a)).toEqual(scores);
	}
	// The best Data Engineer candidates have all four of the job's skills.
	expect(shortlist[0]).toMatchObject({
		job: 'Data Engineer',
		score: 0.83,
		candidate: expect.stringMatching(/^Candidate \d+$/),
	});
	// Each answer is that candidate's own notice period (a metadata of the sample profiles).
	const many = sample.sampleData().sources[sample.MANY_SOURCE_KEY].profiles;
	for (const line of shortlist) {
		const profile = many.find((candidate) => candidate.email === line.email);
		expect(line.noticePeriod).toBe(
			profile?.metadatas.find((metadata) => metadata.name === 'notice_period')?.value,
		);
	}
	// One question per request: 10 asking requests, each with a one-question list.
	const asked = real.emulator.requests.filter((request) => request.path === '/v1/profile/asking');
	expect(asked).toHaveLength(10);
	expect(asked.every((request) => JSON.parse(request.query.questions[0]).length === 1)).toBe(true);
});
