// A date and time as HrFlow's feedback endpoints take it (tracking, rating): ISO 8601 with
// milliseconds and the offset, yyyy-MM-dd'T'HH:mm:ss.SSSXXX, e.g. 2000-10-31T01:30:00.000-05:00
// (HrFlow's Python SDK 4.3, hrflow/tracking/__init__.py, created_at).

import { tryToParseDateTime } from 'n8n-workflow';
import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';

const HRFLOW_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZZ";

/**
 * What n8n gives for a date: the date picker's text without an offset (in the workflow's time
 * zone), text with an offset (kept), milliseconds, a Date, or a Luxon DateTime such as {{ $now }}
 * (n8n's expression sandbox may hand it over as { __n8nType: 'DateTime', __isoString }).
 */
function dateSource(value: unknown): unknown {
	if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : undefined;
	if (typeof value !== 'object' || value === null || value instanceof Date) return value;
	const { __isoString: isoString, toISO } = value as { __isoString?: unknown; toISO?: unknown };
	if (typeof isoString === 'string') return isoString;
	return typeof toISO === 'function' ? value : undefined;
}

/** An optional date and time in HrFlow's format, or undefined when empty; anything else names the field. */
export function hrflowDateTime(
	context: Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex' | 'getTimezone'>,
	value: unknown,
	label: string,
): string | undefined {
	if (value === undefined || value === null || (typeof value === 'string' && value.trim() === ''))
		return undefined;
	const source = dateSource(value);
	try {
		if (source === undefined || typeof source === 'boolean') throw new Error('not a date');
		const date = tryToParseDateTime(source, context.getTimezone());
		if (!date.isValid) throw new Error('not a date');
		return date.toFormat(HRFLOW_FORMAT);
	} catch {
		throw invalidInput(
			context,
			`${label} ${typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? String(value))} is not a date`,
			`Give ${label} a date and time, e.g. 2026-10-31T09:30:00 (in the workflow's time zone) or 2026-10-31T09:30:00-05:00.`,
		);
	}
}
