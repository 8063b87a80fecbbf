import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { outputProfile } from '../../helpers/profile';
import { getForEachItem } from '../../helpers/routing';
import { PROFILE_INDEXING_QUERY, profileLookupQuery } from './identifier.fields';

/** GET /profile/indexing: the whole profile (HrFlow's Python SDK 4.3, hrflow/profile/storing.py). */
export const getOperation: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a profile',
	description:
		'Get one whole HrFlow profile (contact details, experiences, skills, tags, metadatas, attachments), found by key or reference',
	routing: getForEachItem(
		'/profile/indexing',
		profileLookupQuery(PROFILE_INDEXING_QUERY, 'Get cannot find a profile by email: HrFlow looks profiles up by key or reference'),
		[outputProfile],
	),
};

export const getFields: INodeProperties[] = [
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description:
			'Whether to return only the fields people use (key, reference, name, email, phone, location, summary, skill names, tags, metadatas, attachments) instead of the whole profile',
		displayOptions: { show: { resource: ['profile'], operation: ['get'] } },
	},
];
