// Readers of the search and scoring filters of Options: lists of { name, value }, tags, a point and
// a distance, numbers, ranges. Each takes what the editor gives (a fixed collection) and what an
// expression gives (an array, an object, numbers as text, HrFlow's own JSON), or fails naming the
// field, before any request.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { isoDate } from './hrjson';
import { optionalText, requiredText } from './values';

type Context = IExecuteSingleFunctions;

/** What HrFlow takes for skills, languages, interests and tags: a name and a value (null when none). */
export interface NamedValue {
	name: string;
	value: string | number | boolean | null;
}

const isObject = (value: unknown): value is IDataObject =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** What a value is, for messages. */
function kind(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (value === null) return 'null';
	return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * The entries of a list option: the editor's fixed collection (`{ [entry]: [...] }`), an array, one
 * object, HrFlow's JSON as text (`[{"name": ...}]`), or comma-separated names.
 */
function entriesOf(context: Context, value: unknown, label: string, entry: string): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	if (Array.isArray(value)) return value;
	if (typeof value === 'string') {
		const text = value.trim();
		if (!text.startsWith('[')) return text.split(',').filter((name) => name.trim() !== '');
		try {
			return entriesOf(context, JSON.parse(text) as unknown, label, entry);
		} catch {
			throw invalidInput(
				context,
				`${label} is not valid JSON`,
				`Give ${label} a list, e.g. [{"name": "Python", "value": null}], or comma-separated names.`,
			);
		}
	}
	if (isObject(value)) {
		if (entry in value) {
			const inner = value[entry];
			return Array.isArray(inner) ? inner : inner === undefined ? [] : [inner];
		}
		return Object.keys(value).length ? [value] : [];
	}
	throw invalidInput(
		context,
		`${label} must be a list of names and values, not ${kind(value)}`,
		`Give ${label} a list, e.g. [{"name": "Python", "value": null}], or comma-separated names.`,
	);
}

/** A value of a { name, value } entry: text trimmed, a number or a boolean as it is; empty is null. */
function entryValue(
	context: Context,
	value: unknown,
	label: string,
): string | number | boolean | null {
	if (typeof value === 'number' || typeof value === 'boolean')
		return optionalText(context, value, label) === undefined ? null : value;
	return optionalText(context, value, label)?.trim() ?? null;
}

/** One entry: a name (required) and a value, from an object or a bare name. */
function namedValue(context: Context, entry: unknown, label: string): NamedValue {
	if (typeof entry === 'string' || typeof entry === 'number')
		return { name: requiredText(context, entry, `${label} › Name`).trim(), value: null };
	if (!isObject(entry))
		throw invalidInput(
			context,
			`${label} must be a name and a value, not ${kind(entry)}`,
			'Each entry is { "name": ..., "value": ... } (the value may be null).',
		);
	return {
		name: requiredText(context, entry.name, `${label} › Name`).trim(),
		value: entryValue(context, entry.value, `${label} › Value`),
	};
}

/** Skills, languages, interests: `[{ name, value }]`, in the order given; empty when none. */
export function namedValues(
	context: Context,
	value: unknown,
	label: string,
	entry: string,
): NamedValue[] {
	return entriesOf(context, value, label, entry).map((one, index) =>
		namedValue(context, one, `${label} ${index + 1}`),
	);
}

/**
 * Tags as HrFlow filters them: OR-groups that are ANDed, `[[{ name, value }, ...], ...]`. From a
 * list of tags: included, the tags of one name form a group (any of its values, and every name);
 * excluded, all tags form one group (a record with any of them is left out). HrFlow's nested form
 * from an expression goes as it is, each tag checked.
 */
export function tagGroups(
	context: Context,
	value: unknown,
	label: string,
	mode: 'included' | 'excluded',
): NamedValue[][] {
	const entries = entriesOf(context, value, label, 'tag');
	if (entries.length && entries.every(Array.isArray))
		return (entries as unknown[][])
			.map((group, g) =>
				group.map((tag, t) => namedValue(context, tag, `${label} group ${g + 1} tag ${t + 1}`)),
			)
			.filter((group) => group.length > 0);
	const tags = entries.map((tag, index) => namedValue(context, tag, `${label} ${index + 1}`));
	if (!tags.length) return [];
	if (mode === 'excluded') return [tags];
	const groups = new Map<string, NamedValue[]>();
	for (const tag of tags) groups.set(tag.name, [...(groups.get(tag.name) ?? []), tag]);
	return [...groups.values()];
}

/** A number from a number or numeric text, within bounds; undefined when empty. */
export function numberIn(
	context: Context,
	value: unknown,
	label: string,
	{
		min,
		max,
		whole = false,
		above = false,
	}: { min: number; max?: number; whole?: boolean; above?: boolean },
): number | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const number =
		typeof value === 'number'
			? value
			: typeof value === 'string' && value.trim() !== ''
				? Number(value)
				: NaN;
	const within =
		Number.isFinite(number) &&
		(above ? number > min : number >= min) &&
		(max === undefined || number <= max) &&
		(!whole || Number.isInteger(number));
	if (!within) {
		const bounds = [
			min === -Infinity ? '' : `${above ? 'above' : 'of at least'} ${min}`,
			max === undefined ? '' : `at most ${max}`,
		].filter(Boolean);
		const given =
			typeof value === 'string'
				? `"${value}"`
				: Array.isArray(value) || isObject(value)
					? kind(value)
					: String(value);
		throw invalidInput(
			context,
			`${label} must be ${whole ? 'a whole number' : 'a number'}${bounds.length ? ` ${bounds.join(' and ')}` : ''}, not ${given}`,
		);
	}
	return number;
}

/** A point and a distance around it, in km. */
export interface Around {
	lat: number;
	lng: number;
	distance: number;
}

/**
 * Location: the editor's `{ point: { latitude, longitude, distance } }`, or an object from an
 * expression with `latitude`/`lat`, `longitude`/`lng`/`lon` and `distance`; undefined when unset.
 */
export function around(context: Context, value: unknown, label: string): Around | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	let point: unknown = value;
	if (typeof point === 'string') {
		try {
			point = JSON.parse(point) as unknown;
		} catch {
			point = undefined;
		}
	}
	if (isObject(point) && isObject(point.point)) point = point.point;
	if (!isObject(point))
		throw invalidInput(
			context,
			`${label} must be a latitude, a longitude and a distance, not ${kind(point ?? value)}`,
			'e.g. { "latitude": 45.76, "longitude": 4.83, "distance": 50 }',
		);
	if (!Object.keys(point).length) return undefined;
	const required = (found: number | undefined, name: string) => {
		if (found === undefined)
			throw invalidInput(context, `${label} › ${name} is empty`, `Set ${label} › ${name}.`);
		return found;
	};
	return {
		lat: required(
			numberIn(context, point.latitude ?? point.lat, `${label} › Latitude`, { min: -90, max: 90 }),
			'Latitude',
		),
		lng: required(
			numberIn(context, point.longitude ?? point.lng ?? point.lon, `${label} › Longitude`, {
				min: -180,
				max: 180,
			}),
			'Longitude',
		),
		distance: required(
			numberIn(context, point.distance, `${label} › Distance (Km)`, { min: 0, above: true }),
			'Distance (Km)',
		),
	};
}

/** A range as HrFlow filters jobs by it: `{ name, value_min, value_max }`, an open end null. */
export interface Range {
	name: string;
	value_min: number | string | null;
	value_max: number | string | null;
}

/**
 * Number or date ranges: the editor's `{ range: [{ name, min, max }] }` or a list from an
 * expression (`min`/`max` or HrFlow's `value_min`/`value_max`); each needs a name and one end.
 */
export function ranges(
	context: Context,
	value: unknown,
	label: string,
	of: 'number' | 'date',
): Range[] {
	const [low, high] = of === 'date' ? ['From', 'To'] : ['Min', 'Max'];
	return entriesOf(context, value, label, 'range').map((entry, index) => {
		const at = `${label} ${index + 1}`;
		if (!isObject(entry))
			throw invalidInput(context, `${at} must be a name with a min and a max, not ${kind(entry)}`);
		const end = (given: unknown, name: string) => {
			const field = `${at} › ${name}`;
			if (of === 'date')
				return isoDate(context, typeof given === 'string' ? given.trim() : given, field) ?? null;
			return numberIn(context, given, field, { min: -Infinity }) ?? null;
		};
		const range = {
			name: requiredText(context, entry.name, `${at} › Name`).trim(),
			value_min: end(entry.min ?? entry.value_min, low),
			value_max: end(entry.max ?? entry.value_max, high),
		};
		if (range.value_min === null && range.value_max === null)
			throw invalidInput(
				context,
				`${at} has neither a ${low.toLowerCase()} nor a ${high.toLowerCase()}`,
				`Set ${at} › ${low}, ${high} or both.`,
			);
		return range;
	});
}
