import { outputAnalysis } from '../../records/analysis';
import { profileItemLookup } from '../../resources/profile/analysis';
import { profileHints } from '../../resources/profile/hints';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

/** GET /profile/parsing (profile.parsing.get, HrFlow's Python SDK 4.3 hrflow/profile/parsing.py:178-199). */
export const getParsing: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Parsing',
		value: 'getParsing',
		action: 'Get the parsing of a profile',
		description:
			"Get what HrFlow's parser read in one stored profile's resume (persons, emails, phones, experiences, educations, skills, its text), found by key, reference or email: one item",
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/parsing',
			build: profileItemLookup,
			output: [outputAnalysis('parsing')],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields],
};
