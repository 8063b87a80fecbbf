// What the editor lists: the account's sources and boards by name, for the resource locators'
// searchable lists and the multi-selects. Errors keep HrFlow's message, the key redacted.

import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { callHrFlow, credentialFacts, noItem } from '../transport/call';
import { cleanNodeError } from '../transport/errors';
import { hrflowData } from '../transport/items';
import { pageLoop, PAGE_SIZE } from '../transport/paging';

/** Entries per page of a searchable list, as the user scrolls. */
export const SEARCH_PAGE_SIZE = 30;

interface Listed {
	key: string;
	name: string;
	type?: string;
}

interface ListPage {
	entries: Listed[];
	meta?: IDataObject;
}

/** One page of GET /sources or GET /boards, by name. */
async function listPage(
	context: ILoadOptionsFunctions,
	url: string,
	qs: IDataObject,
): Promise<ListPage> {
	try {
		const response = (await callHrFlow(context, noItem(context), { url, qs }))!;
		const data = hrflowData(noItem(context), response);
		return {
			entries: Array.isArray(data) ? (data as Listed[]) : [],
			meta: (response.body as IDataObject).meta as IDataObject | undefined,
		};
	} catch (error) {
		throw cleanNodeError(context.getNode(), error, 0, await credentialFacts(context));
	}
}

/** A searchable list: one page per scroll, `paginationToken` the next page's number. */
async function searchList(
	context: ILoadOptionsFunctions,
	url: string,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) || 1;
	const name = filter?.trim();
	const { entries, meta } = await listPage(context, url, {
		...(name ? { name } : {}),
		page,
		limit: SEARCH_PAGE_SIZE,
	});
	const maxPage = Number(meta?.maxPage);
	const more = Number.isFinite(maxPage) ? page < maxPage : entries.length === SEARCH_PAGE_SIZE;
	return {
		results: entries.map((entry) => ({ name: entry.name, value: entry.key })),
		paginationToken: more ? String(page + 1) : undefined,
	};
}

/** Every entry, for a multi-select: all pages. */
async function allOptions(
	context: ILoadOptionsFunctions,
	url: string,
): Promise<INodePropertyOptions[]> {
	const listed = await pageLoop(
		noItem(context),
		{ max: Infinity, limit: PAGE_SIZE },
		async (page, limit) => {
			const { entries, meta } = await listPage(context, url, { page, limit });
			return { results: entries, entries, meta };
		},
	);
	return listed.map((entry) => ({
		name: entry.name,
		value: entry.key,
		description: entry.type ? `${entry.type} · ${entry.key}` : entry.key,
	}));
}

export async function searchSources(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, '/sources', filter, paginationToken);
}

export async function getSources(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allOptions(this, '/sources');
}

export async function searchBoards(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchList(this, '/boards', filter, paginationToken);
}

export async function getBoards(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await allOptions(this, '/boards');
}
