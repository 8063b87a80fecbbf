// Profile › Grade for a Job: the request of each item.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { jobMatchingQuery, readJobIdentifier } from '../../records/jobIdentifier';
import { readAlgorithmKey } from '../../records/matching';
import {
	profileMatchingQuery,
	readProfileIdentifier,
	refuseEmail,
} from '../../records/profileIdentifier';
import type { ItemRequest } from '../../transport/request';

/**
 * GET /profile/grading: exactly the grader, the profile's source and identifier, the job's board
 * and identifier; references sent as given (no lookup first).
 */
export function profileGrading(this: IExecuteSingleFunctions): ItemRequest {
	const profile = readProfileIdentifier(this);
	refuseEmail(
		this,
		profile,
		'Grade for a Job finds the profile by key or reference: HrFlow grades a profile found by key or reference, not by email',
	);
	const job = readJobIdentifier(this);
	return {
		qs: {
			algorithm_key: readAlgorithmKey(this),
			...profileMatchingQuery(profile),
			...jobMatchingQuery(job),
		},
	};
}
