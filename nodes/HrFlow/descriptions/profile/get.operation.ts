import type { INodeProperties } from 'n8n-workflow';

import { outputProfile } from '../../resources/profile/profile';
import { PROFILE_INDEXING_BY_EMAIL_QUERY, profileLookup } from '../../resources/profile/identifier';
import { hrflowRequest } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { identifierFields } from './identifier.fields';

export const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return only the fields people use (key, reference, name, email, phone, location, summary, skill names, tags, metadatas, attachments) instead of the whole profile',
};

/** GET /profile/indexing: the whole profile (HrFlow's Python SDK 4.3, hrflow/profile/storing.py). */
export const get: OperationDescription = {
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a profile',
		description:
			'Get one whole HrFlow profile (contact details, experiences, skills, tags, metadatas, attachments), found by key, reference or email',
		routing: hrflowRequest({
			method: 'GET',
			url: '/profile/indexing',
			build: profileLookup(PROFILE_INDEXING_BY_EMAIL_QUERY),
			output: [outputProfile],
		}),
	},
	fields: [...sourceFields, ...identifierFields, simplify],
};
