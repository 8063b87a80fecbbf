// Resource Rating: how someone rated a profile for a job (or a job for a profile), a score from 0
// to 1, recorded so that HrFlow's scoring learns from it. What it shares with Tracking is in
// records/feedback.ts.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { feedbackBody, feedbackListing } from '../../records/feedback';
import { readParameter } from '../../parameters/read';
import { numericValue } from '../../parameters/values';
import { invalidInput } from '../../transport/errors';

/** Score: a number from 0 to 1 (numeric text from an expression too); anything else names the field. */
function readScore(context: IExecuteSingleFunctions): number {
	const value = readParameter(context, 'score', undefined);
	const score = numericValue(value);
	if (!Number.isFinite(score) || score < 0 || score > 1) {
		const given = typeof value === 'string' ? `"${value}"` : (JSON.stringify(value) ?? 'empty');
		throw invalidInput(
			context,
			`Score must be a number from 0 to 1, not ${given}`,
			'With stars, divide by 5: 5 stars = 1, 4 stars = 0.8, 3 stars = 0.6, 2 stars = 0.4, 1 star = 0.2.',
		);
	}
	return score;
}

/** POST /rating: the score, then what Tracking sends too. */
export function ratingBody(this: IExecuteSingleFunctions): IDataObject {
	return feedbackBody(this, { score: readScore(this) });
}

/** GET /ratings' query: the role, Sources and/or Boards. */
export function ratingListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return feedbackListing(this, false);
}
