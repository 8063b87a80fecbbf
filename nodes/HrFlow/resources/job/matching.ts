// Job › Score Jobs for a Profile, Search, Ask: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readQuestions, readStage } from '../../parameters/questions';
import { readBoardKeys } from '../../parameters/locators';
import type { AskingInput, ScoringInput } from '../../records/matching';
import {
	profileMatchingQuery,
	readProfileIdentifier,
	refuseEmail,
} from '../../records/profileIdentifier';
import { algorithm, optionsOf, searchFilters } from '../../records/matching';
import { readJobIdentifier } from '../../records/jobIdentifier';

/**
 * GET /jobs/scoring: the boards, the profile by key or by reference (`profile_key` or
 * `profile_reference`, with its source: HrFlow finds it), the algorithm, the job filters of
 * Options, and Stage (the profile's stage for each job).
 */
export function jobScoring(this: IExecuteSingleFunctions): ScoringInput {
	const boardKeys = readBoardKeys(this);
	const profile = readProfileIdentifier(this);
	refuseEmail(
		this,
		profile,
		'Score Jobs for a Profile finds the profile by key or reference: HrFlow resolves a reference, not an email',
	);
	const options = optionsOf(this);
	const stage = readStage(this, options.stage);
	return {
		qs: {
			board_keys: JSON.stringify(boardKeys),
			...profileMatchingQuery(profile),
			...algorithm(this),
			sort_by: options.sortBy || 'scoring',
			...(stage ? { stage } : {}),
			...searchFilters(this, 'jobs', options),
		},
	};
}

/** GET /jobs/searching: the boards and the filters given. */
export function jobSearching(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return {
		qs: { board_keys: JSON.stringify(readBoardKeys(this)), ...searchFilters(this, 'jobs') },
	};
}

/** GET /job/asking, one request per question. */
export function jobAsking(this: IExecuteSingleFunctions): AskingInput {
	const job = readJobIdentifier(this);
	return { qs: { board_key: job.boardKey, [job.type]: job.value }, questions: readQuestions(this) };
}
