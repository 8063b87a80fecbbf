// One page of GET /storing/profiles or /storing/jobs, whole records, sorted by the event's field.

import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, IPollFunctions } from 'n8n-workflow';

import { assertHrFlowSuccess } from '../HrFlow/transport/errors';
import { hrflowData } from '../HrFlow/transport/items';
import { CREDENTIAL_TYPE } from '../HrFlow/transport/call';

/** HrFlow's page size for the trigger's listings. */
export const PAGE_SIZE = 100;

export interface Listing {
	url: '/storing/profiles' | '/storing/jobs';
	containers: 'sources' | 'boards';
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
	const { url, containers, keys, field } = listing;
	const limit = options.limit ?? PAGE_SIZE;
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		qs: {
			[containers === 'sources' ? 'source_keys' : 'board_keys']: JSON.stringify(keys),
			[url === '/storing/jobs' ? 'return_job' : 'return_profile']: 'true',
			sort_by: field,
			order_by: options.order,
			page: options.page,
			limit,
			...(options.createdAtMin ? { created_at_min: options.createdAtMin } : {}),
		},
		json: true,
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	const response = (await context.helpers.httpRequestWithAuthentication.call(context, CREDENTIAL_TYPE, request)) as IN8nHttpFullResponse;
	const where = { getNode: () => context.getNode(), getItemIndex: () => 0 };
	assertHrFlowSuccess(where, response);
	const data = hrflowData(where, response);
	const records = Array.isArray(data) ? (data as IDataObject[]) : [];
	const maxPage = Number(((response.body as IDataObject).meta as IDataObject | undefined)?.maxPage);
	// Without meta.maxPage (HrFlow always sends it), a short page is the only sign of the end.
	return { records, last: Number.isFinite(maxPage) ? options.page >= maxPage : records.length < limit };
}
