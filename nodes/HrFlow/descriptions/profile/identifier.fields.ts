// How the operations that look one profile up find it: by key, reference or email.

import type { INodeProperties } from 'n8n-workflow';

export const identifierFields: INodeProperties[] = [
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
		description: 'The reference of the profile, sent exactly as written',
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
