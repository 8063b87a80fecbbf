import type {
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { assertHrFlowSuccess } from './errors';
import { hrflowData, linkedItems } from './items';
import { CREDENTIAL_TYPE, failItem } from './perItem';
import type { ItemRunner, QueryBuilder } from './perItem';

/** Profiles per page with Return All, and the most a limit asks for at once. */
export const PAGE_SIZE = 100;

/**
 * The pagination of a listing endpoint (`page`/`limit`, `meta.maxPage`): fetches pages until the
 * last one or until Limit is reached, one item per entry, each linked to the input item. The pages
 * are fetched here rather than through the routing's postReceive chain because that chain would
 * drop `meta`, which says when to stop.
 */
export function sendPages(buildQuery: QueryBuilder): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		try {
			const qs = buildQuery.call(this);
			const returnAll = this.getNodeParameter('returnAll', false) as boolean;
			const max = returnAll ? Infinity : Number(this.getNodeParameter('limit', 50));
			// A constant page size: HrFlow's pages are counted in `limit`s.
			const limit = Math.min(PAGE_SIZE, max);
			const items: INodeExecutionData[] = [];
			for (let page = 1; items.length < max; page++) {
				const response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
					...(requestData.options as IHttpRequestOptions),
					qs: { ...requestData.options.qs, ...qs, page, limit },
					returnFullResponse: true,
				})) as IN8nHttpFullResponse;
				assertHrFlowSuccess(this, response);
				const entries = hrflowData(this, response);
				items.push(...linkedItems(this, entries));
				const meta = ((response.body as IDataObject).meta ?? {}) as IDataObject;
				if (!Array.isArray(entries) || entries.length === 0 || page >= Number(meta.maxPage ?? page)) break;
			}
			return items.slice(0, max);
		} catch (error) {
			return await failItem(this, error, itemIndex);
		}
	};
}
