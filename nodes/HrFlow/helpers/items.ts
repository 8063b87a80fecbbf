import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

/**
 * postReceive: one item per entry of HrFlow's `data` list, each linked to the input item it came
 * from. n8n's own `rootProperty` split drops `pairedItem` once there are several input items.
 */
export async function splitDataIntoItems(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body;
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		const message = `HrFlow answered HTTP ${response.statusCode} with a body that is not an HrFlow JSON answer`;
		throw new NodeApiError(this.getNode(), { message } as JsonObject, {
			message,
			description: 'Check the Base URL in the HrFlow API credential: it should end with /v1.',
			itemIndex: this.getItemIndex(),
		});
	}
	const data = (body as IDataObject).data;
	const entries = Array.isArray(data) ? (data as IDataObject[]) : [];
	const item = this.getItemIndex();
	return entries.map((json) => ({ json, pairedItem: { item } }));
}
