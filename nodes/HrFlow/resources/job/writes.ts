// Job › Create, Update, Create or Update, Archive: the request of each item.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { readBoardKey } from '../../shared/sources';
import { requiredText } from '../../shared/values';
import type { ItemRequest } from '../../transport/request';
import { jobContent } from './content';
import { jobSelector, readJobIdentifier } from './identifier';

/** POST /job/indexing: the job, with its board. */
export function createJob(this: IExecuteSingleFunctions): ItemRequest {
	const boardKey = readBoardKey.call(this);
	return { body: { ...jobContent(this, true), board_key: boardKey } };
}

/** PUT /job/indexing: the job found by key or reference, only the given fields. */
export function updateJob(this: IExecuteSingleFunctions): ItemRequest {
	const selector = jobSelector(readJobIdentifier.call(this));
	return { body: { ...jobContent(this, false), ...selector } };
}

/** Create or Update: the lookup by Job Reference, and the content (its name needed if created). */
export function upsertJob(this: IExecuteSingleFunctions): ItemRequest {
	const boardKey = readBoardKey.call(this);
	const reference = requiredText(this, this.getNodeParameter('jobReference', ''), 'Job Reference');
	return { qs: { board_key: boardKey, reference }, body: jobContent(this, true) };
}

/** PATCH /job/indexing/archive. */
export function archiveJob(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { ...jobSelector(readJobIdentifier.call(this)), is_archive: 1 } };
}
