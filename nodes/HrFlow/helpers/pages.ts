import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

import { assertHrFlowSuccess } from './errors';
import { hrflowData, linkedItems } from './items';
import { CREDENTIAL_TYPE, failItem } from './perItem';
import type { ItemRunner, QueryBuilder } from './perItem';
import { booleanValue, wholeNumber } from './values';

/** Profiles per page with Return All, and the most a limit asks for at once. */
export const PAGE_SIZE = 100;

/**
 * The pagination of a listing endpoint (`page`/`limit`, `meta.maxPage`): fetches pages until the
 * last one or until Limit is reached, one item per entry, each linked to the input item. The pages
 * are fetched here rather than through the routing's postReceive chain because that chain would
 * drop `meta`, which says when to stop. Without `meta.maxPage`, a short or empty page is the last;
 * a server that answers the same page again (it ignored `page`) is an error, never an endless loop.
 */
export function sendPages(buildQuery: QueryBuilder): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		try {
			const qs = buildQuery.call(this);
			const returnAll = booleanValue(this, this.getNodeParameter('returnAll', false), 'Return All', false);
			const max = returnAll ? Infinity : wholeNumber(this, this.getNodeParameter('limit', 50), 'Limit', 1);
			// A constant page size: HrFlow's pages are counted in `limit`s.
			const limit = Math.min(PAGE_SIZE, max);
			const items: INodeExecutionData[] = [];
			let previousPage: string | undefined;
			for (let page = 1; items.length < max; page++) {
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
					...(requestData.options as IHttpRequestOptions),
					qs: { ...requestData.options.qs, ...qs, page, limit },
					returnFullResponse: true,
				})) as IN8nHttpFullResponse;
				assertHrFlowSuccess(this, response);
				const entries = hrflowData(this, response);
				if (!Array.isArray(entries) || entries.length === 0) break;
				const thisPage = JSON.stringify(entries);
				if (thisPage === previousPage) throw samePageAgain(this, page);
				previousPage = thisPage;
				items.push(...linkedItems(this, entries));
				const maxPage = Number(((response.body as IDataObject).meta as IDataObject | undefined)?.maxPage);
				const last = Number.isFinite(maxPage) ? page >= maxPage : entries.length < limit;
				if (last) break;
			}
			return items.slice(0, max);
		} catch (error) {
			return await failItem(this, error, itemIndex);
		}
	};
}

function samePageAgain(context: IExecutePaginationFunctions, page: number): NodeApiError {
	const message = `HrFlow answered page ${page} with the same entries as page ${page - 1}: stopped paging`;
	return new NodeApiError(context.getNode(), { message } as JsonObject, {
		message,
		description: 'The server ignores the page parameter. Check the Base URL in the HrFlow API credential, or set a Limit.',
		itemIndex: context.getItemIndex(),
	});
}
