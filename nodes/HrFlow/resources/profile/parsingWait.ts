// Parse Resume on a source that parses asynchronously: HrFlow answers 202 with `data: []` and
// parses later. With a Reference, the profile is read by reference until it shows, as HrFlow's own
// tests do (every 5 s, up to 60 s); without one there is nothing to find it by.

import { sleep } from 'n8n-workflow';
import type { IDataObject, IExecuteSingleFunctions, NodeApiError } from 'n8n-workflow';

import { callHrFlow } from '../../transport/call';
import { requestOptionsOf } from '../../transport/requestOptions';
import { hrflowFailure } from '../../transport/errors';

// HrFlow's tests wait up to 60 s, reading every 5 s: twelve reads.
const DEFAULT_WAIT_MS = 60_000;
const READS = 12;
const MAX_INTERVAL_MS = 5_000;

/** The failure of an item whose source queued the file and gave no way to find the profile. */
export function queuedWithoutReference(
	context: IExecuteSingleFunctions,
	sourceKey: string,
): NodeApiError {
	const message = `HrFlow queued the resume instead of parsing it: source ${sourceKey} parses asynchronously, so there is no parsed profile to output yet`;
	return hrflowFailure(context, {
		message,
		description:
			"Give each file a reference in Options › Reference: the node then waits for the parsed profile and outputs it. Or turn off Wait for Parsing to output HrFlow's acknowledgement, and read the profile later (HrFlow Trigger › New Profile). Or ask HrFlow to make the source parse synchronously.",
	});
}

/**
 * Reads GET /profile/indexing by reference until the profile shows, for as long as the node's
 * Request Options › Timeout (60 s if not set), a twelfth of it between reads (at most 5 s).
 */
export async function waitForParsedProfile(
	context: IExecuteSingleFunctions,
	sourceKey: string,
	reference: string,
): Promise<IDataObject> {
	const { timeout } = context.getNodeParameter('requestOptions', {}) as IDataObject;
	const waitMs = Number(timeout) > 0 ? Number(timeout) : DEFAULT_WAIT_MS;
	const interval = Math.min(MAX_INTERVAL_MS, waitMs / READS);
	const deadline = Date.now() + waitMs;
	const options = requestOptionsOf(context);
	while (Date.now() < deadline) {
		await sleep(Math.min(interval, Math.max(0, deadline - Date.now())));
		// Until it is parsed, HrFlow knows no profile with that reference: its usual "not found" 400.
		const response = await callHrFlow(context, context, {
			url: '/profile/indexing',
			qs: { source_key: sourceKey, reference },
			notFound: 'profile',
			options,
		});
		if (response) return (response.body as IDataObject).data as IDataObject;
	}
	const message = `HrFlow had not parsed the resume after ${waitMs / 1000} s (Request Options › Timeout): no profile with reference "${reference}" yet`;
	throw hrflowFailure(context, {
		message,
		description: `HrFlow parses it in its queue: the profile will appear in source ${sourceKey}. Get it later by reference, or raise Request Options › Timeout.`,
	});
}
