// HrFlow's listing endpoints page with `page` (from 1) and `limit`, and answer `meta.maxPage`.

import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { booleanValue, wholeNumber } from '../parameters/values';
import { readParameter } from '../parameters/read';
import { hrflowFailure } from './errors';

/** Entries per page with Return All, and the most a limit asks for at once. */
export const PAGE_SIZE = 100;

export interface Paging {
	/** How many results to return at most (Infinity with Return All). */
	max: number;
	/** The page size to ask for: constant, since HrFlow counts pages in `limit`s. */
	limit: number;
}

/** The node's Return All / Limit, checked: Limit is a whole number of at least 1. */
export function readPaging(context: IExecuteSingleFunctions): Paging {
	const returnAll = booleanValue(
		context,
		readParameter(context, 'returnAll', false),
		'Return All',
		false,
	);
	const max = returnAll
		? Infinity
		: wholeNumber(context, readParameter(context, 'limit', 50), 'Limit', 1);
	return { max, limit: Math.min(PAGE_SIZE, max) };
}

export interface Page<T> {
	/** What this page gives (output items, list entries...). */
	results: T[];
	/** HrFlow's `data` for this page, to know when pages end. */
	entries: unknown;
	meta?: IDataObject;
}

/**
 * Fetches pages until `paging.max` results, HrFlow's `meta.maxPage`, or, without it, a short or
 * empty page. With `meta.maxPage`, a short or empty page is not the end: HrFlow pages over its
 * archived records and leaves them out afterwards. A server that answers the same page again (it
 * ignored `page`) is an error, never an endless loop.
 */
export async function pageLoop<T>(
	context: Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'>,
	paging: Paging,
	fetchPage: (page: number, limit: number) => Promise<Page<T>>,
	firstPage = 1,
): Promise<T[]> {
	const results: T[] = [];
	let previous: string | undefined;
	for (let page = firstPage; results.length < paging.max; page++) {
		const { results: pageResults, entries, meta } = await fetchPage(page, paging.limit);
		const listed = Array.isArray(entries) ? entries : [];
		// Empty pages all look alike: only pages with entries can show that `page` was ignored.
		const fingerprint = listed.length ? JSON.stringify(listed) : undefined;
		if (fingerprint !== undefined && fingerprint === previous) throw samePageAgain(context, page);
		previous = fingerprint;
		results.push(...pageResults);
		const maxPage = Number(meta?.maxPage);
		if (Number.isFinite(maxPage) ? page >= maxPage : listed.length < paging.limit) break;
	}
	return results.slice(0, paging.max);
}

function samePageAgain(
	context: Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'>,
	page: number,
): NodeApiError {
	const message = `HrFlow answered page ${page} with the same entries as page ${page - 1}: stopped paging`;
	return hrflowFailure(context, {
		message,
		description:
			'The server ignores the page parameter. Check the Base URL in the HrFlow API credential, or set a Limit.',
	});
}
