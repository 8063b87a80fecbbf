import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import { downloadFile } from '../../transport/download';
import { requestOptionsOf } from '../../transport/requestOptions';
import { binaryFieldName, booleanValue, textList } from '../../parameters/values';

export interface ListAttachmentsOptions {
	downloadFiles?: unknown;
	binaryPropertyName?: unknown;
	attachmentTypes?: unknown;
}

function optionsOf(context: IExecuteSingleFunctions): ListAttachmentsOptions {
	return context.getNodeParameter('options', {}) as ListAttachmentsOptions;
}

/** postReceive: keeps only the attachment types chosen in Options › Attachment Types (none chosen: all). */
export async function keepChosenAttachmentTypes(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const types = textList(this, optionsOf(this).attachmentTypes, 'Attachment Types');
	if (types.length === 0) return items;
	return items.filter((item) => types.includes(String(item.json.type)));
}

/** The file's name as the user uploaded it: original name (else HrFlow's name) and extension. */
export function attachmentFileName(attachment: IDataObject): string {
	const name = String(attachment.original_file_name || attachment.file_name || 'attachment');
	const extension = typeof attachment.extension === 'string' ? attachment.extension : '';
	return extension && !name.toLowerCase().endsWith(extension.toLowerCase())
		? `${name}${extension}`
		: name;
}

/**
 * postReceive: with Options › Download Files on, fetches each attachment's public_url and puts the
 * file on its item as n8n binary data (transport/download.ts: without HrFlow's headers, with the
 * node's Request Options, streamed).
 */
export async function downloadAttachments(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const options = optionsOf(this);
	if (!booleanValue(this, options.downloadFiles, 'Download Files', false)) return items;
	const property = binaryFieldName(this, options.binaryPropertyName, 'Put Output File in Field');
	const requestOptions = requestOptionsOf(this);
	for (const item of items) {
		const fileName = attachmentFileName(item.json);
		const binary = await downloadFile(this, item.json.public_url, fileName, requestOptions, {
			file: `attachment "${fileName}"`,
			noLink: 'HrFlow returned it without a public_url',
			noLinkDescription: 'HrFlow returned this attachment without a file link.',
			freshLink: 'list the attachments again to get fresh links',
			option: 'Download Files',
		});
		item.binary = { ...item.binary, [property]: binary };
	}
	return items;
}
