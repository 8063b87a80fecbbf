// Profile › Ask (version 2) through n8n's engine against the emulator: one request per question,
// the answers paired with their question.

import { jane, queryOf, useHrFlow } from '../harness/hrflow';
import { sandbox } from '../harness/matching';

const hrflow = useHrFlow();
const requests = (path: string) =>
	hrflow.emulator.requests.filter((request) => request.path === path);

test('Profile › Ask: one request per question, each a one-question JSON array; the answers paired with their question', async () => {
	const { items, error } = await hrflow.run({
		resource: 'profile',
		operation: 'ask',
		source: sandbox,
		identifierType: 'reference',
		profileReference: jane.reference,
		questions: ["What is the candidate's notice period?", 'What are the skills, in short?'],
	});
	expect(error).toBeUndefined();
	expect(
		requests('/v1/profile/asking').map((request) => JSON.parse(queryOf(request).questions)),
	).toEqual([["What is the candidate's notice period?"], ['What are the skills, in short?']]);
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

test.each([
	['no question', { questions: '={{ [] }}' }, 'Questions is empty'],
	['a profile by email', { identifierType: 'email', profileEmail: jane.email }, 'not by email'],
])('%s fails before any request', async (_case, extra, message) => {
	const { error } = await hrflow.run({
		resource: 'profile',
		operation: 'ask',
		source: sandbox,
		identifierType: 'key',
		profileKey: jane.key,
		questions: ['x?'],
		...extra,
	});
	expect(error?.message).toContain(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});
