import type { INodeProperties } from 'n8n-workflow';

import { outputTags, taggingBody } from '../../resources/text/text';
import { single } from '../../transport/request';
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
	hint: 'e.g. tagger-rome-jobtitle, tagger-hrflow-skills, or tagger-hrflow-labels for your own labels',
	description:
		'The HrFlow tagger to use: tagger-rome-family, tagger-rome-subfamily, tagger-rome-category, tagger-rome-jobtitle, tagger-hrflow-skills, tagger-hrflow-labels (your labels) or tagger-hrflow-dynamic (your labels, given per item)',
};

/** The labels a tagger of the user's own labels chooses from, shown and sent for that tagger only. */
function labelFields(tagger: string, labels: string, context: string): INodeProperties[] {
	const shown = { show: { algorithmKey: [tagger] } };
	return [
		{
			displayName: labels === 'labels' ? 'Labels' : 'Dynamic Labels',
			name: labels,
			type: 'string',
			// Not `required`: n8n shows a field whose condition reads an expression (another
			// operation's Algorithm Key may be one) and would ask for it there; the node checks it.
			default: '',
			placeholder: 'e.g. Data, Design, Sales',
			hint: 'Required: a list from an expression, or comma-separated text',
			description: `The tags ${tagger} may choose from`,
			displayOptions: shown,
		},
		{
			displayName: context === 'context' ? 'Context' : 'Dynamic Context',
			name: context,
			type: 'string',
			default: '',
			placeholder: 'e.g. The team a résumé is for',
			description: 'What the labels are about, to help the tagger choose',
			displayOptions: shown,
		},
	];
}

/** POST /text/tagging. */
export const tag: OperationDescription = {
	since: 2,
	option: {
		name: 'Tag',
		value: 'tag',
		action: 'Tag a text',
		description:
			'Classify a text with an HrFlow tagger (job families, skills, labels): the tags with their probabilities, best first',
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/tagging',
			build: taggingBody,
			output: [outputTags],
		}),
	},
	fields: [
		textField,
		algorithmKey,
		...labelFields('tagger-hrflow-labels', 'labels', 'context'),
		...labelFields('tagger-hrflow-dynamic', 'dynamicLabels', 'dynamicContext'),
		optionsCollection([
			{
				displayName: 'Output Language',
				name: 'outputLanguage',
				type: 'string',
				default: 'en',
				placeholder: 'e.g. fr',
				description: 'The language of the tags, as a two-letter code',
			},
			{
				displayName: 'Top N',
				name: 'topN',
				type: 'number',
				typeOptions: { minValue: 1 },
				default: 1,
				description: 'How many tags to return',
			},
		]),
	],
};
