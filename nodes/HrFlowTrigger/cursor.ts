// Where a poll stopped: the newest timestamp emitted and the keys seen at that timestamp (many
// records share a second). Records are listed newest first; what is at or before the cursor and
// already seen is not emitted again.

import type { IDataObject } from 'n8n-workflow';

export interface Cursor {
	/** Milliseconds since 1970 of the newest record emitted (or seen at activation). */
	time: number;
	/** The keys of the records at `time` already emitted. */
	keys: string[];
}

export interface PollResult {
	/** The new or changed records, oldest first. */
	records: IDataObject[];
	cursor: Cursor;
}

export const timeOf = (record: IDataObject, field: string): number => Date.parse(String(record[field] ?? ''));

/** Whether a record is already behind the cursor: older, or at its time and seen. */
export function isSeen(record: IDataObject, field: string, cursor: Cursor): boolean {
	const time = timeOf(record, field);
	return time < cursor.time || (time === cursor.time && cursor.keys.includes(String(record.key)));
}

/** The records to emit (each once, oldest first) and the cursor after them. */
export function advance(listed: IDataObject[], field: string, cursor: Cursor): PollResult {
	const unique = new Map<string, IDataObject>();
	for (const record of listed) if (!isSeen(record, field, cursor) && !unique.has(String(record.key))) unique.set(String(record.key), record);
	// Listed newest first: reversed, then a stable sort, keeps HrFlow's order within a second.
	const records = [...unique.values()].reverse().sort((a, b) => timeOf(a, field) - timeOf(b, field));
	if (records.length === 0) return { records, cursor };
	const newest = timeOf(records[records.length - 1], field);
	const atNewest = records.filter((record) => timeOf(record, field) === newest).map((record) => String(record.key));
	return { records, cursor: { time: newest, keys: newest === cursor.time ? [...cursor.keys, ...atNewest] : atNewest } };
}
