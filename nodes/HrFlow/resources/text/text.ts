// Resource Text: HrFlow's text tools (parsing, tagging, OCR, embedding). One request per item.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { readBinaryFile } from '../../parameters/files';
import { optionalText, requiredText, textList, wholeNumber } from '../../parameters/values';
import { invalidInput } from '../../transport/errors';
import { hrflowData, itemOf } from '../../transport/items';
import { multipartBody } from '../../transport/multipart';
import type { ItemRequest } from '../../transport/request';
import { readParameter } from '../../parameters/read';

/** The item's Text, required. */
export const readText = (context: IExecuteSingleFunctions) =>
	requiredText(context, readParameter(context, 'text', ''), 'Text');

/** POST /text/parsing and /text/embedding: `{ text }`. */
export function textBody(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { text: readText(this) } };
}

// The taggers of the user's own labels: the node parameters of their labels and context, and the
// body fields HrFlow reads them from (tagger-hrflow-dynamic's from HrFlow's cookbook).
const LABEL_TAGGERS: Record<
	string,
	Array<{ name: string; label: string; field: string; list?: boolean }>
> = {
	'tagger-hrflow-labels': [
		{ name: 'labels', label: 'Labels', field: 'labels', list: true },
		{ name: 'context', label: 'Context', field: 'context' },
	],
	'tagger-hrflow-dynamic': [
		{ name: 'dynamicLabels', label: 'Dynamic Labels', field: 'dynamic_labels', list: true },
		{ name: 'dynamicContext', label: 'Dynamic Context', field: 'dynamic_context' },
	],
};

/** POST /text/tagging: the text, the tagger, Options › Top N and Output Language, and the labels a labels tagger needs. */
export function taggingBody(this: IExecuteSingleFunctions): ItemRequest {
	const text = readText(this);
	const algorithmKey = requiredText(
		this,
		readParameter(this, 'algorithmKey', ''),
		'Algorithm Key',
	).trim();
	const options = this.getNodeParameter('options', {}) as {
		topN?: unknown;
		outputLanguage?: unknown;
	};
	return {
		body: {
			text,
			algorithm_key: algorithmKey,
			top_n: options.topN === undefined ? 1 : wholeNumber(this, options.topN, 'Top N', 1),
			output_lang: optionalText(this, options.outputLanguage, 'Output Language')?.trim() || 'en',
			...taggerLabels(this, algorithmKey),
		},
	};
}

/** The labels and context of a labels tagger; nothing for the other taggers, whose requests stay as they were. */
function taggerLabels(context: IExecuteSingleFunctions, algorithmKey: string): IDataObject {
	const fields: IDataObject = {};
	for (const { name, label, field, list } of LABEL_TAGGERS[algorithmKey] ?? []) {
		const value = readParameter(context, name, '');
		if (list) {
			const labels = textList(context, value, label);
			if (!labels.length)
				throw invalidInput(
					context,
					`${label} is empty`,
					`${algorithmKey} tags the text with some of the labels you give: list them in ${label}.`,
				);
			fields[field] = labels;
		} else {
			const text = optionalText(context, value, label)?.trim();
			if (text) fields[field] = text;
		}
	}
	return fields;
}

/** POST /text/ocr: the item's file, multipart, as Parse Resume sends it. */
export async function ocrRequest(this: IExecuteSingleFunctions): Promise<ItemRequest> {
	const file = await readBinaryFile(this, 'Input Binary Field');
	const { body, contentType } = multipartBody({}, { field: 'file', ...file });
	return { body, headers: { 'Content-Type': contentType } };
}

const one = (context: IExecuteSingleFunctions, json: IDataObject): INodeExecutionData[] => [
	itemOf(context, json),
];

/** postReceive: HrFlow's `data` as the item (parsing, OCR). */
export async function outputData(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return one(this, (hrflowData(this, response) ?? {}) as IDataObject);
}

/** postReceive: `{ tags: [{ name, id, probability }] }`, best first. */
export async function outputTags(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (hrflowData(this, response) ?? {}) as {
		ids?: unknown[];
		predictions?: number[];
		tags?: unknown[];
	};
	const tags = (data.tags ?? []).map((name, index) => ({
		name,
		id: data.ids?.[index] ?? null,
		probability: data.predictions?.[index] ?? null,
	}));
	tags.sort((a, b) => Number(b.probability) - Number(a.probability));
	return one(this, { tags });
}

/** postReceive: `{ embedding: [2048 numbers] }`, ready for n8n's vector stores. */
export async function outputEmbedding(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response);
	const first = (Array.isArray(data) ? data[0] : data) as IDataObject | undefined;
	return one(this, { embedding: first?.embedding ?? [] });
}
