import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
	JsonObject,
} from 'n8n-workflow';

// HrFlow secret keys: ask_ (read-write), askr_ (read), askw_ (write), then hex digits; the whole
// token goes, so no tail of an odd key stays readable.
const SECRET_KEY = /\bask[rw]?_[\w-]+/gi;
const REDACTED = '[redacted API key]';

/**
 * Removes the given literal secrets (the credential's own key, whatever its format or length),
 * then every text shaped like an HrFlow secret key. Literals go first: the pattern could replace
 * the head of a key whose tail it does not recognise, leaving the tail readable.
 */
export function redactSecrets(text: string, secrets: string[] = []): string {
	let clean = text;
	// Longest first: a secret that contains another is removed whole.
	for (const secret of [...new Set(secrets)].filter(Boolean).sort((a, b) => b.length - a.length)) {
		clean = clean.split(secret).join(REDACTED);
	}
	return clean.replace(SECRET_KEY, REDACTED);
}

/**
 * What to check when HrFlow refuses a request naming a record or where records live: each
 * resource gives its own (resources/profile/hints.ts, resources/job/hints.ts).
 */
export type RecordHints = Partial<Record<'profile' | 'source' | 'job' | 'board', string>>;

/** What errors need to know of where they happen: the node, the input item, the operation's hints. */
export type ItemContext = Pick<IExecuteSingleFunctions, 'getNode' | 'getItemIndex'> & {
	hints?: RecordHints;
};

// The record HrFlow's message names first: "Unable to find object: profile", "board_key ...".
const RECORD_NAMED = /\b(profile|source|job|board)(?:s|_keys?|_id)?\b/;

/** What an HrFlow-side failure says: the message, what to do, and HrFlow's HTTP code when it gave one. */
export interface Failure {
	message: string;
	description?: string;
	httpCode?: string | number;
}

/**
 * THE NodeApiError of the package: an HrFlow-side failure of an item (HrFlow's answer, a download,
 * a page that makes no sense). Only clean, known fields reach n8n: never a raw response or the
 * request, which holds the key.
 */
export function apiError(
	node: INode,
	itemIndex: number,
	{ message, description, httpCode }: Failure,
): NodeApiError {
	return new NodeApiError(
		node,
		{ message, ...(httpCode === undefined ? {} : { code: Number(httpCode) }) } as JsonObject,
		{
			message,
			description,
			httpCode: httpCode === undefined ? undefined : String(httpCode),
			itemIndex,
		},
	);
}

/** apiError for the item `context` works on. */
export function hrflowFailure(context: ItemContext, failure: Failure): NodeApiError {
	return apiError(context.getNode(), context.getItemIndex(), failure);
}

/** A "bad input on this item" error: the message names the field, the description says what to do. */
export function invalidInput(
	context: ItemContext,
	message: string,
	description?: string,
): NodeOperationError {
	return new NodeOperationError(context.getNode(), message, {
		itemIndex: context.getItemIndex(),
		description,
	});
}

/** What a user is told to check, by HTTP status; for a 400, the hint of the record HrFlow's message names. */
function describeHrFlowError(
	status: number,
	hrflowMessage: string,
	hints: RecordHints = {},
): string {
	const message = hrflowMessage.toLowerCase();
	if (
		(status === 401 || status === 403) &&
		(message.includes('permission: write') || message.includes('no write permission'))
	) {
		return 'This API key may not write: writing (parsing, creating, updating, archiving) needs a read-write key (ask_…). A read key (askr_) can only read.';
	}
	if (status === 400) {
		const named = RECORD_NAMED.exec(message)?.[1] as keyof RecordHints | undefined;
		return (
			(named && hints[named]) ||
			'HrFlow refused the request as it was sent: its message says which field.'
		);
	}
	if (status === 401) {
		return 'HrFlow refused the credential. Check the API key and the user email in the HrFlow API credential.';
	}
	if (status === 402) return 'The HrFlow account is over its quota.';
	if (status === 403) {
		return 'The API key may not do this: a write-only key (askw_) cannot read, a read key (askr_) cannot write, and a key may be limited to some sources or boards.';
	}
	if (status === 404) {
		return 'HrFlow has no such endpoint here. Check the Base URL in the HrFlow API credential.';
	}
	if (status === 429) {
		return "HrFlow is receiving too many requests. Space them out with the node's batching option, or turn on Retry On Fail.";
	}
	if (status >= 500)
		return 'HrFlow could not process the request. Try again later, or turn on Retry On Fail.';
	return 'HrFlow rejected the request.';
}

/**
 * Builds the NodeApiError for an HrFlow error answer, from HrFlow's own message. Not redacted yet:
 * every failure ends in cleanNodeError, which knows the credential's own key and removes it first.
 */
function hrflowApiError(context: ItemContext, status: number, body: unknown): NodeApiError {
	const hrflowMessage =
		body !== null && typeof body === 'object' && typeof (body as JsonObject).message === 'string'
			? ((body as JsonObject).message as string).trim()
			: '';
	const message = hrflowMessage
		? `HrFlow error ${status}: ${hrflowMessage}`
		: `HrFlow answered HTTP ${status} without an error message`;
	return hrflowFailure(context, {
		message,
		description: describeHrFlowError(status, hrflowMessage, context.hints),
		httpCode: status,
	});
}

/**
 * A redirect answer. The credential lets n8n follow none (n8n's allowed domains compare host
 * names, not ports or schemes): callers follow it themselves, and only to the Base URL's origin.
 */
export class RedirectAnswer extends Error {
	constructor(
		readonly status: number,
		readonly location: string | undefined,
	) {
		super(`HrFlow answered with a redirect (HTTP ${status}), not followed`);
	}
}

/** Throws the NodeApiError for an HrFlow error answer (requests ignore HTTP status errors), or a RedirectAnswer. */
export function assertHrFlowSuccess(context: ItemContext, response: IN8nHttpFullResponse): void {
	if (response.statusCode >= 300 && response.statusCode < 400) {
		const location = (response.headers as IDataObject | undefined)?.location;
		throw new RedirectAnswer(
			response.statusCode,
			typeof location === 'string' ? location : undefined,
		);
	}
	if (response.statusCode >= 400) {
		throw hrflowApiError(context, response.statusCode, response.body);
	}
}

/** postReceive: assertHrFlowSuccess, with the operation's hints, as the first step of its output. */
export function throwOnHrFlowError(hints: RecordHints) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		assertHrFlowSuccess(
			{ getNode: () => this.getNode(), getItemIndex: () => this.getItemIndex(), hints },
			response,
		);
		return items;
	};
}

export type NodeError = NodeApiError | NodeOperationError;

/** What an error path knows of the credential: the secrets to redact, and the Base URL. */
export interface CredentialFacts {
	secrets: string[];
	baseUrl?: string;
}

// n8n's HTTP layer refuses a redirect to a host outside the request's allowed domains with this
// text (the credential allows only its Base URL's host, so the headers never leave for another).
const REDIRECT_REFUSED =
	/Domain not allowed: This credential is restricted from accessing (\S+?)\.? Only/;

/**
 * Rebuilds any failure as a fresh n8n error that holds only redacted text: an error from the HTTP
 * layer carries the request, and with it the X-API-KEY header.
 */
export function cleanNodeError(
	node: INode,
	error: unknown,
	itemIndex: number,
	credential: CredentialFacts,
): NodeError {
	const failure = (error ?? {}) as { message?: unknown; description?: unknown; httpCode?: unknown };
	if (error instanceof RedirectAnswer)
		return redirectNotFollowed(node, error, credential.baseUrl, itemIndex);
	const redirect = REDIRECT_REFUSED.exec(String(failure.message ?? ''));
	if (redirect) return redirectRefused(node, redirect[1], credential.baseUrl, itemIndex);
	const message = redactSecrets(String(failure.message ?? 'Unknown error'), credential.secrets);
	const description =
		typeof failure.description === 'string'
			? redactSecrets(failure.description, credential.secrets)
			: undefined;
	if (error instanceof NodeOperationError) {
		return new NodeOperationError(node, message, { itemIndex, description });
	}
	const httpCode = typeof failure.httpCode === 'string' ? failure.httpCode : undefined;
	return apiError(node, itemIndex, { message, description, httpCode });
}

/** A redirect to another origin (scheme, host or port), or one that could not be followed. */
function redirectNotFollowed(
	node: INode,
	redirect: RedirectAnswer,
	baseUrl: string | undefined,
	itemIndex: number,
): NodeApiError {
	let target: URL | undefined;
	try {
		target = new URL(redirect.location ?? '', `${baseUrl ?? ''}/`);
	} catch {
		target = undefined;
	}
	if (redirect.location && target) {
		// Same host, another port or scheme: say so, or "another host" would name the same one.
		const where =
			baseUrl && new URL(baseUrl).hostname === target.hostname
				? `another origin (${target.origin})`
				: `another host (${target.host})`;
		return redirectRefused(node, where, baseUrl, itemIndex);
	}
	const message = `${redirect.message}: the answer had no usable location`;
	return apiError(node, itemIndex, {
		message,
		description: 'Check the Base URL in the HrFlow API credential.',
		httpCode: redirect.status,
	});
}

function redirectRefused(
	node: INode,
	host: string,
	baseUrl: string | undefined,
	itemIndex: number,
): NodeApiError {
	const base = baseUrl ? `The Base URL ${baseUrl}` : 'The Base URL';
	const where = host.startsWith('another ') ? host : `another host (${host})`;
	const message = `${base} redirected to ${where}: the redirect was not followed, so the API key and user email were not sent there`;
	return apiError(node, itemIndex, {
		message,
		description:
			"Check the Base URL in the HrFlow API credential (HrFlow's is https://api.hrflow.ai/v1). A gateway in front of HrFlow must answer on the Base URL's own host.",
	});
}
