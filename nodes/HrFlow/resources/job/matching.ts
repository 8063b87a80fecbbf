// Job › Score Jobs for a Profile, Search, Ask: the request of each item.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { readQuestions, readStage } from '../../shared/questions';
import { readBoardKeys } from '../../shared/sources';
import type { ItemRequest } from '../../transport/request';
import { readProfileIdentifier, refuseEmail } from '../profile/identifier';
import { algorithm, searchFilters } from '../profile/matching';
import { readJobIdentifier } from './identifier';

/** GET /jobs/scoring: the boards, the profile (by key, or by reference resolved first), the algorithm. */
export function jobScoring(this: IExecuteSingleFunctions): ItemRequest {
	const boardKeys = readBoardKeys.call(this);
	const profile = readProfileIdentifier.call(this);
	refuseEmail.call(this, profile, 'Score Jobs for a Profile finds the profile by key or reference: HrFlow resolves a reference, not an email');
	const options = this.getNodeParameter('options', {}) as { stage?: unknown; sortBy?: string };
	const stage = readStage(this, options.stage);
	return {
		qs: {
			board_keys: JSON.stringify(boardKeys),
			source_key: profile.sourceKey,
			...algorithm(this),
			sort_by: options.sortBy || 'scoring',
			...(stage ? { stage } : {}),
		},
		extra: profile.type === 'key' ? { key: profile.value } : { resolve: { url: '/profile/indexing', qs: { source_key: profile.sourceKey, reference: profile.value } } },
	};
}

/** GET /jobs/searching: the boards and the filters given. */
export function jobSearching(this: IExecuteSingleFunctions): ItemRequest {
	return { qs: { board_keys: JSON.stringify(readBoardKeys.call(this)), ...searchFilters(this, 'jobs') } };
}

/** GET /job/asking, one request per question. */
export function jobAsking(this: IExecuteSingleFunctions): ItemRequest {
	const job = readJobIdentifier.call(this);
	return { qs: { board_key: job.boardKey, [job.type]: job.value }, extra: { questions: readQuestions(this) } };
}
