import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';

import { profileQuery, readProfileIdentifier, refuseEmail } from '../../helpers/identifiers';
import type { ProfileQueryNames } from '../../helpers/identifiers';
import type { ItemRequest } from '../../helpers/perItem';

/** The operations that find one profile by source key and key, reference or email. */
export const PROFILE_LOOKUP_OPERATIONS = ['get', 'getMetadatas', 'listAttachments'];
/** The operations that work in one source: the lookups, and Parse Resume. */
const SOURCE_OPERATIONS = [...PROFILE_LOOKUP_OPERATIONS, 'parseResume'];

/**
 * A query builder for an endpoint that names the source and the identifiers its own way. Where
 * `names` has no email parameter, an email identifier is refused with `noEmail` before any request.
 */
export function profileLookupQuery(names: ProfileQueryNames, noEmail = 'This operation cannot find a profile by email') {
	return function (this: IExecuteSingleFunctions): ItemRequest {
		const identifier = readProfileIdentifier.call(this);
		if (names.email === undefined) refuseEmail.call(this, identifier, noEmail);
		return { qs: profileQuery(identifier, names) };
	};
}

/** GET /profile/indexing's parameters: the whole profile, by key or reference (no email). */
export const PROFILE_INDEXING_QUERY: ProfileQueryNames = { sourceKey: 'source_key', key: 'key', reference: 'reference' };

const forProfileLookup = { resource: ['profile'], operation: PROFILE_LOOKUP_OPERATIONS };

export const profileIdentifierFields: INodeProperties[] = [
	{
		displayName: 'Source Key',
		name: 'sourceKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
		hint: 'The 40-character key of the HrFlow source, shown in the HrFlow app under Sources',
		description: 'Key of the HrFlow source (the folder of profiles) that holds the profile',
		displayOptions: { show: { resource: ['profile'], operation: SOURCE_OPERATIONS } },
	},
	{
		displayName: 'Identifier Type',
		name: 'identifierType',
		type: 'options',
		noDataExpression: true,
		default: 'key',
		description: 'How to find the profile in the source',
		options: [
			{
				name: 'Key',
				value: 'key',
				description: "HrFlow's own 40-character profile key",
			},
			{
				name: 'Reference',
				value: 'reference',
				description: 'The reference your system gave the profile, e.g. an ATS candidate ID',
			},
			{
				name: 'Email',
				value: 'email',
				description: "The candidate's email address",
			},
		],
		displayOptions: { show: forProfileLookup },
	},
	{
		displayName: 'Profile Key',
		name: 'profileKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
		description: 'The 40-character HrFlow key of the profile',
		displayOptions: { show: { ...forProfileLookup, identifierType: ['key'] } },
	},
	{
		displayName: 'Profile Reference',
		name: 'profileReference',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. candidate-1042',
		description: 'The reference of the profile, sent exactly as written',
		displayOptions: { show: { ...forProfileLookup, identifierType: ['reference'] } },
	},
	{
		displayName: 'Profile Email',
		name: 'profileEmail',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane.doe@example.com',
		description: 'The email address of the candidate',
		displayOptions: { show: { ...forProfileLookup, identifierType: ['email'] } },
	},
];
