// One page of GET /storing/profiles or /storing/jobs, whole records, newest first by the field.

import type { IDataObject, IHttpRequestOptions, IN8nHttpFullResponse, IPollFunctions } from 'n8n-workflow';

import { assertHrFlowSuccess } from '../HrFlow/transport/errors';
import { hrflowData } from '../HrFlow/transport/items';
import { CREDENTIAL_TYPE } from '../HrFlow/transport/request';

export async function listPage(
	context: IPollFunctions,
	url: string,
	containers: 'sources' | 'boards',
	keys: string[],
	field: string,
	page: number,
	limit: number,
): Promise<{ records: IDataObject[]; last: boolean }> {
	const jobs = url === '/storing/jobs';
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		qs: {
			[containers === 'sources' ? 'source_keys' : 'board_keys']: JSON.stringify(keys),
			[jobs ? 'return_job' : 'return_profile']: 'true',
			sort_by: field,
			order_by: 'desc',
			page,
			limit,
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
	return { records, last: records.length < limit || (Number.isFinite(maxPage) && page >= maxPage) };
}
