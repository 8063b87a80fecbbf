import { outputProfile } from '../../resources/profile/profile';
import { PROFILE_INDEXING_BY_EMAIL_QUERY, profileLookup } from '../../records/profileIdentifier';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { simplifyField } from '../common/output.fields';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profile/indexing: the whole profile (HrFlow's Python SDK 4.3, hrflow/profile/storing.py). */
export const get: OperationDescription = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a profile',
		description:
			'Get one whole HrFlow profile (contact details, experiences, skills, tags, metadatas, attachments), found by key, reference or email',
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/indexing',
			build: profileLookup(PROFILE_INDEXING_BY_EMAIL_QUERY),
			output: [outputProfile],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields, simplifyField],
};
