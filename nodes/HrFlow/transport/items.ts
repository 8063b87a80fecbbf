// The package's output items: each linked to its input item (`pairedItem`), one item per record of
// HrFlow's `data`, and the item of a failed input under Continue On Fail.

import { NodeApiError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { hrflowFailure } from './errors';
import type { ItemContext, NodeError } from './errors';

/** HrFlow's `data` from an answer, or a clear error when the answer is not HrFlow JSON. */
export function hrflowData(context: ItemContext, response: IN8nHttpFullResponse): unknown {
	const body = response.body;
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		const message = `HrFlow answered HTTP ${response.statusCode} with a body that is not an HrFlow JSON answer`;
		throw hrflowFailure(context, {
			message,
			description: 'Check the Base URL in the HrFlow API credential: it should end with /v1.',
		});
	}
	return (body as IDataObject).data;
}

/** THE output item of the package: its json, linked to the input item it came from (`pairedItem`). */
export function itemOf(
	context: Pick<IExecuteSingleFunctions, 'getItemIndex'>,
	json: IDataObject,
): INodeExecutionData {
	return { json, pairedItem: { item: context.getItemIndex() } };
}

/** One item per entry (none when `entries` is no list), each linked to the input item it came from. */
export function linkedItems(
	context: Pick<IExecuteSingleFunctions, 'getItemIndex'>,
	entries: unknown,
): INodeExecutionData[] {
	return Array.isArray(entries)
		? (entries as IDataObject[]).map((json) => itemOf(context, json))
		: [];
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

/**
 * The item "Continue On Fail" outputs for a failed input item, linked to it.
 * - Continue (using regular output): `{ error, description, httpCode }`.
 * - Continue (using error output): n8n moves an item to the error output only when its json holds
 *   nothing but `error`, `message` and `details` (it then adds the input item's fields), so the
 *   description and the HTTP code go in `details`. (An item's own `error` property would be moved
 *   too, but n8n then replaces its json with the bare message.)
 */
export function errorItem(
	error: NodeError,
	itemIndex: number,
	toErrorOutput: boolean,
): INodeExecutionData {
	const facts: IDataObject = {};
	if (error.description) facts.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) facts.httpCode = error.httpCode;
	const json = toErrorOutput
		? { error: error.message, details: facts }
		: { error: error.message, ...facts };
	return itemOf({ getItemIndex: () => itemIndex }, json);
}
