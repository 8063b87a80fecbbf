import type { INodePropertyOptions } from 'n8n-workflow';

import { splitDataIntoItems } from '../../helpers/items';
import { getForEachItem } from '../../helpers/routing';
import { profileLookupQuery } from './identifier.fields';

/** GET /profile/metadatas: the seed document's parameter names. */
export const getMetadatasOperation: INodePropertyOptions = {
	name: 'Get Metadatas',
	value: 'getMetadatas',
	action: 'Get profile metadatas',
	description:
		'Get the metadatas (custom name/value fields) of one profile, found by key, reference or email: one item per metadata',
	routing: getForEachItem(
		'/profile/metadatas',
		profileLookupQuery({
			sourceKey: 'source_id',
			key: 'profile_id',
			reference: 'profile_reference',
			email: 'profile_email',
		}),
		[splitDataIntoItems],
	),
};
