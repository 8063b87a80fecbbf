import { profileAsking } from '../../resources/profile/matching';
import { askingSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { questionsField } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profile/asking, one question per request. */
export const ask: OperationDescription = {
	since: 2,
	option: {
		name: 'Ask',
		value: 'ask',
		action: 'Ask a profile questions',
		description:
			"Ask questions about one candidate's profile in plain words (e.g. the notice period): the answers, each paired with its question",
		routing: steps({
			hints: profileHints,
			build: profileAsking,
			run: askingSteps('/profile/asking'),
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields, questionsField],
};
