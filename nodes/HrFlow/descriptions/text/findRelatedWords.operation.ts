import type { INodeProperties } from 'n8n-workflow';

import { linkingBody, outputRelatedWords } from '../../resources/text/tools';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';

const word: INodeProperties = {
	displayName: 'Word',
	name: 'word',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. data science',
	description: 'The word (a skill, a job title, any term) to find related words for',
};

const topN: INodeProperties = {
	displayName: 'Top N',
	name: 'topN',
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 0 },
	default: 5,
	description: 'How many related words to return, nearest first',
};

/** POST /text/linking. */
export const findRelatedWords: OperationDescription = {
	since: 2,
	option: {
		name: 'Find Related Words',
		value: 'findRelatedWords',
		action: 'Find words related to a word',
		description:
			'Find the words nearest in meaning to a word (synonyms, related skills or job titles): one item per word with its similarity from 0 to 1, nearest first',
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/linking',
			build: linkingBody,
			output: [outputRelatedWords],
		}),
	},
	fields: [word, topN],
};
