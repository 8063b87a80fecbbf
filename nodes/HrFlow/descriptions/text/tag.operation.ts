import type { INodeProperties } from 'n8n-workflow';

import { outputTags, taggingBody } from '../../resources/text/text';
import { hrflowRequest } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { textField } from './text.fields';

const algorithmKey: INodeProperties = {
	displayName: 'Algorithm Key',
	name: 'algorithmKey',
	type: 'string',
	required: true,
	default: 'tagger-rome-family',
	placeholder: 'e.g. tagger-rome-family',
	hint: 'HrFlow\'s taggers: tagger-rome-family, tagger-rome-subfamily, tagger-rome-category, tagger-rome-jobtitle, tagger-hrflow-skills, tagger-hrflow-labels',
	description: 'The HrFlow tagger to use',
};

/** POST /text/tagging. */
export const tag: OperationDescription = {
	since: 2,
	option: {
		name: 'Tag',
		value: 'tag',
		action: 'Tag a text',
		description: 'Classify a text with an HrFlow tagger (job families, skills, labels): the tags with their probabilities, best first',
		routing: hrflowRequest({ method: 'POST', url: '/text/tagging', build: taggingBody, output: [outputTags] }),
	},
	fields: [
		textField,
		algorithmKey,
		optionsCollection([
			{ displayName: 'Output Language', name: 'outputLanguage', type: 'string', default: 'en', placeholder: 'e.g. fr', description: 'The language of the tags, as a two-letter code' },
			{ displayName: 'Top N', name: 'topN', type: 'number', typeOptions: { minValue: 1 }, default: 1, description: 'How many tags to return' },
		]),
	],
};
