import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSourceKeys } from '../../parameters/locators';

/** GET /storing/profiles' query: the sources as a JSON array, whole profiles, and the sort options. */
export function profileListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	const sourceKeys = readSourceKeys(this);
	const options = this.getNodeParameter('options', {}) as { orderBy?: string; sortBy?: string };
	return {
		qs: {
			source_keys: JSON.stringify(sourceKeys),
			// Without it HrFlow lists only keys, reference and dates (Python SDK 4.3, storing.py).
			return_profile: 'true',
			...(options.orderBy ? { order_by: options.orderBy } : {}),
			...(options.sortBy ? { sort_by: options.sortBy } : {}),
		},
	};
}
