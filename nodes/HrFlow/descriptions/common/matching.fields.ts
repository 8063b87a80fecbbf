// Fields of scoring, searching and asking, for profiles and jobs alike.

import type { INodeProperties } from 'n8n-workflow';

export const algorithmKeyField: INodeProperties = {
	displayName: 'Algorithm Key',
	name: 'algorithmKey',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
	hint: 'The key of a scoring algorithm of your HrFlow account (HrFlow app › AI Studio; called an agent before 2022)',
	description: 'The HrFlow scoring algorithm that ranks them',
};

const stage: INodeProperties = {
	displayName: 'Stage',
	name: 'stage',
	type: 'options',
	default: 'new',
	description: 'Only those at this stage of your process in HrFlow',
	options: [
		{ name: 'Later', value: 'later' },
		{ name: 'New', value: 'new' },
		{ name: 'No', value: 'no' },
		{ name: 'Yes', value: 'yes' },
	],
};

/** Options of scoring: Stage, Sort By (best score first by default). */
export const scoringOptions: INodeProperties[] = [
	{
		displayName: 'Sort By',
		name: 'sortBy',
		type: 'options',
		default: 'scoring',
		options: [
			{ name: 'Created At', value: 'created_at' },
			{ name: 'Score', value: 'scoring' },
			{ name: 'Updated At', value: 'updated_at' },
		],
	},
	stage,
];

/** Options of searching: the filters. */
export const searchOptions: INodeProperties[] = [
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
	{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Only the profile with this email',
	},
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		default: '',
		placeholder: 'e.g. python, data engineer',
		description: 'Words that must all be found, comma-separated (or a list from an expression)',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only those whose name contains this',
	},
	stage,
];

/** Options of Job › Search: Email and Stage are profile filters, not job-search parameters. */
export const jobSearchOptions: INodeProperties[] = searchOptions.filter(
	(option) => !['email', 'stage'].includes(option.name),
);

export const questionsField: INodeProperties = {
	displayName: 'Questions',
	name: 'questions',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Question' },
	required: true,
	default: [],
	placeholder: "e.g. What is the candidate's notice period?",
	description:
		'The questions to ask, in plain words. Each is one request to HrFlow; the answers come back paired with their question.',
};
