// Parse Resume: the multipart request built from the item's binary data, and the parsed profile.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { readSourceKey } from '../../parameters/locators';
import { isoDate, nameValues } from '../../parameters/hrjson';
import type { NameValue } from '../../parameters/hrjson';
import { readBinaryFile } from '../../parameters/files';
import { booleanValue, optionalText } from '../../parameters/values';
import { hrflowData, itemOf } from '../../transport/items';
import { multipartBody } from '../../transport/multipart';
import type { ItemRequest } from '../../transport/request';
import { queuedWithoutReference, waitForParsedProfile } from './parsingWait';

interface ParseOptions {
	reference?: unknown;
	tags?: { tag?: NameValue[] };
	metadatas?: { metadata?: NameValue[] };
	createdAt?: unknown;
	waitForParsing?: unknown;
}

const waitsForParsing = (context: IExecuteSingleFunctions, options: ParseOptions) =>
	booleanValue(context, options.waitForParsing, 'Wait for Parsing', true);

/** The multipart request of one item: its file (read through n8n's binary helpers) and fields. */
export async function parsingRequest(this: IExecuteSingleFunctions): Promise<ItemRequest> {
	const sourceKey = readSourceKey(this);
	const file = await readBinaryFile(this, 'Input Binary Field', 'resume');

	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const fields: Record<string, string> = {
		source_key: sourceKey,
		sync_parsing: waitsForParsing(this, options) ? '1' : '0',
	};
	const reference = optionalText(this, options.reference, 'Reference');
	if (reference !== undefined) fields.reference = reference;
	const createdAt = isoDate(this, options.createdAt, 'Created At');
	if (createdAt !== undefined) fields.created_at = createdAt;
	if (options.tags?.tag?.length)
		fields.tags = JSON.stringify(nameValues(this, options.tags.tag, 'Tag'));
	if (options.metadatas?.metadata?.length)
		fields.metadatas = JSON.stringify(nameValues(this, options.metadatas.metadata, 'Metadata'));

	const { body, contentType } = multipartBody(fields, { field: 'file', ...file });
	return { body, headers: { 'Content-Type': contentType } };
}

/**
 * postReceive: the parsed profile, or with Wait for Parsing off, HrFlow's acknowledgement. Whether
 * HrFlow parsed the file is told by `data.profile`, not by the status: HrFlow's own tests accept a
 * 202 with the profile, and an asynchronous source answers 202 with `data: []`.
 */
export async function outputParsing(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response) as IDataObject | undefined;
	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const link = (json: IDataObject): INodeExecutionData[] => [itemOf(this, json)];
	if (!waitsForParsing(this, options)) return link(response.body as IDataObject);
	const profile =
		data !== null && typeof data === 'object' && !Array.isArray(data) ? data.profile : undefined;
	if (profile !== null && typeof profile === 'object') return link(profile as IDataObject);
	const sourceKey = readSourceKey(this);
	const reference = optionalText(this, options.reference, 'Reference');
	if (reference === undefined) throw queuedWithoutReference(this, sourceKey);
	return link(await waitForParsedProfile(this, sourceKey, reference));
}
