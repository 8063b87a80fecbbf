// What an update sends: the record HrFlow holds with the given fields merged in. HrFlow's PUT
// replaces the whole record ("edit is a Put not a Patch so you need to provide all the fields",
// HrFlow's SDK notebooks), so every write GETs the record, merges, and PUTs it whole, as HrFlow's
// own SDK tests and connectors do.
//
// Rules (the README's "What Update keeps"):
// - objects merge key by key, at every depth (a profile's `info`, a location);
// - a location whose text changes drops the old coordinates (they belonged to the old text),
//   unless new ones are given; the same text keeps HrFlow's coordinates;
// - a list given replaces that list (JSON definition), except where the Fields definition
//   (`fromFields`) merges by name: tags, metadatas and sections set the entries of the names given, skills
//   add the names not there yet (an existing skill keeps its type and value);
// - what is not given is kept; First or Last Name given without a full name: the full name follows.

import type { IDataObject } from 'n8n-workflow';

/** The fields HrFlow sets itself: not sent back (HrFlow ignores or refuses them on a write). */
const SET_BY_HRFLOW = ['id', 'source', 'board', 'updated_at', 'archive', 'archived_at'];

/** Lists the Fields definition merges by name: the name of an entry, or undefined. */
const BY_NAME: Record<string, (entry: IDataObject) => string | undefined> = {
	tags: (entry) => textOf(entry.name),
	metadatas: (entry) => textOf(entry.name),
	sections: (entry) => textOf(entry.name) ?? textOf(entry.title),
};

const textOf = (value: unknown): string | undefined =>
	typeof value === 'string' && value !== '' ? value : undefined;
const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The record to PUT: `current` (as GET answered it) without what HrFlow sets itself, with `given`
 * merged in. `fromFields`: the Fields definition gave it, its lists merge by name instead of
 * replacing.
 */
export function mergeRecord(
	current: IDataObject,
	given: IDataObject,
	fromFields: boolean,
): IDataObject {
	const kept: IDataObject = {};
	for (const [key, value] of Object.entries(current))
		if (!SET_BY_HRFLOW.includes(key)) kept[key] = value;
	const merged = mergeObjects(kept, given, fromFields);
	const info = given.info;
	// The Fields definition's full name is only its First and Last Name: the merged ones decide it.
	const derived = fromFields || (isObject(info) && info.full_name === undefined);
	if (
		derived &&
		isObject(info) &&
		(info.first_name !== undefined || info.last_name !== undefined) &&
		isObject(merged.info)
	) {
		const { first_name: first, last_name: last } = merged.info;
		merged.info = {
			...merged.info,
			full_name: [first, last]
				.filter((part) => typeof part === 'string' && part.trim() !== '')
				.join(' '),
		};
	}
	return merged;
}

function mergeObjects(current: IDataObject, given: IDataObject, fromFields: boolean): IDataObject {
	const merged: IDataObject = { ...current };
	for (const [key, value] of Object.entries(given)) {
		// JSON.parse keeps "__proto__" as a key: assigned, it would set the record's prototype instead.
		if (key === '__proto__') continue;
		const old = current[key];
		if (key === 'location' && isObject(value))
			merged[key] = mergeLocation(isObject(old) ? old : {}, value);
		else if (isObject(value) && isObject(old)) merged[key] = mergeObjects(old, value, fromFields);
		else if (fromFields && Array.isArray(value) && Array.isArray(old) && key === 'skills')
			merged[key] = addSkills(old as IDataObject[], value as IDataObject[]);
		else if (
			fromFields &&
			Array.isArray(value) &&
			Array.isArray(old) &&
			Object.hasOwn(BY_NAME, key)
		)
			merged[key] = setByName(old as IDataObject[], value as IDataObject[], BY_NAME[key]);
		else merged[key] = value;
	}
	return merged;
}

/** Coordinates follow the text: kept for the same text, dropped for another unless given. */
function mergeLocation(current: IDataObject, given: IDataObject): IDataObject {
	const moved = given.text !== undefined && given.text !== current.text;
	const merged: IDataObject = { ...current };
	for (const [key, value] of Object.entries(given)) {
		// A null coordinate beside an unchanged text is the Fields definition's "no coordinates known".
		if ((key === 'lat' || key === 'lng') && value === null && !moved) continue;
		merged[key] = value;
	}
	if (moved) {
		if (typeof given.lat !== 'number') merged.lat = null;
		if (typeof given.lng !== 'number') merged.lng = null;
	}
	return merged;
}

/** The entries of the names given replace the entries of those names (where the first stood); the others stay. */
function setByName(
	current: IDataObject[],
	given: IDataObject[],
	nameOf: (entry: IDataObject) => string | undefined,
): IDataObject[] {
	const givenNames = new Set(given.map(nameOf).filter((name) => name !== undefined));
	const merged: IDataObject[] = [];
	const placed = new Set<string>();
	for (const entry of current) {
		const name = isObject(entry) ? nameOf(entry) : undefined;
		if (name === undefined || !givenNames.has(name)) merged.push(entry);
		else if (!placed.has(name)) {
			placed.add(name);
			merged.push(...given.filter((candidate) => nameOf(candidate) === name));
		}
	}
	merged.push(
		...given.filter((entry) => nameOf(entry) === undefined || !placed.has(nameOf(entry)!)),
	);
	return merged;
}

/** Skills by name (case and surrounding spaces aside): the ones held stay as they are, new ones are added. */
function addSkills(current: IDataObject[], given: IDataObject[]): IDataObject[] {
	const key = (entry: IDataObject) =>
		String(entry?.name ?? '')
			.trim()
			.toLowerCase();
	const held = new Set(current.map(key));
	const merged = [...current];
	for (const entry of given) {
		if (held.has(key(entry))) continue;
		held.add(key(entry));
		merged.push(entry);
	}
	return merged;
}
