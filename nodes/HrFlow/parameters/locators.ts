// HrFlow keys, and the source(s) or board(s) an item works in: version 1 of the node takes them as text
// (sourceKey, sourceKeys), version 2 from a list (source, a resource locator; sources, a
// multi-select). Whichever the field, HrFlow gets lower-case 40-hex keys.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { requiredText, textList } from './values';
import { readLocatorValue, readParameter } from './read';

// HrFlow source, board, profile and job keys: 40 lower-case hexadecimal characters.
export const HRFLOW_KEY = /^[0-9a-f]{40}$/;
// The same, as the resource locators' `validation` regex (case-insensitive there: keys are lower-cased before sending).
export const HRFLOW_KEY_PATTERN = '^\\s*[0-9a-fA-F]{40}\\s*$';

/** An HrFlow key from any value: trimmed, lower-cased, checked; bad input names the field. */
export function hrflowKey(
	context: Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'>,
	value: unknown,
	label: string,
): string {
	const key = requiredText(context, value, label).trim().toLowerCase();
	if (!HRFLOW_KEY.test(key)) {
		throw invalidInput(
			context,
			`${label} "${key}" is not an HrFlow key`,
			'An HrFlow key is 40 hexadecimal characters, e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a. Copy it from the HrFlow app.',
		);
	}
	return key;
}

/** What reading a parameter in a node needs: the node, the item (for errors), the parameter. */
type ParameterContext = Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'> & {
	getNodeParameter(name: string, fallback: unknown): unknown;
};

const isVersion1 = (context: IExecuteSingleFunctions) => context.getNode().typeVersion < 2;

/** The key in a resource locator (From List or By Key), checked. */
export function readLocatorKey(
	context: IExecuteSingleFunctions,
	name: string,
	label: string,
): string {
	return hrflowKey(context, readLocatorValue(context, name), label);
}

/** Keys from a multi-select, or an expression giving a list or comma-separated keys; at least one. */
export function readKeyList(
	context: ParameterContext,
	name: string,
	label: string,
	what: string,
): string[] {
	const keys = textList(context, readParameter(context, name, ''), label);
	if (keys.length === 0) {
		throw invalidInput(
			context,
			`${label} is empty`,
			`${label} takes one or more 40-character HrFlow ${what} keys.`,
		);
	}
	return keys.map((key) => hrflowKey(context, key, label));
}

/** The item's source key: Source Key (version 1) or Source, picked from the list or by key (version 2). */
export function readSourceKey(context: IExecuteSingleFunctions): string {
	if (isVersion1(context))
		return hrflowKey(context, readParameter(context, 'sourceKey', ''), 'Source Key');
	return readLocatorKey(context, 'source', 'Source');
}

/** The item's source keys: Source Keys (version 1) or Sources (version 2); a list or comma-separated text. */
export function readSourceKeys(context: IExecuteSingleFunctions): string[] {
	return isVersion1(context)
		? readKeyList(context, 'sourceKeys', 'Source Keys', 'source')
		: readKeyList(context, 'sources', 'Sources', 'source');
}

/** The item's board key (Board, picked from the list or by key). */
export function readBoardKey(context: IExecuteSingleFunctions): string {
	return readLocatorKey(context, 'board', 'Board');
}

/** The item's board keys (Boards: a multi-select, a list or comma-separated keys). */
export function readBoardKeys(context: IExecuteSingleFunctions): string[] {
	return readKeyList(context, 'boards', 'Boards', 'board');
}
