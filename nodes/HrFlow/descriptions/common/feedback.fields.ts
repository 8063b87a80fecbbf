// Fields Tracking and Rating share word for word (HrFlow's feedback loop: what happened between a
// profile and a job, and how someone rated it), so that each is one property of the node.

import type { INodeProperties } from 'n8n-workflow';

import { boardsFields } from './board.fields';
import { namedCollection } from './options';
import { sourcesField } from './source.fields';

/** Role: who acted or rated (HrFlow's four roles). */
export const roleField: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	required: true,
	default: 'recruiter',
	description:
		'Who acted or rated: a recruiter or a manager judging a candidate, a candidate or an employee judging a job',
	options: [
		{ name: 'Candidate', value: 'candidate' },
		{ name: 'Employee', value: 'employee' },
		{ name: 'Manager', value: 'manager' },
		{ name: 'Recruiter', value: 'recruiter' },
	],
};

/** Additional Fields of Tracking › Create and Rating › Create: who recorded it, why, and when. */
export const feedbackAdditionalFields: INodeProperties = namedCollection('Additional Fields', [
	{
		displayName: 'Author Email',
		name: 'authorEmail',
		type: 'string',
		placeholder: 'e.g. recruiter@example.com',
		default: '',
		description: 'Email of the HrFlow user who made the decision (sent as author_email)',
	},
	{
		displayName: 'Comment',
		name: 'comment',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		description: 'Why: the reason behind the decision, in plain words',
	},
	{
		displayName: 'Created At',
		name: 'createdAt',
		type: 'dateTime',
		default: '',
		description:
			"When it happened, e.g. the date of the application in your ATS; HrFlow's time of the request when empty",
	},
]);

/**
 * Sources of Tracking and Rating › Get Many: the profiles the records are about. Not required, as
 * Profile › Get Many's is: Sources, Boards or both narrow the list.
 */
export const feedbackSourcesField: INodeProperties = {
	...sourcesField,
	required: false,
	hint: 'The profiles of these sources. Set Sources, Boards or both. An expression may give a list of keys.',
};

/** Boards of Tracking and Rating › Get Many: the jobs the records are about (Sources, Boards or both). */
export const feedbackBoardsField: INodeProperties = {
	...boardsFields[0],
	required: false,
	hint: 'The jobs of these boards. Set Sources, Boards or both. An expression may give a list of keys.',
};
