// GET /storing/profiles' and /storing/jobs' query, one builder for every listing the package sends:
// Get Many (profiles and jobs) and the HrFlow Trigger's polls. Paging (page, limit) is the caller's.

import type { IDataObject } from 'n8n-workflow';

/** What a listing lists. */
export type ListedRecords = 'profiles' | 'jobs';

/** Per kind of record: the query parameter of the containers' keys, and the one asking for whole records. */
const PARAMETERS: Record<ListedRecords, { keys: string; wholeRecords: string }> = {
	profiles: { keys: 'source_keys', wholeRecords: 'return_profile' },
	jobs: { keys: 'board_keys', wholeRecords: 'return_job' },
};

export interface ListingSort {
	/** HrFlow's sort_by: created_at or updated_at; HrFlow's own default when absent. */
	sortBy?: string;
	/** HrFlow's order_by: asc or desc; HrFlow's own default (desc) when absent. */
	orderBy?: string;
}

/** The query: the sources or boards as a JSON array, whole records, and the sort asked for. */
export function listingQuery(
	records: ListedRecords,
	keys: string[],
	{ sortBy, orderBy }: ListingSort = {},
): IDataObject {
	const parameters = PARAMETERS[records];
	return {
		[parameters.keys]: JSON.stringify(keys),
		// Without it HrFlow lists only keys, reference and dates (Python SDK 4.3, storing.py, job/storing.py).
		[parameters.wholeRecords]: 'true',
		...(orderBy ? { order_by: orderBy } : {}),
		...(sortBy ? { sort_by: sortBy } : {}),
	};
}
