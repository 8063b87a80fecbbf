import type { INodeProperties } from 'n8n-workflow';

export const textField: INodeProperties = {
	displayName: 'Text',
	name: 'text',
	type: 'string',
	typeOptions: { rows: 4 },
	required: true,
	default: '',
	placeholder: 'e.g. {{ $json.description }}',
	description: 'The text to work on: a résumé, a job description, a message',
};
