// Job › Find Similar Jobs: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readBoardKeys } from '../../parameters/locators';
import { jobMatchingQuery, readJobIdentifier } from '../../records/jobIdentifier';
import { SORT_BY_SCORE } from '../../records/similar';

/** GET /jobs/matching: the reference job (key or reference, as given), the boards to look in, by score. */
export function similarJobs(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return {
		qs: {
			...jobMatchingQuery(readJobIdentifier(this)),
			board_keys: JSON.stringify(readBoardKeys(this)),
			...SORT_BY_SCORE,
		},
	};
}
