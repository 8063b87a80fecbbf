// Sources and boards, HrFlow's folders of profiles and of jobs: one looked up by key (GET /source,
// GET /board) or listed by name (GET /sources, GET /boards), the same way for both (HrFlow's
// Python SDK 4.3, hrflow/source and hrflow/board).

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { readLocatorKey } from '../parameters/locators';
import { optionalText } from '../parameters/values';
import { hrflowData, itemOf } from '../transport/items';
import type { ItemRequest } from '../transport/request';

export type Folder = 'source' | 'board';

/** GET /source or /board's query: `key`, from the Source or Board picked from the list or given by key. */
export function folderLookup(folder: Folder) {
	const label = folder === 'source' ? 'Source' : 'Board';
	return function (this: IExecuteSingleFunctions): ItemRequest {
		return { qs: { key: readLocatorKey(this, folder, label) } };
	};
}

/** GET /sources or /boards' query, paging aside: Options › Name when set. */
export function folderListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const options = this.getNodeParameter('filters', {}) as IDataObject;
	const name = optionalText(this, options.name, 'Name')?.trim();
	return { qs: name ? { name } : {} };
}

/** postReceive: HrFlow's `data`, the source or board, as one item. */
export async function outputFolder(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [itemOf(this, (hrflowData(this, response) ?? {}) as IDataObject)];
}
