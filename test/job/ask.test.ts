// Job › Ask (version 2) through n8n's engine against the emulator: the questions from an expression.

import { useHrFlow } from '../harness/hrflow';
import { engineering } from '../harness/matching';

const hrflow = useHrFlow();

test('Job › Ask, the questions from an expression', async () => {
	const { items } = await hrflow.run({
		resource: 'job',
		operation: 'ask',
		board: engineering,
		jobIdentifierType: 'reference',
		jobReference: 'ENG-1',
		questions: '={{ ["What does the job do?"] }}',
	});
	expect(items[0].json).toEqual({
		answers: [{ question: 'What does the job do?', answer: 'Streaming pipelines.' }],
	});
});
