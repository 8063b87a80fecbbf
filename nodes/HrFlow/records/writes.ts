// Writing back to HrFlow, for profiles and jobs alike: the answer as one item; Update (GET the
// record, merge the given fields in, PUT it whole: HrFlow's PUT replaces); Create or Update by
// reference (the same lookup decides: found, the merged record is PUT; not found, it is created).

import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { hrflowData, itemOf } from '../transport/items';
import type { Call, Steps } from '../transport/request';
import { mergeRecord } from './merge';

export type RecordKind = 'job' | 'profile';

/** postReceive: HrFlow's `data` (the record written, or `{ key }` for an archive) as one item. */
export async function outputWritten(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	return [itemOf(this, (hrflowData(this, response) ?? {}) as IDataObject)];
}

const CONTAINER: Record<RecordKind, string> = { job: 'board_key', profile: 'source_key' };

/** What a write reads of the item: the query that finds the record, the content given, and how it was given. */
export interface WriteInput {
	/** `{ source_key | board_key, key | reference }`. */
	find: IDataObject;
	content: IDataObject;
	/** The Fields definition gave the content: its lists merge by name. */
	fromFields: boolean;
}

/**
 * Update: GET the record, merge the given content into it, PUT it whole by its key. A record
 * HrFlow does not have stays HrFlow's error. The output is the record as HrFlow stored it.
 */
export function updateSteps(kind: RecordKind, url: string): Steps<WriteInput> {
	return async function (this: IExecutePaginationFunctions, { find, content, fromFields }, call) {
		const current = (await call({ url, qs: find }))?.data as IDataObject;
		const stored = await putMerged(this, kind, url, call, current, content, fromFields);
		return [itemOf(this, stored)];
	};
}

/**
 * Create or Update: the lookup by reference decides. Found: the merged record is PUT by its key;
 * not found (HrFlow's 400 "Unable to find object"): the content is POSTed with the reference; any
 * other error stands. The output is the record with `action: "updated"` or `"created"`.
 */
export function upsertSteps(kind: RecordKind, url: string): Steps<WriteInput> {
	return async function (
		this: IExecutePaginationFunctions,
		{ find, content: given, fromFields },
		call,
	) {
		const current = (await call({ url, qs: find, notFound: kind }))?.data as
			IDataObject | undefined;
		const content = { ...given, ...find };
		const record = current?.key
			? await putMerged(this, kind, url, call, current, content, fromFields)
			: (((await call({ method: 'POST', url, body: content }))?.data ?? {}) as IDataObject);
		return [itemOf(this, { ...record, action: current?.key ? 'updated' : 'created' })];
	};
}

/** PUTs `current` with `given` merged in, by its key; HrFlow's answer (the record stored). */
async function putMerged(
	context: IExecutePaginationFunctions,
	kind: RecordKind,
	url: string,
	call: Call,
	current: IDataObject,
	given: IDataObject,
	fromFields: boolean,
): Promise<IDataObject> {
	const container = CONTAINER[kind];
	await refuseTakenReference(context, kind, url, call, current, given);
	const record = {
		...mergeRecord(current, given, fromFields),
		[container]: current[container],
		key: current.key,
	};
	return ((await call({ method: 'PUT', url, body: record }))?.data ?? {}) as IDataObject;
}

/**
 * A new reference is written with the record's key. HrFlow's SDK says a reference "overrides" a
 * key where both are given: a reference another record holds would then write over that record,
 * so a reference in use fails the item instead.
 */
async function refuseTakenReference(
	context: IExecutePaginationFunctions,
	kind: RecordKind,
	url: string,
	call: Call,
	current: IDataObject,
	given: IDataObject,
) {
	const reference = given.reference;
	if (typeof reference !== 'string' || reference === '' || reference === current.reference) return;
	const container = CONTAINER[kind];
	const holder = (
		await call({ url, qs: { [container]: current[container], reference }, notFound: kind })
	)?.data as IDataObject | undefined;
	if (holder?.key && holder.key !== current.key) {
		throw invalidInput(
			context,
			`Reference "${reference}" is already used by another ${kind} (key ${String(holder.key)})`,
			`A reference is unique in its ${kind === 'job' ? 'board' : 'source'}: choose another one, or update that ${kind}.`,
		);
	}
}
