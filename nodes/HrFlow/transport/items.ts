import { NodeApiError } from 'n8n-workflow';

import type { ItemContext } from './errors';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

/** HrFlow's `data` from an answer, or a clear error when the answer is not HrFlow JSON. */
export function hrflowData(context: ItemContext, response: IN8nHttpFullResponse): unknown {
	const body = response.body;
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		const message = `HrFlow answered HTTP ${response.statusCode} with a body that is not an HrFlow JSON answer`;
		throw new NodeApiError(context.getNode(), { message } as JsonObject, {
			message,
			description: 'Check the Base URL in the HrFlow API credential: it should end with /v1.',
			itemIndex: context.getItemIndex(),
		});
	}
	return (body as IDataObject).data;
}

/** One item per entry, each linked to the input item it came from. */
export function linkedItems(context: IExecuteSingleFunctions, entries: unknown): INodeExecutionData[] {
	const item = context.getItemIndex();
	return Array.isArray(entries) ? (entries as IDataObject[]).map((json) => ({ json, pairedItem: { item } })) : [];
}

/**
 * postReceive: one item per entry of HrFlow's `data` list, each linked to the input item it came
 * from. n8n's own `rootProperty` split drops `pairedItem` once there are several input items.
 */
export async function splitDataIntoItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return linkedItems(this, hrflowData(this, response));
}
