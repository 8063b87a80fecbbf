// New Profile and New Job: HrFlow's listing oldest first from the cursor's day (created_at_min, a
// "YYYY-MM-DD" filter), records at or behind the cursor skipped. A poll emits what it fetched, and
// the cursor moves only over that, so a backlog larger than one poll's budget drains over several
// polls, oldest first, each record once. A cut-off poll remembers its page: the next one resumes
// there instead of paging again from the start of the day.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { dayOf, isSeen, markOf, timeOf, unique } from './cursor';
import type { Cursor } from './cursor';
import { listPage } from './listing';
import type { Listing } from './listing';
import { fetchPages } from './pages';
import type { Fetched } from './pages';

export interface NewRecordsState {
	cursor: Cursor;
	/** Where the next poll starts: the created_at_min day listed and the page. */
	resume?: { day: string; page: number };
}

export async function pollNewRecords(
	context: IPollFunctions,
	listing: Listing,
	state: NewRecordsState,
): Promise<IDataObject[]> {
	const { cursor } = state;
	const day = state.resume?.day ?? dayOf(cursor.time);
	const page = async (number: number) =>
		await listPage(context, listing, { order: 'asc', page: number, createdAtMin: day });
	const fetched = await fetchPages(context, page, state.resume?.page ?? 1);
	const records = unique(
		fetched.records.filter((record) => !isSeen(record, listing.field, cursor)),
	);
	state.cursor = markOf(records, listing.field, 'newest', cursor);
	state.resume = resumeAfter(fetched, day, dayOf(state.cursor.time), listing.field);
	return records;
}

/**
 * At the end of the listing: its last page again (new records fill it). The listing moves on to
 * the cursor's day only when that day starts on this last page: its records seen so far then fit
 * in the new listing's first page, so no later poll pages over more than one page of them (a poll
 * that emits nothing may lose its progress: n8n's scheduler without durable cursors saves static
 * data only with items). Cut off: the last page again (one page of overlap, in case records left
 * the listing and pages shifted back), unless the budget leaves room for one page only: the next.
 */
function resumeAfter(fetched: Fetched, day: string, cursorDay: string, field: string) {
	const { complete, lastPage, lastRecords, pages } = fetched;
	if (complete) {
		const dayStartsHere = lastRecords.some((record) => dayOf(timeOf(record, field)) < cursorDay);
		return cursorDay !== day && dayStartsHere
			? { day: cursorDay, page: 1 }
			: { day, page: lastPage };
	}
	return { day, page: pages > 1 ? lastPage : lastPage + 1 };
}
