// The steps of scoring, searching and asking, for profiles and jobs alike: HrFlow's pages of
// results turned into one item per record (with its score), and one request per question.

import { NodeApiError } from 'n8n-workflow';
import type { IDataObject, IExecutePaginationFunctions, INodeExecutionData, JsonObject } from 'n8n-workflow';

import { pageLoop, readPaging } from '../transport/paging';
import type { HrFlowCall, ItemRequest, RequestSteps } from '../transport/request';
import { booleanValue } from './values';
import { readParameter } from '../parameters/read';

type Simplify = (record: IDataObject) => IDataObject;

/** One page of a paged endpoint, as items linked to the input item. */
type PageShape = (this: IExecutePaginationFunctions, body: IDataObject, simplify: boolean, page: number) => { records: IDataObject[]; json: IDataObject[] };

function pagedSteps(url: string, key: (request: ItemRequest, call: HrFlowCall) => Promise<IDataObject>, shape: PageShape): RequestSteps {
	return async function (this: IExecutePaginationFunctions, request, call) {
		const item = this.getItemIndex();
		const simplify = booleanValue(this, readParameter(this, 'simplify', false), 'Simplify', false);
		const paging = readPaging(this);
		const qs = { ...request.qs, ...(await key(request, call)) };
		return await pageLoop(this, paging, async (page, limit) => {
			const body = (await call('GET', url, { qs: { ...qs, page, limit } })) ?? {};
			const { records, json } = shape.call(this, body, simplify, page);
			return { results: json.map((entry): INodeExecutionData => ({ json: entry, pairedItem: { item } })), entries: records, meta: body.meta as IDataObject | undefined };
		});
	};
}

/**
 * Scoring (GET /profiles/scoring, /jobs/scoring): the record scored against is given by key, or
 * by reference, resolved to its key first (`extra.resolve`: the lookup's url and query). One item
 * per record, best first, with its `score` (HrFlow's `predictions[i][1]`).
 */
export function scoringSteps(url: string, records: 'profiles' | 'jobs', keyParameter: string, simplify: Simplify): RequestSteps {
	return pagedSteps(
		url,
		async ({ extra = {} }, call) => {
			if (typeof extra.key === 'string') return { [keyParameter]: extra.key };
			const { url: lookup, qs } = extra.resolve as { url: string; qs: IDataObject };
			const found = (await call('GET', lookup, { qs }))?.data as IDataObject | undefined;
			return { [keyParameter]: found?.key };
		},
		function (body, simplified, page) {
			const data = (body.data ?? {}) as IDataObject;
			const list = (Array.isArray(data[records]) ? data[records] : []) as IDataObject[];
			const predictions = (Array.isArray(data.predictions) ? data.predictions : []) as number[][];
			// HrFlow pairs them by position only: with one missing, every score after it is another record's.
			if (predictions.length !== list.length) throw unpairedPredictions(this, page, list.length, records, predictions.length);
			return {
				records: list,
				json: list.map((record, index) => ({ ...(simplified ? simplify(record) : record), score: predictions[index]?.[1] ?? null })),
			};
		},
	);
}

function unpairedPredictions(context: IExecutePaginationFunctions, page: number, count: number, records: string, predictions: number): NodeApiError {
	const message = `HrFlow answered page ${page} with ${count} ${records} but ${predictions} predictions: the predictions and the records differ in number, so no score can be paired with its record`;
	return new NodeApiError(context.getNode(), { message } as JsonObject, {
		message,
		description: 'HrFlow gives each record\'s score by its position in the page. Try again; if it happens again, report it to HrFlow support with the board, the source and the page.',
		itemIndex: context.getItemIndex(),
	});
}

/** Searching (GET /profiles/searching, /jobs/searching): one item per record found. */
export function searchingSteps(url: string, records: 'profiles' | 'jobs', simplify: Simplify): RequestSteps {
	return pagedSteps(
		url,
		async () => ({}),
		(body, simplified) => {
			const list = (((body.data ?? {}) as IDataObject)[records] ?? []) as IDataObject[];
			return { records: list, json: list.map((record) => (simplified ? simplify(record) : record)) };
		},
	);
}

/**
 * Asking (GET /profile/asking, /job/asking): HrFlow does not answer several questions in one
 * request reliably, so one request per question, each a one-question JSON array. One item per
 * input item: `{ answers: [{ question, answer }] }`.
 */
export function askingSteps(url: string): RequestSteps {
	return async function (this: IExecutePaginationFunctions, { qs, extra = {} }, call) {
		const answers: IDataObject[] = [];
		for (const question of extra.questions as string[]) {
			const body = await call('GET', url, { qs: { ...qs, questions: JSON.stringify([question]) } });
			const data = body?.data;
			answers.push({ question, answer: Array.isArray(data) ? (data[0] ?? null) : (data ?? null) });
		}
		return [{ json: { answers }, pairedItem: { item: this.getItemIndex() } }];
	};
}
