// Readers of the search and scoring filters of Options: lists of { name, value }, tags, a point and
// a distance, numbers, ranges. Each takes what n8n gives for its fixed collection, with what the
// expressions of its fields give (numbers as text, a number or a boolean for a value), or fails
// naming the field, before any request. n8n itself drops an expression set on a whole fixed
// collection (NodeHelpers.getNodeParameters keeps only its groups), so none reaches the node.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { isoDate } from './hrjson';
import { numericValue, optionalText, requiredText } from './values';

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

/** The entries of a fixed collection option: n8n gives `{ [entry]: [...] }`, or `{}` when none. */
function entriesOf(context: Context, value: unknown, label: string, entry: string): unknown[] {
	if (value === undefined || value === null || value === '') return [];
	if (!isObject(value))
		throw invalidInput(context, `${label} must be a list of ${entry}s, not ${kind(value)}`);
	const entries = value[entry];
	return Array.isArray(entries) ? entries : entries === undefined ? [] : [entries];
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

/** One entry: a name (required) and a value. */
function namedValue(context: Context, entry: unknown, label: string): NamedValue {
	const { name, value } = isObject(entry) ? entry : {};
	return {
		name: requiredText(context, name, `${label} › Name`).trim(),
		value: entryValue(context, value, `${label} › Value`),
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
 * Tags as HrFlow filters them: OR-groups that are ANDed, `[[{ name, value }, ...], ...]`.
 * Included, the tags of one name form a group (any of its values, and every name); excluded, all
 * tags form one group (a record with any of them is left out).
 */
export function tagGroups(
	context: Context,
	value: unknown,
	label: string,
	mode: 'included' | 'excluded',
): NamedValue[][] {
	const tags = namedValues(context, value, label, 'tag');
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
	const number = numericValue(value);
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

/** Location: n8n's `{ point: { latitude, longitude, distance } }`; undefined when unset. */
export function around(context: Context, value: unknown, label: string): Around | undefined {
	const [point] = entriesOf(context, value, label, 'point');
	if (point === undefined) return undefined;
	const { latitude, longitude, distance } = isObject(point) ? point : {};
	const required = (found: number | undefined, name: string) => {
		if (found === undefined)
			throw invalidInput(context, `${label} › ${name} is empty`, `Set ${label} › ${name}.`);
		return found;
	};
	return {
		lat: required(
			numberIn(context, latitude, `${label} › Latitude`, { min: -90, max: 90 }),
			'Latitude',
		),
		lng: required(
			numberIn(context, longitude, `${label} › Longitude`, { min: -180, max: 180 }),
			'Longitude',
		),
		distance: required(
			numberIn(context, distance, `${label} › Distance (Km)`, { min: 0, above: true }),
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

/** Number or date ranges: n8n's `{ range: [{ name, min, max }] }`; each needs a name and one end. */
export function ranges(
	context: Context,
	value: unknown,
	label: string,
	of: 'number' | 'date',
): Range[] {
	const [low, high] = of === 'date' ? ['From', 'To'] : ['Min', 'Max'];
	return entriesOf(context, value, label, 'range').map((entry, index) => {
		const at = `${label} ${index + 1}`;
		const { name, min, max } = isObject(entry) ? entry : {};
		const end = (given: unknown, bound: string) => {
			const field = `${at} › ${bound}`;
			if (of === 'date')
				return isoDate(context, typeof given === 'string' ? given.trim() : given, field) ?? null;
			return numberIn(context, given, field, { min: -Infinity }) ?? null;
		};
		const range = {
			name: requiredText(context, name, `${at} › Name`).trim(),
			value_min: end(min, low),
			value_max: end(max, high),
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
