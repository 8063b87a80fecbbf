// A profile's content for Create, Update and Create or Update: fields, or a whole HrFlow profile as JSON.

import type { INodeProperties } from 'n8n-workflow';

import { nameValueList } from '../common/nameValue.fields';

const definition: INodeProperties = {
	displayName: 'Profile Definition',
	name: 'profileDefinition',
	type: 'options',
	noDataExpression: true,
	default: 'fields',
	options: [
		{ name: 'Fields', value: 'fields', description: 'Fill in the fields below' },
		{
			name: 'JSON',
			value: 'json',
			description:
				'Give the whole HrFlow profile object (info, experiences, educations, skills, ...)',
		},
	],
};

const json: INodeProperties = {
	displayName: 'Profile JSON',
	hint: 'On an update, objects merge key by key, a list given replaces its list ("tags": [] empties it)',
	name: 'profileJson',
	type: 'json',
	required: true,
	default: '{\n  "info": { "full_name": "", "email": "" }\n}',
	description:
		"The HrFlow profile object (reference, info, text, experiences, educations, skills, tags, metadatas, ...). The source's key is added.",
	displayOptions: { show: { profileDefinition: ['json'] } },
};

const profileFields = (withReference: boolean): INodeProperties => ({
	displayName: 'Profile Fields',
	hint: 'On an update, only these fields change; Tags, Metadatas and Skills merge by name, the other entries are kept',
	name: 'profileFields',
	type: 'collection',
	placeholder: 'Add field',
	default: {},
	displayOptions: { show: { profileDefinition: ['fields'] } },
	options: [
		{
			displayName: 'Created At',
			name: 'createdAt',
			type: 'dateTime',
			default: '',
			description: 'When the candidate applied, if not now',
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: "The candidate's email address",
		},
		{ displayName: 'First Name', name: 'firstName', type: 'string', default: '' },
		{
			displayName: 'Last Name',
			name: 'lastName',
			type: 'string',
			default: '',
			description: 'The full name is first name and last name',
		},
		{
			displayName: 'Location',
			name: 'location',
			type: 'string',
			default: '',
			placeholder: 'e.g. Lyon, France',
			description: 'Where the candidate lives, as text',
		},
		nameValueList('Metadatas', 'metadatas', 'Metadata', 'metadata'),
		{
			displayName: 'Phone',
			name: 'phone',
			type: 'string',
			default: '',
			placeholder: 'e.g. +33 6 12 34 56 78',
		},
		...(withReference
			? [
					{
						displayName: 'Reference',
						name: 'reference',
						type: 'string' as const,
						default: '',
						placeholder: 'e.g. ATS-1042',
						description:
							'Your own ID for the profile (e.g. the ATS candidate ID), to find it later by reference',
					},
				]
			: []),
		{
			displayName: 'Resume Text',
			name: 'text',
			type: 'string',
			typeOptions: { rows: 4 },
			default: '',
			description: "The résumé's text",
		},
		{
			displayName: 'Skills',
			name: 'skills',
			type: 'string',
			default: '',
			placeholder: 'e.g. Python, SQL, Kafka',
			description: 'Skill names, comma-separated (or a list from an expression)',
		},
		{
			displayName: 'Summary',
			name: 'summary',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
		},
		nameValueList('Tags', 'tags', 'Tag', 'tag'),
	],
});

/** Create and Update: the reference is one of the fields. */
export const profileContentFields: INodeProperties[] = [definition, profileFields(true), json];
/** Create or Update: the reference is Profile Reference, not a field. */
export const profileUpsertContentFields: INodeProperties[] = [
	definition,
	profileFields(false),
	json,
];
