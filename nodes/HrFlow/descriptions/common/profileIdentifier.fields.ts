// How the operations that look one profile up find it: by key, reference or email.

import type { INodeProperties } from 'n8n-workflow';

export const profileIdentifierFields: INodeProperties[] = [
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
	},
	{
		displayName: 'Profile Key',
		name: 'profileKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
		description: 'The 40-character HrFlow key of the profile',
		displayOptions: { show: { identifierType: ['key'] } },
	},
	{
		displayName: 'Profile Reference',
		name: 'profileReference',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. candidate-1042',
		description:
			'The reference your system gives the candidate (e.g. the ATS candidate ID), sent exactly as written. Create or Update updates the profile with it, or creates one with it.',
		displayOptions: { show: { identifierType: ['reference'] } },
	},
	{
		displayName: 'Profile Email',
		name: 'profileEmail',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. jane.doe@example.com',
		description: 'The email address of the candidate',
		displayOptions: { show: { identifierType: ['email'] } },
	},
];

/**
 * Create or Update finds the profile by its reference only: its Identifier Type offers Reference
 * alone. Profile Reference waits on it there as in the lookups, and stays one property for every
 * operation (descriptions/common/node.ts says why that matters). Being an options field, n8n's editor
 * resets a value brought from another operation (e.g. Email) to Reference.
 */
export const profileByReferenceOnly: INodeProperties = {
	displayName: 'Identifier Type',
	name: 'identifierType',
	type: 'options',
	noDataExpression: true,
	default: 'reference',
	description: 'Create or Update finds the profile by the reference your system gives it',
	options: [
		{
			name: 'Reference',
			value: 'reference',
			description: 'The reference your system gave the profile, e.g. an ATS candidate ID',
		},
	],
};
