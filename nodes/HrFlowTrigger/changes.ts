// Profile Updated and Job Updated: HrFlow's listing has no updated_at_min filter, so a poll lists
// newest first (updated_at desc) down to the cursor. When n8n's budget cuts a poll short, it emits
// what it fetched and remembers a catch-up: the head it is catching up to, the oldest change
// emitted so far (`low`) and the page it stopped at. The next poll resumes there and emits only
// what is between the cursor and `low`; a record changed meanwhile moves above the head and is
// emitted after the catch-up. Once the catch-up reaches the cursor, the cursor becomes the head.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { isAbove, isSeen, markOf, timeOf, unique } from './cursor';
import type { Cursor } from './cursor';
import { listPage } from './listing';
import type { Listing } from './listing';
import { fetchPages } from './pages';

export interface ChangesState {
	cursor: Cursor;
	catchUp?: { head: Cursor; low: Cursor; page: number };
}

export async function pollChanges(
	context: IPollFunctions,
	listing: Listing,
	state: ChangesState,
): Promise<IDataObject[]> {
	const { cursor, catchUp } = state;
	const { field } = listing;
	const page = async (number: number) =>
		await listPage(context, listing, { order: 'desc', page: number });
	// Newest first: a record older than the cursor means the rest is older still.
	const fetched = await fetchPages(context, page, catchUp?.page ?? 1, (records) =>
		records.some((record) => timeOf(record, field) < cursor.time),
	);
	const fresh = fetched.records.filter(
		(record) => !isSeen(record, field, cursor) && !(catchUp && isAbove(record, field, catchUp.low)),
	);
	// The newest state of each record (listed first), emitted oldest first.
	const records = unique(fresh).reverse();
	const head = catchUp
		? markOf(
				records.filter((record) => timeOf(record, field) === catchUp.head.time),
				field,
				'newest',
				catchUp.head,
			)
		: markOf(records, field, 'newest', cursor);
	const low = markOf(records, field, 'oldest', catchUp?.low ?? head);
	if (fetched.complete) {
		// Every key emitted at the head's time: the head's, the catch-up's oldest, the old cursor's.
		const keys = [
			...head.keys,
			...(low.time === head.time ? low.keys : []),
			...(cursor.time === head.time ? cursor.keys : []),
		];
		state.cursor = { time: head.time, keys: [...new Set(keys)] };
		delete state.catchUp;
	} else {
		// One page of overlap, unless the budget leaves room for one page only.
		state.catchUp = {
			head,
			low,
			page: fetched.pages > 1 ? fetched.lastPage : fetched.lastPage + 1,
		};
	}
	return records;
}
