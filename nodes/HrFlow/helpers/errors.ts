import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

// HrFlow secret keys: ask_ (read-write), askr_ (read), askw_ (write), then hex digits.
const SECRET_KEY = /\bask[rw]?_[0-9a-f]+/gi;
const REDACTED = '[redacted API key]';

/** Removes every HrFlow secret key (and the given literal secrets) from a text. */
export function redactSecrets(text: string, secrets: string[] = []): string {
	let clean = text.replace(SECRET_KEY, REDACTED);
	for (const secret of secrets) {
		if (secret.length >= 8) clean = clean.split(secret).join(REDACTED);
	}
	return clean;
}

/** What a user is told to check, by HTTP status and HrFlow message. */
function describeHrFlowError(status: number, hrflowMessage: string): string {
	const message = hrflowMessage.toLowerCase();
	if (status === 400 && (message.includes('profile') || message.includes('unable to find'))) {
		return 'No profile matches this source and identifier. Check the Source Key and the profile key, reference or email.';
	}
	if (status === 400 && message.includes('source')) {
		return 'No source matches this Source Key, or the key is not allowed to read it. Check the Source Key.';
	}
	if (status === 401) {
		return 'HrFlow refused the credential. Check the API key and the user email in the HrFlow API credential.';
	}
	if (status === 402) return 'The HrFlow account is over its quota.';
	if (status === 403) {
		return 'The API key may not do this: a write-only key (askw_) cannot read, and a key may be limited to some sources.';
	}
	if (status === 404) {
		return 'HrFlow has no such endpoint here. Check the Base URL in the HrFlow API credential.';
	}
	if (status === 429) {
		return 'HrFlow is receiving too many requests. Space them out with the node\'s batching option, or turn on Retry On Fail.';
	}
	if (status >= 500) return 'HrFlow could not process the request. Try again later, or turn on Retry On Fail.';
	return 'HrFlow rejected the request.';
}

/** Builds the NodeApiError for an HrFlow error answer, from HrFlow's own message (secrets removed). */
function hrflowApiError(
	node: INode,
	status: number,
	body: unknown,
	itemIndex: number,
): NodeApiError {
	const hrflowMessage =
		body !== null && typeof body === 'object' && typeof (body as JsonObject).message === 'string'
			? redactSecrets(((body as JsonObject).message as string).trim())
			: '';
	const message = hrflowMessage
		? `HrFlow error ${status}: ${hrflowMessage}`
		: `HrFlow answered HTTP ${status} without an error message`;
	// Only clean, known fields reach n8n: never the raw response or the request (it holds the key).
	return new NodeApiError(node, { message, code: status } as JsonObject, {
		message,
		description: describeHrFlowError(status, hrflowMessage),
		httpCode: String(status),
		itemIndex,
	});
}

/** Throws the NodeApiError for an HrFlow error answer (requests ignore HTTP status errors). */
export function assertHrFlowSuccess(context: IExecuteSingleFunctions, response: IN8nHttpFullResponse): void {
	if (response.statusCode >= 400) {
		throw hrflowApiError(context.getNode(), response.statusCode, response.body, context.getItemIndex());
	}
}

/** postReceive: assertHrFlowSuccess as the first step of an operation's output. */
export async function throwOnHrFlowError(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	assertHrFlowSuccess(this, response);
	return items;
}

type NodeError = NodeApiError | NodeOperationError;

/**
 * Rebuilds any failure as a fresh n8n error that holds only redacted text: an error from the HTTP
 * layer carries the request, and with it the X-API-KEY header.
 */
export function cleanNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
	secrets: string[],
): NodeError {
	const failure = (error ?? {}) as { message?: unknown; description?: unknown; httpCode?: unknown };
	const message = redactSecrets(String(failure.message ?? 'Unknown error'), secrets);
	const description =
		typeof failure.description === 'string' ? redactSecrets(failure.description, secrets) : undefined;
	if (error instanceof NodeOperationError) {
		return new NodeOperationError(node, message, { itemIndex, description });
	}
	const httpCode = typeof failure.httpCode === 'string' ? failure.httpCode : undefined;
	return new NodeApiError(node, { message } as JsonObject, {
		message,
		description,
		httpCode,
		itemIndex,
	});
}

/** The item "Continue On Fail" outputs for a failed input item, linked to it. */
export function errorItem(error: NodeError, itemIndex: number): INodeExecutionData {
	const json: INodeExecutionData['json'] = { error: error.message };
	if (error.description) json.description = error.description;
	if (error instanceof NodeApiError && error.httpCode) json.httpCode = error.httpCode;
	return { json, pairedItem: { item: itemIndex } };
}
