import { ocrRequest, outputData } from '../../resources/text/text';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { inputBinaryField } from '../common/output.fields';

/** POST /text/ocr, multipart. */
export const ocr: OperationDescription = {
	since: 2,
	option: {
		name: 'OCR',
		value: 'ocr',
		action: 'Read the text of a file',
		description:
			'Read the text of a PDF or an image (binary data from any node): the text, and the pages with their sections',
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/ocr',
			build: ocrRequest,
			output: [outputData],
		}),
	},
	fields: [inputBinaryField],
};
