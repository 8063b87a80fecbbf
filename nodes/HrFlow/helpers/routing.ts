import type { INodePropertyRouting, PostReceiveAction } from 'n8n-workflow';

import { throwOnHrFlowError } from './errors';
import { sendForEachItem } from './perItem';
import type { Recovery, RequestBuilder } from './perItem';

/**
 * The routing of an operation that sends one request per input item: `sendForEachItem` checks the
 * item's parameters and builds its query or body, HrFlow errors are raised first, then `output`
 * shapes the items.
 */
export function requestForEachItem(
	method: 'GET' | 'POST',
	url: string,
	buildRequest: RequestBuilder,
	output: PostReceiveAction[],
	recover?: Recovery,
): INodePropertyRouting {
	return {
		request: { method, url },
		send: { paginate: true },
		operations: { pagination: sendForEachItem(buildRequest, recover) },
		output: { postReceive: [throwOnHrFlowError, ...output] },
	};
}

/** requestForEachItem for a GET. */
export function getForEachItem(
	url: string,
	buildRequest: RequestBuilder,
	output: PostReceiveAction[],
	recover?: Recovery,
): INodePropertyRouting {
	return requestForEachItem('GET', url, buildRequest, output, recover);
}
