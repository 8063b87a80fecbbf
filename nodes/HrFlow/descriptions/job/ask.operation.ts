import { jobAsking } from '../../resources/job/matching';
import { askingSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { questionsField } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /job/asking, one question per request. */
export const ask: OperationDescription = {
	since: 2,
	option: {
		name: 'Ask',
		value: 'ask',
		action: 'Ask a job questions',
		description:
			'Ask questions about one job in plain words: the answers, each paired with its question',
		routing: steps({ hints: jobHints, build: jobAsking, run: askingSteps('/job/asking') }),
	},
	fields: [...boardFields, ...jobIdentifierFields, questionsField],
};
