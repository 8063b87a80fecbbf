// An item's file, read from its binary data for a multipart upload (Parse Resume, Text › OCR).

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import type { MultipartFile } from '../transport/multipart';
import { binaryFieldName } from './values';
import { readParameter } from './read';

/** A MIME type for the file part's header: a well-formed type, or none known. */
function safeMimeType(mimeType: unknown): string {
	const text = typeof mimeType === 'string' ? mimeType.trim() : '';
	return /^[\w.+-]+\/[\w.+-]+$/.test(text) ? text : 'application/octet-stream';
}

/** The file in the item's `binaryPropertyName` field: its bytes (through n8n's binary helpers), name and type. */
export async function readBinaryFile(
	context: IExecuteSingleFunctions,
	label: string,
	defaultName = 'file',
): Promise<Omit<MultipartFile, 'field'>> {
	const property = binaryFieldName(
		context,
		readParameter(context, 'binaryPropertyName', 'data'),
		label,
	);
	const item = context.getInputData();
	const binary =
		item?.binary && Object.prototype.hasOwnProperty.call(item.binary, property)
			? item.binary[property]
			: undefined;
	if (!binary) {
		throw invalidInput(
			context,
			`This item has no binary data in the field "${property}"`,
			`${label} names the field that holds the file, e.g. data from a Read Files from Disk, Gmail or HTTP Request node.`,
		);
	}
	// Through n8n's binary helpers: works in memory, filesystem and S3 binary data modes.
	const data = await context.helpers.getBinaryDataBuffer(property);
	if (data.length === 0)
		throw invalidInput(
			context,
			`The file in "${property}" is empty`,
			'HrFlow cannot read an empty file.',
		);
	return {
		fileName:
			binary.fileName ?? `${defaultName}${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: safeMimeType(binary.mimeType),
		data,
	};
}
