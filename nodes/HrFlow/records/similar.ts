// Similar records and grading, for profiles and jobs alike: GET /profiles/matching and
// /jobs/matching (the records of sources or boards most like one record, best first, with their
// score) and GET /profile/grading (one profile's grade for one job, wherever HrFlow puts it).

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { hrflowData, itemOf } from '../transport/items';
import type { Steps } from '../transport/request';
import { pagedSteps, unpairedPredictions } from './matching';

/**
 * HrFlow sorts similar records by `created_at` unless told (its SDK's default): by score, always,
 * so that the first items are the most similar and Limit keeps the best.
 */
export const SORT_BY_SCORE: IDataObject = { sort_by: 'scoring' };

/**
 * Matching (GET /profiles/matching, /jobs/matching): one item per record, page after page as
 * Return All / Limit say, each with its `score`: HrFlow's `predictions[i][1]`, paired with the
 * record by position as in scoring. HrFlow's SDK documents `predictions` without its inner shape:
 * a page without `predictions` gives `score: null` (every item keeps the same fields), a page
 * whose predictions do not pair with its records fails the item, as Score does.
 */
export function similarSteps(
	url: string,
	records: 'profiles' | 'jobs',
	simplify: (record: IDataObject) => IDataObject,
): Steps<{ qs: IDataObject }> {
	return pagedSteps<{ qs: IDataObject }>(
		url,
		async () => ({}),
		function (body, simplified, page) {
			const data = (body.data ?? {}) as IDataObject;
			const list = (Array.isArray(data[records]) ? data[records] : []) as IDataObject[];
			const given = data.predictions;
			const predictions = given === undefined || given === null ? undefined : given;
			if (
				predictions !== undefined &&
				(!Array.isArray(predictions) || predictions.length !== list.length)
			) {
				const count = Array.isArray(predictions) ? predictions.length : 0;
				throw unpairedPredictions(this, page, list.length, records, count);
			}
			return {
				records: list,
				json: list.map((record, index) => ({
					...(simplified ? simplify(record) : record),
					score: (predictions as unknown[][] | undefined)?.[index]?.[1] ?? null,
				})),
			};
		},
	);
}

/**
 * The grade in HrFlow's grading answer: `data.score` (HrFlow's draft SDK, 2025-11) or
 * `data.data.score` (HrFlow's grading cookbook, 2025-04); null when it is in neither.
 */
export function gradeOf(data: unknown): IDataObject[string] {
	const object = (value: unknown): IDataObject | undefined =>
		value !== null && typeof value === 'object' && !Array.isArray(value)
			? (value as IDataObject)
			: undefined;
	return object(data)?.score ?? object(object(data)?.data)?.score ?? null;
}

/**
 * postReceive of a grading: HrFlow's `data` as one item, with the grade as its top-level `score`
 * wherever HrFlow put it. A `data` that is not an object is kept under `data`.
 */
export async function outputGrade(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response);
	const json =
		data !== null && typeof data === 'object' && !Array.isArray(data)
			? (data as IDataObject)
			: { data: (data ?? null) as IDataObject };
	return [itemOf(this, { ...json, score: gradeOf(data) })];
}
