// New Profile and New Job: HrFlow's listing oldest first from the cursor's day (created_at_min, a
// "YYYY-MM-DD" filter), records at or behind the cursor skipped. A poll emits what it fetched, and
// the cursor moves only over that, so a backlog larger than one poll's budget drains over several
// polls, oldest first, each record once. A cut-off poll remembers its page: the next one resumes
// there instead of paging again from the start of the day.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { dayOf, isSeen, markOf, unique } from './cursor';
import type { Cursor } from './cursor';
import { listPage } from './listing';
import type { Listing } from './listing';
import { fetchPages } from './pages';

export interface NewRecordsState {
	cursor: Cursor;
	/** Where the next poll starts: the created_at_min day listed and the page. */
	resume?: { day: string; page: number };
}

export async function pollNewRecords(context: IPollFunctions, listing: Listing, state: NewRecordsState): Promise<IDataObject[]> {
	const { cursor } = state;
	const day = state.resume?.day ?? dayOf(cursor.time);
	const page = async (number: number) => await listPage(context, listing, { order: 'asc', page: number, createdAtMin: day });
	const fetched = await fetchPages(context, page, state.resume?.page ?? 1);
	const records = unique(fetched.records.filter((record) => !isSeen(record, listing.field, cursor)));
	state.cursor = markOf(records, listing.field, 'newest', cursor);
	state.resume = resumeAfter(fetched, day, dayOf(state.cursor.time));
	return records;
}

/**
 * At the end of the listing: its last page again (new records fill it), or the first page of the
 * cursor's new day. Cut off: the last page again (one page of overlap, in case records left the
 * listing and pages shifted back), unless the budget leaves room for one page only: then the next.
 */
function resumeAfter({ complete, lastPage, pages }: { complete: boolean; lastPage: number; pages: number }, day: string, cursorDay: string) {
	if (complete) return cursorDay === day ? { day, page: lastPage } : { day: cursorDay, page: 1 };
	return { day, page: pages > 1 ? lastPage : lastPage + 1 };
}
