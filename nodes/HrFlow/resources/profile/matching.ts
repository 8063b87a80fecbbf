// Profile › Score Profiles for a Job, Search, Ask: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSourceKeys } from '../../parameters/locators';
import { readQuestions } from '../../parameters/questions';
import { jobMatchingQuery, readJobIdentifier } from '../../records/jobIdentifier';
import { algorithm, optionsOf, searchFilters } from '../../records/matching';
import type { AskingInput, ScoringInput } from '../../records/matching';
import { readProfileIdentifier, refuseEmail } from '../../records/profileIdentifier';

/**
 * GET /profiles/scoring: the sources, the job by key or by reference (`job_key` or
 * `job_reference`, with its board: HrFlow finds it), the algorithm, the profile filters of Options.
 */
export function profileScoring(this: IExecuteSingleFunctions): ScoringInput {
	const sourceKeys = readSourceKeys(this);
	const job = readJobIdentifier(this);
	const options = optionsOf(this);
	return {
		qs: {
			source_keys: JSON.stringify(sourceKeys),
			...jobMatchingQuery(job),
			...algorithm(this),
			sort_by: options.sortBy || 'scoring',
			...searchFilters(this, 'profiles', options),
		},
	};
}

/** GET /profiles/searching: the sources and the filters given. */
export function profileSearching(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return { qs: { source_keys: JSON.stringify(readSourceKeys(this)), ...searchFilters(this) } };
}

/** GET /profile/asking, one request per question: the profile by key or reference (no email). */
export function profileAsking(this: IExecuteSingleFunctions): AskingInput {
	const identifier = readProfileIdentifier(this);
	refuseEmail(
		this,
		identifier,
		'HrFlow answers questions about a profile found by key or reference, not by email',
	);
	return {
		qs: { source_key: identifier.sourceKey, [identifier.type]: identifier.value },
		questions: readQuestions(this),
	};
}
