// What HrFlow's analysis endpoints of one record answer (a profile's parsing, revealed skills,
// predicted next steps, a profile's or a job's embedding), as one item. HrFlow documents few of
// these answers: its `data` goes out as it comes, one item per input item.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	PostReceiveAction,
} from 'n8n-workflow';

import { hrflowData, itemOf } from '../transport/items';

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * postReceive: HrFlow's `data` as one item. An object is the item as it is; nothing (null) is an
 * empty item; anything else (a list, a text, a number) is put in the item under `field`, since an
 * n8n item is an object. With `unwrapOne`, a list of exactly one object is that object (the shape
 * of POST /text/embedding's `[{ embedding }]`).
 */
export function outputAnalysis(field: string, unwrapOne = false): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const data = hrflowData(this, response);
		if (data === undefined || data === null) return [itemOf(this, {})];
		if (isObject(data)) return [itemOf(this, data)];
		if (unwrapOne && Array.isArray(data) && data.length === 1 && isObject(data[0]))
			return [itemOf(this, data[0])];
		return [itemOf(this, { [field]: data as IDataObject[keyof IDataObject] })];
	};
}
