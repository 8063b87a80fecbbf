// Paging within n8n's budget for one poll: pages are fetched while the time spent plus the slowest
// page so far still fits in getPollBudgetMs(), so a poll returns what it has instead of being
// abandoned by n8n's scheduler (N8N_SCHEDULER_POLL_TIMEOUT) with nothing saved.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import type { Page } from './listing';

/** n8n's budget when the running n8n does not say (older than getPollBudgetMs, 2.36). */
const DEFAULT_BUDGET_MS = 5 * 60_000;

export interface Fetched {
	/** The records of the pages fetched, in HrFlow's order. */
	records: IDataObject[];
	/** The last page fetched, and its records. */
	lastPage: number;
	lastRecords: IDataObject[];
	/** How many pages were fetched. */
	pages: number;
	/** Whether the listing's end (or what `done` looks for) was reached; false when the budget cut the poll short. */
	complete: boolean;
}

export async function fetchPages(
	context: IPollFunctions,
	page: (number: number) => Promise<Page>,
	first: number,
	done: (records: IDataObject[]) => boolean = () => false,
): Promise<Fetched> {
	const budget =
		typeof context.getPollBudgetMs === 'function' ? context.getPollBudgetMs() : DEFAULT_BUDGET_MS;
	const started = Date.now();
	const records: IDataObject[] = [];
	let slowest = 0;
	for (let number = first; ; number++) {
		const before = Date.now();
		const { records: listed, last } = await page(number);
		slowest = Math.max(slowest, Date.now() - before);
		records.push(...listed);
		const pages = number - first + 1;
		if (last || done(listed))
			return { records, lastPage: number, lastRecords: listed, pages, complete: true };
		if (Date.now() - started + slowest > budget)
			return { records, lastPage: number, lastRecords: listed, pages, complete: false };
	}
}

/** The newest record of a listing sorted newest first: the first of the first page that has one. */
export async function newestRecords(
	page: (number: number) => Promise<Page>,
): Promise<IDataObject[]> {
	for (let number = 1; ; number++) {
		const { records, last } = await page(number);
		// A page of archived records comes back empty: the newest may be on the next one.
		if (records.length || last) return records;
	}
}
