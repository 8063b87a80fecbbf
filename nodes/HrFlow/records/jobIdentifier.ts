// How a job is found in its board: by key or reference.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { hrflowKey, readBoardKey } from '../parameters/locators';
import { requiredText } from '../parameters/values';
import { invalidInput } from '../transport/errors';
import type { ItemRequest } from '../transport/request';
import { readParameter } from '../parameters/read';

export type JobIdentifierType = 'key' | 'reference';

/** Which node parameter holds the value for each identifier type (public names: never rename). */
export const JOB_VALUE_FIELDS: Record<JobIdentifierType, { name: string; label: string }> = {
	key: { name: 'jobKey', label: 'Job Key' },
	reference: { name: 'jobReference', label: 'Job Reference' },
};

export interface JobIdentifier {
	boardKey: string;
	type: JobIdentifierType;
	value: string;
}

/** The item's board and job identifier (Job Identifier Type, Job Key / Job Reference), checked. */
export function readJobIdentifier(context: IExecuteSingleFunctions): JobIdentifier {
	const boardKey = readBoardKey(context);
	const type = readParameter(context, 'jobIdentifierType', 'key') as JobIdentifierType;
	const field = JOB_VALUE_FIELDS[type];
	if (field === undefined)
		throw invalidInput(
			context,
			`Job Identifier Type "${String(type)}" is not one of Key or Reference`,
		);
	const value = readParameter(context, field.name, '');
	// A reference is the user's own identifier (e.g. the ATS job ID): it travels exactly as given.
	return {
		boardKey,
		type,
		value:
			type === 'key'
				? hrflowKey(context, value, field.label)
				: requiredText(context, value, field.label),
	};
}

/** `{ board_key, key }` or `{ board_key, reference }`: as a query for GET, as body fields for writes. */
export function jobSelector(identifier: JobIdentifier): IDataObject {
	return { board_key: identifier.boardKey, [identifier.type]: identifier.value };
}

/** Request builder: GET /job/indexing's query for the item's job. */
export function jobLookup(this: IExecuteSingleFunctions): ItemRequest {
	return { qs: jobSelector(readJobIdentifier(this)) };
}

/**
 * The job's parameters where HrFlow names it next to another record (scoring, matching, grading,
 * tracking, rating): `{ board_key, job_key | job_reference }`, the reference sent as given (no
 * lookup first).
 */
export const jobMatchingQuery = (identifier: JobIdentifier): IDataObject => ({
	board_key: identifier.boardKey,
	[identifier.type === 'key' ? 'job_key' : 'job_reference']: identifier.value,
});
