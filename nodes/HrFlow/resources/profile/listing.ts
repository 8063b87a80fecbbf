import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSourceKeys } from '../../parameters/locators';
import { listingQuery } from '../../records/listing';
import type { ListingSort } from '../../records/listing';

/** GET /storing/profiles' query: the sources, whole profiles, and the sort options (records/listing.ts). */
export function profileListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const sourceKeys = readSourceKeys(this);
	const options = this.getNodeParameter('options', {}) as ListingSort;
	return { qs: listingQuery('profiles', sourceKeys, options) };
}
