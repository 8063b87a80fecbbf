// Where a poll stopped: the newest timestamp emitted and the keys seen at that timestamp (many
// records share a second). What is at or before the cursor and already seen is not emitted again.

import type { IDataObject } from 'n8n-workflow';

export interface Cursor {
	/** Milliseconds since 1970 of the newest record emitted (or seen at activation). */
	time: number;
	/** The keys of the records at `time` already emitted. */
	keys: string[];
}

export const timeOf = (record: IDataObject, field: string): number =>
	Date.parse(String(record[field] ?? ''));

/** Whether a record is already behind the cursor: older, or at its time and seen. */
export function isSeen(record: IDataObject, field: string, cursor: Cursor): boolean {
	const time = timeOf(record, field);
	return time < cursor.time || (time === cursor.time && cursor.keys.includes(String(record.key)));
}

/** Whether a record is at or past a mark: newer, or at its time and one of its keys. */
export function isAbove(record: IDataObject, field: string, mark: Cursor): boolean {
	const time = timeOf(record, field);
	return time > mark.time || (time === mark.time && mark.keys.includes(String(record.key)));
}

/** The records once each (the first listed wins: HrFlow may list one twice when pages shift). */
export function unique(records: IDataObject[]): IDataObject[] {
	const byKey = new Map<string, IDataObject>();
	for (const record of records)
		if (!byKey.has(String(record.key))) byKey.set(String(record.key), record);
	return [...byKey.values()];
}

/**
 * The mark of the newest (or oldest) of `records` and the keys at its time, with `previous`'s keys
 * kept when it is at the same time; `previous` when there are no records.
 */
export function markOf(
	records: IDataObject[],
	field: string,
	which: 'newest' | 'oldest',
	previous: Cursor,
): Cursor {
	if (records.length === 0) return previous;
	const times = records.map((record) => timeOf(record, field));
	const time = which === 'newest' ? Math.max(...times) : Math.min(...times);
	const keys = records
		.filter((record) => timeOf(record, field) === time)
		.map((record) => String(record.key));
	return { time, keys: time === previous.time ? [...new Set([...previous.keys, ...keys])] : keys };
}

/** A time's day in UTC, as HrFlow's listing filter takes it (created_at_min: "YYYY-MM-DD"). */
export const dayOf = (time: number): string =>
	new Date(Number.isFinite(time) ? Math.max(time, 0) : 0).toISOString().slice(0, 10);
