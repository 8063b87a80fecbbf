import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readBoardKeys } from '../../parameters/locators';
import { listingQuery } from '../../records/listing';
import type { ListingSort } from '../../records/listing';

/** GET /storing/jobs' query: the boards, whole jobs, and the sort options (records/listing.ts). */
export function jobListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const boardKeys = readBoardKeys(this);
	const options = this.getNodeParameter('options', {}) as ListingSort;
	return { qs: listingQuery('jobs', boardKeys, options) };
}
