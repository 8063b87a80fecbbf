// How the Job operations that work on one job find it: by key or reference.

import type { INodeProperties } from 'n8n-workflow';

export const jobIdentifierFields: INodeProperties[] = [
	{
		displayName: 'Job Identifier Type',
		name: 'jobIdentifierType',
		type: 'options',
		noDataExpression: true,
		default: 'key',
		description: 'How to find the job in the board',
		options: [
			{ name: 'Key', value: 'key', description: "HrFlow's own 40-character job key" },
			{
				name: 'Reference',
				value: 'reference',
				description: 'The reference your system gave the job, e.g. an ATS requisition ID',
			},
		],
	},
	{
		displayName: 'Job Key',
		name: 'jobKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
		description: 'The 40-character HrFlow key of the job',
		displayOptions: { show: { jobIdentifierType: ['key'] } },
	},
	{
		displayName: 'Job Reference',
		name: 'jobReference',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. REQ-2026-017',
		description:
			'The reference your system gives the job (e.g. the ATS requisition ID), sent exactly as written. Create or Update updates the job with it, or creates one with it.',
		displayOptions: { show: { jobIdentifierType: ['reference'] } },
	},
];

/** Create or Update finds the job by its reference only: Job Identifier Type offers Reference alone (as profiles'). */
export const jobByReferenceOnly: INodeProperties = {
	displayName: 'Job Identifier Type',
	name: 'jobIdentifierType',
	type: 'options',
	noDataExpression: true,
	default: 'reference',
	description: 'Create or Update finds the job by the reference your system gives it',
	options: [
		{
			name: 'Reference',
			value: 'reference',
			description: 'The reference your system gave the job, e.g. an ATS requisition ID',
		},
	],
};
