// Profile › Find Similar Profiles: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSourceKeys } from '../../parameters/locators';
import {
	profileMatchingQuery,
	readProfileIdentifier,
	refuseEmail,
} from '../../records/profileIdentifier';
import { SORT_BY_SCORE } from '../../records/similar';

/** GET /profiles/matching: the reference profile (key or reference, as given), the sources to look in, by score. */
export function similarProfiles(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const profile = readProfileIdentifier(this);
	refuseEmail(
		this,
		profile,
		'Find Similar Profiles finds the reference profile by key or reference: HrFlow matches a profile found by key or reference, not by email',
	);
	return {
		qs: {
			...profileMatchingQuery(profile),
			source_keys: JSON.stringify(readSourceKeys(this)),
			...SORT_BY_SCORE,
		},
	};
}
