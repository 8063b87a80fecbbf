import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

export interface ListAttachmentsOptions {
	downloadFiles?: boolean;
	binaryPropertyName?: string;
	attachmentTypes?: string[];
}

function optionsOf(context: IExecuteSingleFunctions): ListAttachmentsOptions {
	return context.getNodeParameter('options', {}) as ListAttachmentsOptions;
}

/** postReceive: keeps only the attachment types chosen in Options › Attachment Types (none chosen: all). */
export async function keepChosenAttachmentTypes(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const types = optionsOf(this).attachmentTypes ?? [];
	if (types.length === 0) return items;
	return items.filter((item) => types.includes(String(item.json.type)));
}

/** The file's name as the user uploaded it: original name (else HrFlow's name) and extension. */
export function attachmentFileName(attachment: IDataObject): string {
	const name = String(attachment.original_file_name || attachment.file_name || 'attachment');
	const extension = typeof attachment.extension === 'string' ? attachment.extension : '';
	return extension && !name.toLowerCase().endsWith(extension.toLowerCase()) ? `${name}${extension}` : name;
}

/** The response's MIME type, unless it says nothing (storage hosts often answer octet-stream). */
function mimeTypeOf(response: IN8nHttpFullResponse): string | undefined {
	const header = response.headers['content-type'];
	const mimeType = String(Array.isArray(header) ? header[0] : (header ?? '')).split(';')[0].trim();
	return mimeType && mimeType !== 'application/octet-stream' ? mimeType : undefined;
}

/**
 * postReceive: with Options › Download Files on, fetches each attachment's public_url and puts the
 * file on its item as n8n binary data. The request carries no credential, so neither the API key
 * nor the user email reaches the storage host. The file is streamed into n8n's binary data store
 * (memory, filesystem or S3, as n8n is set up) without being held in memory first.
 */
export async function downloadAttachments(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const options = optionsOf(this);
	if (!options.downloadFiles) return items;
	const property = (options.binaryPropertyName ?? 'data').trim();
	const itemIndex = this.getItemIndex();
	if (!property) {
		throw new NodeOperationError(this.getNode(), 'Put Output File in Field is empty', {
			itemIndex,
			description: 'Name the binary field the files go in, e.g. data.',
		});
	}
	for (const item of items) {
		const fileName = attachmentFileName(item.json);
		const url = item.json.public_url;
		if (typeof url !== 'string' || url.trim() === '') {
			throw new NodeOperationError(this.getNode(), `Attachment "${fileName}" has no public_url to download`, {
				itemIndex,
				description: 'HrFlow returned this attachment without a file link.',
			});
		}
		const response = (await this.helpers.httpRequest({
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as IN8nHttpFullResponse & { body: NodeJS.ReadableStream };
		if (response.statusCode >= 400) {
			response.body.resume();
			const message = `Could not download attachment "${fileName}": the storage host answered HTTP ${response.statusCode}`;
			throw new NodeApiError(this.getNode(), { message } as JsonObject, {
				message,
				description: 'The file link may have expired: list the attachments again to get fresh links.',
				httpCode: String(response.statusCode),
				itemIndex,
			});
		}
		const binary = await this.helpers.prepareBinaryData(response.body as never, fileName, mimeTypeOf(response));
		item.binary = { ...item.binary, [property]: binary };
	}
	return items;
}
