// Writing back to HrFlow, for profiles and jobs alike: the answer as one item, and Create or
// Update by reference (look the record up; found, update it by its key; not found, create it).

import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { hrflowData } from '../transport/items';
import type { RequestSteps } from '../transport/request';

/** postReceive: HrFlow's `data` (the record written, or `{ key }` for an archive) as one item. */
export async function outputWritten(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	return [{ json: (hrflowData(this, response) ?? {}) as IDataObject, pairedItem: { item: this.getItemIndex() } }];
}

/**
 * Create or Update. The built request holds `qs`, the lookup by reference (`{ source_key |
 * board_key, reference }`), and `body`, the content. Found: PUT with the record's key; not found:
 * POST with the reference; any other error stands. The output is the record with
 * `action: "updated"` or `"created"`.
 */
export function upsertByReference(kind: 'job' | 'profile', url: string): RequestSteps {
	return async function (this: IExecutePaginationFunctions, { qs = {}, body }, call) {
		const found = (await call('GET', url, { qs, notFound: kind }))?.data as IDataObject | undefined;
		const content = { ...(body as IDataObject), ...qs };
		const answer = found?.key
			? await call('PUT', url, { body: { ...content, key: found.key } })
			: await call('POST', url, { body: content });
		const record = (answer?.data ?? {}) as IDataObject;
		return [{ json: { ...record, action: found?.key ? 'updated' : 'created' }, pairedItem: { item: this.getItemIndex() } }];
	};
}
