// Parameter values as expressions give them: numbers, arrays, objects and booleans as often as
// strings. Each reader takes what a user would mean, or fails naming the field, before any request.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';

type Context = Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'>;

/** "an object", "an array", "true": what a value is, for messages. */
function describe(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'boolean') return `the boolean ${String(value)}`;
	if (typeof value === 'object') return 'an object';
	return `a ${typeof value}`;
}

/** Text from a string or a number; undefined when empty, an error naming the field for anything else. */
export function optionalText(context: Context, value: unknown, label: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'number' || typeof value === 'bigint') {
		if (typeof value === 'number' && !Number.isFinite(value)) {
			throw invalidInput(context, `${label} is ${String(value)}, not a value to send`);
		}
		return String(value);
	}
	if (typeof value !== 'string') {
		throw invalidInput(
			context,
			`${label} must be text, not ${describe(value)}`,
			`Give ${label} a text or a number, e.g. with an expression such as {{ $json.id }}.`,
		);
	}
	return value.trim() === '' ? undefined : value;
}

/** Required text: as optionalText, and empty is an error naming the field. */
export function requiredText(context: Context, value: unknown, label: string): string {
	const text = optionalText(context, value, label);
	if (text === undefined)
		throw invalidInput(context, `${label} is empty`, `Set ${label} to the value to use.`);
	return text;
}

/** A list from an array or a comma-separated string, each entry trimmed, empty entries dropped. */
export function textList(context: Context, value: unknown, label: string): string[] {
	if (value === undefined || value === null || value === '') return [];
	const entries = Array.isArray(value)
		? value
		: typeof value === 'string'
			? value.split(',')
			: undefined;
	if (entries === undefined) {
		throw invalidInput(
			context,
			`${label} must be a list or comma-separated text, not ${describe(value)}`,
		);
	}
	return entries
		.map(
			(entry, index) => optionalText(context, entry, `${label} (entry ${index + 1})`)?.trim() ?? '',
		)
		.filter(Boolean);
}

/** A boolean option; an expression may give "true" or "false" as text. */
export function booleanValue(
	context: Context,
	value: unknown,
	label: string,
	fallback: boolean,
): boolean {
	if (value === undefined || value === null || value === '') return fallback;
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	throw invalidInput(context, `${label} must be true or false, not ${JSON.stringify(value)}`);
}

/** A number as a user means it: a number, or text holding one; NaN for anything else (empty text, lists, objects). */
export function numericValue(value: unknown): number {
	if (typeof value === 'number') return value;
	return typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
}

/** A whole number of at least `min`, from a number or numeric text; `hint` says what to set (a paging Limit's by default). */
export function wholeNumber(
	context: Context,
	value: unknown,
	label: string,
	min: number,
	hint = `Set ${label} to e.g. 50, or turn on Return All.`,
): number {
	const number = numericValue(value);
	if (!Number.isInteger(number) || number < min) {
		throw invalidInput(
			context,
			`${label} must be a whole number of at least ${min}, not ${typeof value === 'string' ? `"${value}"` : String(value)}`,
			hint,
		);
	}
	return number;
}

// Names that are not data on a JavaScript object: an item's binary field may not be called so.
const RESERVED_NAMES = new Set([
	'__proto__',
	'constructor',
	'prototype',
	'hasOwnProperty',
	'toString',
	'valueOf',
]);

/** The name of an item's binary field: text or a number, trimmed, not empty, not a reserved name. */
export function binaryFieldName(context: Context, value: unknown, label: string): string {
	const name = requiredText(context, value ?? 'data', label).trim();
	if (RESERVED_NAMES.has(name)) {
		throw invalidInput(
			context,
			`${label} "${name}" cannot name a binary field`,
			'Use a plain name such as data, resume or file_1.',
		);
	}
	return name;
}
