// Writing back to HrFlow, for profiles and jobs alike: the answer as one item; Update (GET the
// record, merge the given fields in, PUT it whole: HrFlow's PUT replaces); Create or Update by
// reference (the same lookup decides: found, the merged record is PUT; not found, it is created).

import type { IDataObject, IExecutePaginationFunctions, IExecuteSingleFunctions, IN8nHttpFullResponse, INodeExecutionData } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { hrflowData } from '../transport/items';
import type { HrFlowCall, RequestSteps } from '../transport/request';
import { mergeRecord } from './merge';

export type RecordKind = 'job' | 'profile';

/** postReceive: HrFlow's `data` (the record written, or `{ key }` for an archive) as one item. */
export async function outputWritten(this: IExecuteSingleFunctions, _items: INodeExecutionData[], response: IN8nHttpFullResponse): Promise<INodeExecutionData[]> {
	return [{ json: (hrflowData(this, response) ?? {}) as IDataObject, pairedItem: { item: this.getItemIndex() } }];
}

const CONTAINER: Record<RecordKind, string> = { job: 'board_key', profile: 'source_key' };

/**
 * Update: GET the record, merge the given content into it, PUT it whole by its key. A record
 * HrFlow does not have stays HrFlow's error. The output is the record as HrFlow stored it.
 * The builder hands over `qs`, which finds the record (`{ source_key | board_key, key |
 * reference }`), `body`, the content given, and `extra.fromFields`: the Fields definition gave it,
 * its lists merge by name.
 */
export function updateRecord(kind: RecordKind, url: string): RequestSteps {
	return async function (this: IExecutePaginationFunctions, { qs = {}, body, extra = {} }, call) {
		const current = (await call('GET', url, { qs }))?.data as IDataObject;
		const stored = await putMerged(this, kind, url, call, current, body as IDataObject, extra.fromFields === true);
		return [{ json: stored, pairedItem: { item: this.getItemIndex() } }];
	};
}

/**
 * Create or Update: the lookup by reference decides. Found: the merged record is PUT by its key;
 * not found (HrFlow's 400 "Unable to find object"): the content is POSTed with the reference; any
 * other error stands. The output is the record with `action: "updated"` or `"created"`.
 */
export function upsertByReference(kind: RecordKind, url: string): RequestSteps {
	return async function (this: IExecutePaginationFunctions, { qs = {}, body, extra = {} }, call) {
		const current = (await call('GET', url, { qs, notFound: kind }))?.data as IDataObject | undefined;
		const content = { ...(body as IDataObject), ...qs };
		const record = current?.key
			? await putMerged(this, kind, url, call, current, content, extra.fromFields === true)
			: (((await call('POST', url, { body: content }))?.data ?? {}) as IDataObject);
		return [{ json: { ...record, action: current?.key ? 'updated' : 'created' }, pairedItem: { item: this.getItemIndex() } }];
	};
}

/** PUTs `current` with `given` merged in, by its key; HrFlow's answer (the record stored). */
async function putMerged(
	context: IExecutePaginationFunctions,
	kind: RecordKind,
	url: string,
	call: HrFlowCall,
	current: IDataObject,
	given: IDataObject,
	fromFields: boolean,
): Promise<IDataObject> {
	const container = CONTAINER[kind];
	await refuseTakenReference(context, kind, url, call, current, given);
	const record = { ...mergeRecord(current, given, fromFields), [container]: current[container], key: current.key };
	return ((await call('PUT', url, { body: record }))?.data ?? {}) as IDataObject;
}

/**
 * A new reference is written with the record's key. HrFlow's SDK says a reference "overrides" a
 * key where both are given: a reference another record holds would then write over that record,
 * so a reference in use fails the item instead.
 */
async function refuseTakenReference(context: IExecutePaginationFunctions, kind: RecordKind, url: string, call: HrFlowCall, current: IDataObject, given: IDataObject) {
	const reference = given.reference;
	if (typeof reference !== 'string' || reference === '' || reference === current.reference) return;
	const container = CONTAINER[kind];
	const holder = (await call('GET', url, { qs: { [container]: current[container], reference }, notFound: kind }))?.data as IDataObject | undefined;
	if (holder?.key && holder.key !== current.key) {
		throw invalidInput(context, `Reference "${reference}" is already used by another ${kind} (key ${String(holder.key)})`, `A reference is unique in its ${kind === 'job' ? 'board' : 'source'}: choose another one, or update that ${kind}.`);
	}
}
