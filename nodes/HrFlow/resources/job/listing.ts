import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readBoardKeys } from '../../parameters/locators';

/** GET /storing/jobs' query: the boards as a JSON array, whole jobs, and the sort options. */
export function jobListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const boardKeys = readBoardKeys(this);
	const options = this.getNodeParameter('options', {}) as { orderBy?: string; sortBy?: string };
	return {
		qs: {
			board_keys: JSON.stringify(boardKeys),
			// Without it HrFlow lists only keys, reference and dates (Python SDK 4.3, job/storing.py).
			return_job: 'true',
			...(options.orderBy ? { order_by: options.orderBy } : {}),
			...(options.sortBy ? { sort_by: options.sortBy } : {}),
		},
	};
}
