// One page of an event's listing (GET /storing/profiles or /storing/jobs), whole records sorted by
// the event's date: Get Many's query (listingQuery), sent through the HrFlow node's one call.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { callHrFlow, hrflowData, listingQuery, noItem } from './fromHrFlowNode';
import type { ListedRecords } from './fromHrFlowNode';

/** HrFlow's page size for the trigger's listings. */
export const PAGE_SIZE = 100;

export interface Listing {
	records: ListedRecords;
	url: '/storing/profiles' | '/storing/jobs';
	/** The sources' or boards' keys. */
	keys: string[];
	field: 'created_at' | 'updated_at';
}

export interface Page {
	records: IDataObject[];
	/** The listing ends here: `page` reached meta.maxPage. A short page is not the end (archived records leave gaps). */
	last: boolean;
}

export async function listPage(
	context: IPollFunctions,
	listing: Listing,
	options: { order: 'asc' | 'desc'; page: number; limit?: number; createdAtMin?: string },
): Promise<Page> {
	const { records: listed, url, keys, field } = listing;
	const limit = options.limit ?? PAGE_SIZE;
	const qs = {
		...listingQuery(listed, keys, { sortBy: field, orderBy: options.order }),
		page: options.page,
		limit,
		...(options.createdAtMin ? { created_at_min: options.createdAtMin } : {}),
	};
	// A poll has no item: errors are about the trigger itself (item 0).
	const where = noItem(context);
	// Never undefined: only a call naming `notFound` answers undefined.
	const response = (await callHrFlow(context, where, { url, qs }))!;
	const data = hrflowData(where, response);
	const records = Array.isArray(data) ? (data as IDataObject[]) : [];
	const maxPage = Number(((response.body as IDataObject).meta as IDataObject | undefined)?.maxPage);
	// Without meta.maxPage (HrFlow always sends it), a short page is the only sign of the end.
	return {
		records,
		last: Number.isFinite(maxPage) ? options.page >= maxPage : records.length < limit,
	};
}
