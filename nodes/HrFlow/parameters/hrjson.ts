// Parts of HrFlow's objects (HR-JSON) built from the node's fields: name/value lists (tags,
// metadatas), skills, sections, dates, and a whole object given as JSON. Bad input names the field.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { optionalText, requiredText, textList } from './values';

export type NameValue = { name?: unknown; value?: unknown };
export type Section = { name?: unknown; title?: unknown; description?: unknown };

/** Tags or metadatas, `[{ name, value }]`: each needs a name; values are text. */
export function nameValues(
	context: IExecuteSingleFunctions,
	entries: NameValue[] | undefined,
	label: string,
): IDataObject[] {
	return (entries ?? []).map(({ name, value }, index) => ({
		name: requiredText(context, name, `${label} ${index + 1} › Name`),
		value: optionalText(context, value, `${label} ${index + 1} › Value`) ?? '',
	}));
}

/** Skills from names (comma-separated text or a list): `[{ name, type, value }]`. */
export function skills(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): IDataObject[] {
	return textList(context, value, label).map((name) => ({ name, type: 'hard', value: null }));
}

/** A job's sections: `[{ name, title, description }]`, each with a name or a title. */
export function sections(
	context: IExecuteSingleFunctions,
	entries: Section[] | undefined,
	label: string,
): IDataObject[] {
	return (entries ?? []).map((entry, index) => {
		const name = optionalText(context, entry.name, `${label} ${index + 1} › Name`);
		const title = optionalText(context, entry.title, `${label} ${index + 1} › Title`);
		if (name === undefined && title === undefined)
			throw invalidInput(context, `${label} ${index + 1} has neither a name nor a title`);
		return {
			name: name ?? null,
			title: title ?? null,
			description:
				optionalText(context, entry.description, `${label} ${index + 1} › Description`) ?? null,
		};
	});
}

/**
 * A date from text, a number (milliseconds), a Date, or a Luxon DateTime such as {{ $now }} (which
 * n8n's expression sandbox hands over as { __n8nType: 'DateTime', __isoString }); else undefined.
 */
export function dateOf(value: unknown): Date | undefined {
	let source: unknown = value;
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		const { __isoString: isoString, toISO } = value as {
			__isoString?: unknown;
			toISO?: () => string;
		};
		source =
			typeof isoString === 'string'
				? isoString
				: typeof toISO === 'function'
					? toISO.call(value)
					: undefined;
	}
	if (typeof source !== 'string' && typeof source !== 'number' && !(source instanceof Date))
		return undefined;
	const date = new Date(source);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** An optional date as HrFlow takes it (ISO 8601), or undefined when empty; not a date names the field. */
export function isoDate(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const date = dateOf(value);
	if (date === undefined)
		throw invalidInput(
			context,
			`${label} ${JSON.stringify(value)} is not a date`,
			'Use a date and time, e.g. 2026-11-01T10:00:00Z.',
		);
	return date.toISOString();
}

/** A whole object given as JSON (an object, or text holding one): anything else names the field. */
export function jsonObject(
	context: IExecuteSingleFunctions,
	value: unknown,
	label: string,
): IDataObject {
	let parsed = value;
	if (typeof value === 'string') {
		try {
			parsed = JSON.parse(value);
		} catch {
			throw invalidInput(
				context,
				`${label} is not valid JSON`,
				`Give ${label} an object, e.g. { "name": "Data Engineer" }.`,
			);
		}
	}
	if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
		const what = Array.isArray(parsed) ? 'a list' : parsed === null ? 'null' : `a ${typeof parsed}`;
		throw invalidInput(
			context,
			`${label} must be a JSON object, not ${what}`,
			`Give ${label} an object, e.g. { "name": "Data Engineer" }.`,
		);
	}
	return parsed as IDataObject;
}
