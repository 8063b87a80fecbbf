import { outputData, textBody } from '../../resources/text/text';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { textField } from './text.fields';

/** POST /text/parsing. */
export const parse: OperationDescription = {
	since: 2,
	option: {
		name: 'Parse',
		value: 'parse',
		action: 'Parse a text',
		description:
			'Find the skills, job titles, companies, schools, dates, emails and more in a text: the entities and the parsing',
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/parsing',
			build: textBody,
			output: [outputData],
		}),
	},
	fields: [textField],
};
