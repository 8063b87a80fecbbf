// A job's content for Create, Update and Create or Update: fields, or a whole HrFlow job as JSON.

import type { INodeProperties } from 'n8n-workflow';

import { nameValueList } from '../common/nameValue.fields';

const definition: INodeProperties = {
	displayName: 'Job Definition',
	name: 'jobDefinition',
	type: 'options',
	noDataExpression: true,
	default: 'fields',
	options: [
		{ name: 'Fields', value: 'fields', description: 'Fill in the fields below' },
		{
			name: 'JSON',
			value: 'json',
			description: "Give the whole HrFlow job object, e.g. from your ATS's own export",
		},
	],
};

const json: INodeProperties = {
	displayName: 'Job JSON',
	hint: 'On an update, objects merge key by key, a list given replaces its list ("sections": [] empties it)',
	name: 'jobJson',
	type: 'json',
	required: true,
	default: '{\n  "name": "",\n  "summary": ""\n}',
	description:
		"The HrFlow job object (name, reference, summary, location, sections, skills, tags, metadatas, ...). The board's key is added.",
	displayOptions: { show: { jobDefinition: ['json'] } },
};

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Senior Data Engineer',
	description: required ? 'The job title' : 'The job title; empty leaves it as it is',
	displayOptions: { show: { jobDefinition: ['fields'] } },
});

const optionalFields = (withReference: boolean): INodeProperties => ({
	displayName: 'Job Fields',
	hint: 'On an update, only these fields change; Sections, Tags, Metadatas and Skills merge by name',
	name: 'jobFields',
	type: 'collection',
	placeholder: 'Add field',
	default: {},
	displayOptions: { show: { jobDefinition: ['fields'] } },
	options: [
		{
			displayName: 'Created At',
			name: 'createdAt',
			type: 'dateTime',
			default: '',
			description: 'When the job was opened, if not now',
		},
		{
			displayName: 'Location',
			name: 'location',
			type: 'string',
			default: '',
			placeholder: 'e.g. Lyon, France',
			description: 'Where the job is, as text',
		},
		nameValueList('Metadatas', 'metadatas', 'Metadata', 'metadata'),
		...(withReference
			? [
					{
						displayName: 'Reference',
						name: 'reference',
						type: 'string' as const,
						default: '',
						placeholder: 'e.g. REQ-2026-017',
						description:
							'Your own ID for the job (e.g. the ATS requisition ID), to find it later by reference',
					},
				]
			: []),
		{
			displayName: 'Sections',
			name: 'sections',
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			default: {},
			placeholder: 'Add section',
			options: [
				{
					displayName: 'Section',
					name: 'section',
					values: [
						{
							displayName: 'Name',
							name: 'name',
							type: 'string',
							default: '',
							placeholder: 'e.g. requirements',
						},
						{
							displayName: 'Title',
							name: 'title',
							type: 'string',
							default: '',
							placeholder: 'e.g. What you bring',
						},
						{
							displayName: 'Description',
							name: 'description',
							type: 'string',
							typeOptions: { rows: 3 },
							default: '',
						},
					],
				},
			],
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
			typeOptions: { rows: 4 },
			default: '',
			description: 'The job description',
		},
		nameValueList('Tags', 'tags', 'Tag', 'tag'),
		{
			displayName: 'URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://careers.example.com/jobs/17',
			description: 'Where the job is published',
		},
	],
});

/** Create: the name is required, the reference is one of the fields. */
export const jobCreateContentFields: INodeProperties[] = [
	definition,
	name(true),
	optionalFields(true),
	json,
];
/** Update: only what is given changes. */
export const jobUpdateContentFields: INodeProperties[] = [
	definition,
	name(false),
	optionalFields(true),
	json,
];
/** Create or Update: the reference is Job Reference, not a field. */
export const jobUpsertContentFields: INodeProperties[] = [
	definition,
	name(true),
	optionalFields(false),
	json,
];
