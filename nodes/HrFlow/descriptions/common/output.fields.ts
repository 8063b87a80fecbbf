// Fields Profile and Job operations share word for word, so that each is one property of the node.

import type { INodeProperties } from 'n8n-workflow';

/** Simplify, of Get, Search and Score, for profiles and jobs alike. */
export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		"Whether to return only the fields people use instead of the whole record: a profile's key, reference, name, email, phone, location, summary, skill names, tags, metadatas, attachments; a job's key, reference, name, URL, summary, location, skill names, tags, metadatas, board, dates",
};

/** The file an operation reads from its input item (Profile › Parse Resume, Text › OCR). */
export const inputBinaryField: INodeProperties = {
	displayName: 'Input Binary Field',
	name: 'binaryPropertyName',
	type: 'string',
	required: true,
	default: 'data',
	hint: 'The name of the input binary field containing the file',
};
