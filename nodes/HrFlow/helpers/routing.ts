import type { INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';

import { throwOnHrFlowError } from './errors';
import { sendForEachItem } from './perItem';
import type { QueryBuilder, Recovery } from './perItem';

/**
 * The routing of an operation that sends one GET per input item: `sendForEachItem` checks the
 * item's parameters and builds the query, HrFlow errors are raised first, then `output` shapes items.
 */
export function getForEachItem(
	url: string,
	buildQuery: QueryBuilder,
	output: PostReceiveAction[],
	recover?: Recovery,
): INodePropertyRouting {
	return {
		request: { method: 'GET', url },
		send: { paginate: true },
		operations: { pagination: sendForEachItem(buildQuery, recover) },
		output: { postReceive: [throwOnHrFlowError, ...output] },
	};
}
