// HrFlow keys, and the source(s) an item works in: version 1 of the node takes them as text
// (sourceKey, sourceKeys), version 2 from a list (source, a resource locator; sources, a
// multi-select). Whichever the field, HrFlow gets lower-case 40-hex keys.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { requiredText, textList } from './values';

// HrFlow source, board, profile and job keys: 40 lower-case hexadecimal characters.
export const HRFLOW_KEY = /^[0-9a-f]{40}$/;
// The same, as the resource locators' `validation` regex (case-insensitive there: keys are lower-cased before sending).
export const HRFLOW_KEY_PATTERN = '^\\s*[0-9a-fA-F]{40}\\s*$';

/** An HrFlow key from any value: trimmed, lower-cased, checked; bad input names the field. */
export function hrflowKey(context: IExecuteSingleFunctions, value: unknown, label: string): string {
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

const isVersion1 = (context: IExecuteSingleFunctions) => context.getNode().typeVersion < 2;

/** The item's source key: Source Key (version 1) or Source, picked from the list or by key (version 2). */
export function readSourceKey(this: IExecuteSingleFunctions): string {
	if (isVersion1(this)) return hrflowKey(this, this.getNodeParameter('sourceKey', ''), 'Source Key');
	return hrflowKey(this, this.getNodeParameter('source', '', { extractValue: true }), 'Source');
}

/** The item's source keys: Source Keys (version 1) or Sources (version 2); a list or comma-separated text. */
export function readSourceKeys(this: IExecuteSingleFunctions): string[] {
	const [name, label] = isVersion1(this) ? ['sourceKeys', 'Source Keys'] : ['sources', 'Sources'];
	const keys = textList(this, this.getNodeParameter(name, ''), label);
	if (keys.length === 0) {
		throw invalidInput(this, `${label} is empty`, `${label} takes one or more 40-character HrFlow source keys.`);
	}
	return keys.map((key) => hrflowKey(this, key, label));
}
