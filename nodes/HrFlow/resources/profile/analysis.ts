// Profile › Get Parsing, Reveal Skills, Get Embedding, Predict Next Steps: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { optionalText, wholeNumber } from '../../parameters/values';
import {
	PROFILE_INDEXING_QUERY,
	profileLookup,
	profileQuery,
	readProfileIdentifier,
	refuseEmail,
} from '../../records/profileIdentifier';
import type { ProfileQueryNames } from '../../records/profileIdentifier';
import type { ItemRequest } from '../../transport/request';

/**
 * The parameters of HrFlow's Python SDK 4.3 for one profile (`format_item_payload`,
 * hrflow/core/__init__.py:11-22): `source_key`, and `key`, `reference` or `profile_email`. The
 * SDK's GET /profile/parsing, /profile/revealing and /profile/embedding send them
 * (hrflow/profile/parsing.py:197, revealing.py:32, embedding.py:36). HrFlow's reference of 2020
 * named the email `email` on /profile/parsing; the SDK, the newer, says `profile_email`.
 */
export const PROFILE_ITEM_QUERY: ProfileQueryNames = {
	...PROFILE_INDEXING_QUERY,
	email: 'profile_email',
};

/** GET /profile/parsing, /profile/revealing, /profile/embedding: the profile by key, reference or email. */
export const profileItemLookup = profileLookup(PROFILE_ITEM_QUERY);

/** Options › Max Steps and Job Text of Predict Next Steps, as the item gives them. */
interface UnfoldingOptions {
	maxSteps?: unknown;
	jobText?: unknown;
}

/**
 * GET /profile/unfolding (profile.unfolding.get, hrflow/profile/unfolding.py:46-52): the profile
 * by key or reference (the SDK has no email there), `max_steps` always (1 unless set, as the SDK
 * sends it), `job_text` when set.
 */
export function profileUnfolding(this: IExecuteSingleFunctions): ItemRequest {
	const identifier = readProfileIdentifier(this);
	refuseEmail(
		this,
		identifier,
		'HrFlow predicts the next steps of a profile found by key or reference, not by email',
	);
	const options = this.getNodeParameter('options', {}) as UnfoldingOptions;
	const given = options.maxSteps;
	const maxSteps =
		given === undefined || given === null || given === ''
			? 1
			: wholeNumber(
					this,
					given,
					'Max Steps',
					1,
					'Set Max Steps to how many experiences to predict, e.g. 3: a whole number of at least 1.',
				);
	const jobText = optionalText(this, options.jobText, 'Job Text');
	const qs: IDataObject = {
		...profileQuery(identifier, PROFILE_INDEXING_QUERY),
		max_steps: maxSteps,
	};
	if (jobText !== undefined) qs.job_text = jobText;
	return { qs };
}
