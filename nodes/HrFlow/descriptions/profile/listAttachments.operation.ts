import {
	downloadAttachments,
	keepChosenAttachmentTypes,
} from '../../resources/profile/attachments';
import { profileLookup } from '../../records/profileIdentifier';
import { splitDataIntoItems } from '../../transport/items';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profile/indexing/attachments, with the parameter names of HrFlow's API reference page for it (key, reference or email). */
export const listAttachments: OperationDescription = {
	option: {
		name: 'List Attachments',
		value: 'listAttachments',
		action: 'List profile attachments',
		description:
			'List the files attached to one HrFlow profile (resume, original, cover letter, other), found by key, reference or email: one item per file, optionally with the file itself',
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/indexing/attachments',
			build: profileLookup({
				sourceKey: 'source_key',
				key: 'key',
				reference: 'reference',
				email: 'email',
			}),
			// Filter first: only the chosen types are downloaded.
			output: [splitDataIntoItems, keepChosenAttachmentTypes, downloadAttachments],
		}),
	},
	fields: [
		...sourceFields,
		...profileIdentifierFields,
		optionsCollection([
			{
				displayName: 'Attachment Types',
				name: 'attachmentTypes',
				type: 'multiOptions',
				default: [],
				description: 'Only output (and download) these types of file. None chosen: all types.',
				options: [
					{ name: 'Cover Letter', value: 'cover' },
					{ name: 'Original', value: 'original', description: 'The file as it was uploaded' },
					{ name: 'Other', value: 'other' },
					{ name: 'Resume', value: 'resume', description: 'The resume HrFlow parsed' },
				],
			},
			{
				displayName: 'Download Files',
				name: 'downloadFiles',
				type: 'boolean',
				default: false,
				description:
					'Whether to download each file and put it on its item as binary data, ready for Gmail, Google Drive, S3 or Write Files nodes',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the binary field the file goes in',
				displayOptions: { show: { downloadFiles: [true] } },
			},
		]),
	],
};
