// Profile › Score Profiles for a Job, Search, Ask: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { isoDate } from '../../parameters/hrjson';
import { readQuestions, readStage } from '../../parameters/questions';
import { readSourceKeys } from '../../parameters/locators';
import { requiredText, textList } from '../../parameters/values';
import type { AskingInput, ScoringInput } from '../../records/matching';
import { readJobIdentifier } from '../../records/jobIdentifier';
import { readProfileIdentifier, refuseEmail } from '../../records/profileIdentifier';
import { readParameter } from '../../parameters/read';

interface MatchingOptions {
	stage?: unknown;
	sortBy?: string;
	keywords?: unknown;
	name?: unknown;
	email?: unknown;
	createdAfter?: unknown;
	createdBefore?: unknown;
}

const optionsOf = (context: IExecuteSingleFunctions) => context.getNodeParameter('options', {}) as MatchingOptions;

/** The scoring algorithm: `algorithm_key` with `use_algorithm=1` (as Microsoft's certified connector sends them). */
export function algorithm(context: IExecuteSingleFunctions): IDataObject {
	return { algorithm_key: requiredText(context, readParameter(context, 'algorithmKey', ''), 'Algorithm Key').trim(), use_algorithm: 1 };
}

/** GET /profiles/scoring: the sources, the job (by key, or by reference resolved first), the algorithm. */
export function profileScoring(this: IExecuteSingleFunctions): ScoringInput {
	const sourceKeys = readSourceKeys.call(this);
	const job = readJobIdentifier.call(this);
	const options = optionsOf(this);
	const stage = readStage(this, options.stage);
	return {
		qs: {
			source_keys: JSON.stringify(sourceKeys),
			board_key: job.boardKey,
			...algorithm(this),
			sort_by: options.sortBy || 'scoring',
			...(stage ? { stage } : {}),
		},
		against: job.type === 'key' ? { key: job.value } : { lookup: { url: '/job/indexing', qs: { board_key: job.boardKey, reference: job.value } } },
	};
}

/** GET /profiles/searching: the sources and the filters given. */
export function profileSearching(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return { qs: { source_keys: JSON.stringify(readSourceKeys.call(this)), ...searchFilters(this) } };
}

/**
 * The search filters of Options, as HrFlow names them (keywords as a JSON array). Email and Stage
 * filter profiles only: Job › Search no longer offers them, and a workflow saved when it did still
 * holds them, so they are left out of a job search rather than sent.
 */
export function searchFilters(context: IExecuteSingleFunctions, records: 'profiles' | 'jobs' = 'profiles'): IDataObject {
	const options = optionsOf(context);
	const keywords = textList(context, options.keywords, 'Keywords');
	const filters: IDataObject = {};
	if (keywords.length) filters.text_keywords = JSON.stringify(keywords);
	const text = (value: unknown, label: string) => (value === undefined || value === '' ? undefined : requiredText(context, value, label).trim());
	const name = text(options.name, 'Name');
	if (name) filters.name = name;
	const email = records === 'profiles' ? text(options.email, 'Email') : undefined;
	if (email) filters.email = email;
	const after = isoDate(context, options.createdAfter, 'Created After');
	if (after) filters.created_at_min = after;
	const before = isoDate(context, options.createdBefore, 'Created Before');
	if (before) filters.created_at_max = before;
	const stage = records === 'profiles' ? readStage(context, options.stage) : undefined;
	if (stage) filters.stage = stage;
	return filters;
}

/** GET /profile/asking, one request per question: the profile by key or reference (no email). */
export function profileAsking(this: IExecuteSingleFunctions): AskingInput {
	const identifier = readProfileIdentifier.call(this);
	refuseEmail.call(this, identifier, 'HrFlow answers questions about a profile found by key or reference, not by email');
	return { qs: { source_key: identifier.sourceKey, [identifier.type]: identifier.value }, questions: readQuestions(this) };
}
