// The steps of scoring, searching and asking, for profiles and jobs alike: HrFlow's pages of
// results turned into one item per record (with its score), and one request per question.

import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	NodeApiError,
} from 'n8n-workflow';

import { readParameter } from '../parameters/read';
import { booleanValue, requiredText } from '../parameters/values';
import { hrflowFailure } from '../transport/errors';
import { itemOf, linkedItems } from '../transport/items';
import { pageLoop, readPaging } from '../transport/paging';
import type { Call, Steps } from '../transport/request';
import { matchingFilters } from './filters';
import type { FilterOptions } from './filters';

type Simplify = (record: IDataObject) => IDataObject;

/** One page of a paged endpoint, as items linked to the input item. */
type PageShape = (
	this: IExecutePaginationFunctions,
	body: IDataObject,
	simplify: boolean,
	page: number,
) => { records: IDataObject[]; json: IDataObject[] };

export function pagedSteps<T extends { qs: IDataObject }>(
	url: string,
	key: (input: T, call: Call) => Promise<IDataObject>,
	shape: PageShape,
): Steps<T> {
	return async function (this: IExecutePaginationFunctions, input, call) {
		const simplify = booleanValue(this, readParameter(this, 'simplify', false), 'Simplify', false);
		const paging = readPaging(this);
		const qs = { ...input.qs, ...(await key(input, call)) };
		return await pageLoop(this, paging, async (page, limit) => {
			const body = (await call({ url, qs: { ...qs, page, limit } })) ?? {};
			const { records, json } = shape.call(this, body, simplify, page);
			return {
				results: linkedItems(this, json),
				entries: records,
				meta: body.meta as IDataObject | undefined,
			};
		});
	};
}

/**
 * What scoring reads of the item: the query, the record scored against included, by key or by
 * reference as HrFlow takes either (`job_key` / `job_reference`, `profile_key` /
 * `profile_reference`): no lookup first.
 */
export interface ScoringInput {
	qs: IDataObject;
}

/**
 * Scoring (GET /profiles/scoring, /jobs/scoring): one item per record, best first, with its
 * `score` (HrFlow's `predictions[i][1]`).
 */
export function scoringSteps(
	url: string,
	records: 'profiles' | 'jobs',
	simplify: Simplify,
): Steps<ScoringInput> {
	return pagedSteps<ScoringInput>(
		url,
		async () => ({}),
		function (body, simplified, page) {
			const data = (body.data ?? {}) as IDataObject;
			const list = (Array.isArray(data[records]) ? data[records] : []) as IDataObject[];
			const predictions = (Array.isArray(data.predictions) ? data.predictions : []) as number[][];
			// HrFlow pairs them by position only: with one missing, every score after it is another record's.
			if (predictions.length !== list.length)
				throw unpairedPredictions(this, page, list.length, records, predictions.length);
			return {
				records: list,
				json: list.map((record, index) => ({
					...(simplified ? simplify(record) : record),
					score: predictions[index]?.[1] ?? null,
				})),
			};
		},
	);
}

export function unpairedPredictions(
	context: IExecutePaginationFunctions,
	page: number,
	count: number,
	records: string,
	predictions: number,
): NodeApiError {
	const message = `HrFlow answered page ${page} with ${count} ${records} but ${predictions} predictions: the predictions and the records differ in number, so no score can be paired with its record`;
	return hrflowFailure(context, {
		message,
		description:
			"HrFlow gives each record's score by its position in the page. Try again; if it happens again, report it to HrFlow support with the board, the source and the page.",
	});
}

/** Searching (GET /profiles/searching, /jobs/searching): one item per record found. */
export function searchingSteps(
	url: string,
	records: 'profiles' | 'jobs',
	simplify: Simplify,
): Steps<{ qs: IDataObject }> {
	return pagedSteps<{ qs: IDataObject }>(
		url,
		async () => ({}),
		(body, simplified) => {
			const list = (((body.data ?? {}) as IDataObject)[records] ?? []) as IDataObject[];
			return {
				records: list,
				json: list.map((record) => (simplified ? simplify(record) : record)),
			};
		},
	);
}

/**
 * Asking (GET /profile/asking, /job/asking): HrFlow does not answer several questions in one
 * request reliably, so one request per question, each a one-question JSON array. One item per
 * input item: `{ answers: [{ question, answer }] }`.
 */
/** What asking reads of the item: the record's query, and the questions. */
export interface AskingInput {
	qs: IDataObject;
	questions: string[];
}

export function askingSteps(url: string): Steps<AskingInput> {
	return async function (this: IExecutePaginationFunctions, { qs, questions }, call) {
		const answers: IDataObject[] = [];
		for (const question of questions) {
			const body = await call({ url, qs: { ...qs, questions: JSON.stringify([question]) } });
			const data = body?.data;
			answers.push({ question, answer: Array.isArray(data) ? (data[0] ?? null) : (data ?? null) });
		}
		return [itemOf(this, { answers })];
	};
}

// What the builders of Score and Search read alike, for profiles and jobs.

export interface MatchingOptions extends FilterOptions {
	sortBy?: string;
}

export const optionsOf = (context: IExecuteSingleFunctions) =>
	context.getNodeParameter('options', {}) as MatchingOptions;

/** The scoring algorithm: `algorithm_key` with `use_algorithm=1` (as Microsoft's certified connector sends them). */
export function algorithm(context: IExecuteSingleFunctions): IDataObject {
	return { algorithm_key: readAlgorithmKey(context), use_algorithm: 1 };
}

/** Algorithm Key, required: a scoring algorithm for Score, a grader for Grade. */
export function readAlgorithmKey(context: IExecuteSingleFunctions): string {
	return requiredText(context, readParameter(context, 'algorithmKey', ''), 'Algorithm Key').trim();
}

/**
 * The filters of Options, as HrFlow names them, for profiles or jobs (records/filters.ts). Email,
 * Stage and the other profile filters are left out of a job search or scoring, where a workflow
 * saved when Job › Search offered them may still hold them.
 */
export function searchFilters(
	context: IExecuteSingleFunctions,
	records: 'profiles' | 'jobs' = 'profiles',
	options: MatchingOptions = optionsOf(context),
): IDataObject {
	return matchingFilters(context, options, records);
}
