import type { INodePropertyOptions } from 'n8n-workflow';

import { splitDataIntoItems } from '../../helpers/items';
import { getForEachItem } from '../../helpers/routing';
import { profileLookupQuery } from './identifier.fields';

/** GET /profile/indexing/attachments: the seed document's parameter names. */
export const listAttachmentsOperation: INodePropertyOptions = {
	name: 'List Attachments',
	value: 'listAttachments',
	action: 'List profile attachments',
	description:
		'List the files attached to one profile (resume, original, cover letter...), found by key, reference or email: one item per file',
	routing: getForEachItem(
		'/profile/indexing/attachments',
		profileLookupQuery({ sourceKey: 'source_key', key: 'key', reference: 'reference', email: 'email' }),
		[splitDataIntoItems],
	),
};
