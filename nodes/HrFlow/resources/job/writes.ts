// Job › Create, Update, Create or Update, Archive: the request of each item.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { readBoardKey } from '../../parameters/locators';
import { requiredText } from '../../parameters/values';
import type { WriteInput } from '../../records/writes';
import type { ItemRequest } from '../../transport/request';
import { jobContent } from './content';
import { jobSelector, readJobIdentifier } from '../../records/jobIdentifier';
import { readParameter } from '../../parameters/read';

/** POST /job/indexing: the job, with its board. */
export function createJob(this: IExecuteSingleFunctions): ItemRequest {
	const boardKey = readBoardKey(this);
	return { body: { ...jobContent(this, true), board_key: boardKey } };
}

/** Update: the lookup of the job by key or reference, and the fields given (merged into it). */
export function updateJob(this: IExecuteSingleFunctions): WriteInput {
	return {
		find: jobSelector(readJobIdentifier(this)),
		content: jobContent(this, false),
		fromFields: givenAsFields(this),
	};
}

/** Create or Update: the lookup by Job Reference, and the content (its name needed if created). */
export function upsertJob(this: IExecuteSingleFunctions): WriteInput {
	const boardKey = readBoardKey(this);
	const reference = requiredText(this, readParameter(this, 'jobReference', ''), 'Job Reference');
	return {
		find: { board_key: boardKey, reference },
		content: jobContent(this, true),
		fromFields: givenAsFields(this),
	};
}

/** Job Definition = Fields: its lists (sections, tags, metadatas, skills) merge by name into the job's. */
const givenAsFields = (context: IExecuteSingleFunctions) =>
	readParameter(context, 'jobDefinition', 'fields') !== 'json';

/** PATCH /job/indexing/archive. */
export function archiveJob(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { ...jobSelector(readJobIdentifier(this)), is_archive: 1 } };
}

/** PATCH /job/indexing/archive with is_archive 0: the job is back in listings and matching. */
export function restoreJob(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { ...jobSelector(readJobIdentifier(this)), is_archive: 0 } };
}
