import { outputAnalysis } from '../../records/analysis';
import { profileItemLookup } from '../../resources/profile/analysis';
import { profileHints } from '../../resources/profile/hints';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

/**
 * GET /profile/revealing (profile.revealing.get, HrFlow's Python SDK 4.3 hrflow/profile/revealing.py).
 * HrFlow documents no answer: its `data` is the item, a list under `skills`.
 */
export const reveal: OperationDescription = {
	since: 2,
	option: {
		name: 'Reveal Skills',
		value: 'reveal',
		action: 'Reveal the skills of a profile',
		description:
			"Get the skills HrFlow infers a stored profile has, beyond those its resume names, found by key, reference or email: HrFlow's answer as one item",
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/revealing',
			build: profileItemLookup,
			output: [outputAnalysis('skills')],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields],
};
