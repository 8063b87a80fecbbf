import { outputEmbedding, textBody } from '../../resources/text/text';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { textField } from './text.fields';

/** POST /text/embedding. */
export const embed: OperationDescription = {
	since: 2,
	option: {
		name: 'Embed',
		value: 'embed',
		action: 'Embed a text',
		description:
			"Turn a text into HrFlow's vector (2,048 numbers) on the item, ready for n8n's vector store nodes",
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/embedding',
			build: textBody,
			output: [outputEmbedding],
		}),
	},
	fields: [textField],
};
