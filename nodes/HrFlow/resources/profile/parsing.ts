// Parse Resume: the multipart request built from the item's binary data, and the parsed profile.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { readSourceKey } from '../../shared/sources';
import { isoDate, nameValues } from '../../shared/hrjson';
import type { NameValue } from '../../shared/hrjson';
import { binaryFieldName, booleanValue, optionalText } from '../../shared/values';
import { invalidInput } from '../../transport/errors';
import { hrflowData } from '../../transport/items';
import { multipartBody } from '../../transport/multipart';
import type { ItemRequest } from '../../transport/request';

interface ParseOptions {
	reference?: unknown;
	tags?: { tag?: NameValue[] };
	metadatas?: { metadata?: NameValue[] };
	createdAt?: unknown;
	waitForParsing?: unknown;
}

const waitsForParsing = (context: IExecuteSingleFunctions, options: ParseOptions) =>
	booleanValue(context, options.waitForParsing, 'Wait for Parsing', true);

/** A MIME type for the file part's header: a well-formed type, or none known. */
function safeMimeType(mimeType: unknown): string {
	const text = typeof mimeType === 'string' ? mimeType.trim() : '';
	return /^[\w.+-]+\/[\w.+-]+$/.test(text) ? text : 'application/octet-stream';
}

/** The multipart request of one item: its file (read through n8n's binary helpers) and fields. */
export async function parsingRequest(this: IExecuteSingleFunctions): Promise<ItemRequest> {
	const sourceKey = readSourceKey.call(this);
	const property = binaryFieldName(this, this.getNodeParameter('binaryPropertyName', 'data'), 'Input Binary Field');
	const item = this.getInputData();
	const binary = item?.binary && Object.prototype.hasOwnProperty.call(item.binary, property) ? item.binary[property] : undefined;
	if (!binary) {
		throw invalidInput(
			this,
			`This item has no binary data in the field "${property}"`,
			'Input Binary Field names the field that holds the résumé, e.g. data from a Read Files from Disk, Gmail or HTTP Request node.',
		);
	}
	// Through n8n's binary helpers: works in memory, filesystem and S3 binary data modes.
	const data = await this.helpers.getBinaryDataBuffer(property);
	if (data.length === 0) throw invalidInput(this, `The file in "${property}" is empty`, 'HrFlow cannot parse an empty file.');

	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const fields: Record<string, string> = { source_key: sourceKey, sync_parsing: waitsForParsing(this, options) ? '1' : '0' };
	const reference = optionalText(this, options.reference, 'Reference');
	if (reference !== undefined) fields.reference = reference;
	const createdAt = isoDate(this, options.createdAt, 'Created At');
	if (createdAt !== undefined) fields.created_at = createdAt;
	if (options.tags?.tag?.length) fields.tags = JSON.stringify(nameValues(this, options.tags.tag, 'Tag'));
	if (options.metadatas?.metadata?.length) fields.metadatas = JSON.stringify(nameValues(this, options.metadatas.metadata, 'Metadata'));

	const { body, contentType } = multipartBody(fields, {
		field: 'file',
		fileName: binary.fileName ?? `resume${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: safeMimeType(binary.mimeType),
		data,
	});
	return { body, headers: { 'Content-Type': contentType } };
}

/** postReceive: the parsed profile, or with Wait for Parsing off, HrFlow's acknowledgement. */
export async function outputParsing(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response) as IDataObject | undefined;
	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const json = waitsForParsing(this, options) && data?.profile ? (data.profile as IDataObject) : (response.body as IDataObject);
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}
