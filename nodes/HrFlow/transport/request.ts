// THE request layer: every operation of the HrFlow node is routed through `hrflowRequest`.
//
// Why n8n's *pagination* hook: an operation's `routing.operations.pagination` function, with
// `routing.send.paginate` on, is the one hook of n8n's declarative engine (RoutingNode) that wraps
// a whole item's request. That lets this module, for each input item:
// - read and check the item's parameters before any request (bad input fails naming the field);
// - send the request (or, for listings, page after page) with the credential;
// - turn every failure (bad input, HrFlow's error answer, network, a download) into a clean n8n
//   error with the secret key redacted, or with Continue On Fail into an error item linked to the
//   input item (regular or error output). The engine's own error items have no `pairedItem` and
//   carry the raw HTTP error, X-API-KEY header included; what a preSend throws ends there too.
//
// What an operation author must do: give `routing: hrflowRequest({...})` to the operation option,
// build the item's query/body in `build` (throwing `invalidInput` on bad input), shape the output
// in `output` postReceive functions that link items to `this.getItemIndex()`.
// What an operation author must not do: put `routing` on a field (`routing.send`, preSend,
// postReceive), or write an operation's `routing` by hand. A test walks the node's description
// (every version) and fails on either.

import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
} from 'n8n-workflow';

import { baseUrlOf } from '../../../credentials/HrFlowApi.credentials';
import { assertHrFlowSuccess, cleanNodeError, errorItem, throwOnHrFlowError } from './errors';
import type { CredentialFacts } from './errors';
import { hrflowData, linkedItems } from './items';
import { readPaging, pageLoop } from './paging';
import { followWithinOrigin } from './redirects';

export const CREDENTIAL_TYPE = 'hrFlowApi';

/** What one item adds to its operation's request: a query, a body, headers. */
export interface ItemRequest {
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
	/** For `steps`: what they need from the item's parameters besides what is sent as it is. */
	extra?: IDataObject;
}

/** Builds one item's part of the request from its parameters; throws `invalidInput` on bad input. */
export type RequestBuilder = (this: IExecuteSingleFunctions) => ItemRequest | Promise<ItemRequest>;

/**
 * Called when an item's request failed: answers the item's output another way, or undefined to
 * let the failure stand. Gets the request that failed (url, qs) to send a different one.
 */
export type Recovery = (
	this: IExecutePaginationFunctions,
	error: unknown,
	request: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[] | undefined>;

/**
 * One more HrFlow API call, for operations made of several (e.g. Create or Update): HrFlow's
 * answer, or its error thrown. With `notFound: 'job'`, HrFlow's answer that no such job exists (a
 * 400 "Unable to find object: job", not a 404) gives undefined instead.
 */
export type HrFlowCall = (
	method: IHttpRequestMethods,
	url: string,
	request?: { qs?: IDataObject; body?: IDataObject; notFound?: string },
) => Promise<IDataObject | undefined>;

/**
 * An operation made of several calls: gets the item's built request and a `call` function, and
 * returns the item's output items (linked to `this.getItemIndex()`). A failed call throws
 * HrFlow's error, which `steps` may catch to take another way.
 */
export type RequestSteps = (this: IExecutePaginationFunctions, request: ItemRequest, call: HrFlowCall) => Promise<INodeExecutionData[]>;

export interface HrFlowRequest {
	method: IHttpRequestMethods;
	url: string;
	/** The item's query, body and headers; every check of its parameters happens here. */
	build: RequestBuilder;
	/** Several calls instead of one request (method and url are then the first call's, for reading). */
	steps?: RequestSteps;
	/** postReceive steps after HrFlow's error check: one answer becomes the item's output items. */
	output?: PostReceiveAction[];
	/** A second way to answer the item when its request failed (see Recovery). */
	recover?: Recovery;
	/**
	 * A listing endpoint (`page`/`limit`, `meta`): pages are fetched until the last one or until
	 * the node's Return All / Limit is met, one item per entry of `data`.
	 */
	paged?: boolean;
}

type ItemRunner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

// The runners this module made: the structure test recognises an operation routed here by them.
const runners = new WeakSet<ItemRunner>();

/** Whether an operation's routing was made by hrflowRequest. */
export function isHrFlowRouting(routing: INodePropertyRouting | undefined): boolean {
	const pagination = routing?.operations?.pagination;
	return routing?.send?.paginate === true && typeof pagination === 'function' && runners.has(pagination as ItemRunner);
}

/** The routing of one HrFlow operation: see the header of this file. */
export function hrflowRequest({ method, url, build, steps, output = [], recover, paged = false }: HrFlowRequest): INodePropertyRouting {
	const runner: ItemRunner = steps ? runSteps(build, steps) : paged ? sendPages(build) : sendForEachItem(build, recover);
	runners.add(runner);
	return {
		request: { method, url },
		send: { paginate: true },
		operations: { pagination: runner },
		...(paged || steps ? {} : { output: { postReceive: [throwOnHrFlowError, ...output] } }),
	};
}

/** An operation's own steps, each call with the credential and the node's Request Options. */
function runSteps(build: RequestBuilder, steps: RequestSteps): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		try {
			const request = await build.call(this);
			const call: HrFlowCall = async (method, url, { qs, body, notFound } = {}) =>
				await followWithinOrigin(this, url, async (redirected) => {
					const response = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
						...(requestData.options as IHttpRequestOptions),
						method,
						url: redirected ?? url,
						qs: redirected ? {} : (qs ?? {}),
						...(body === undefined ? { body: undefined } : { body }),
						returnFullResponse: true,
					})) as IN8nHttpFullResponse;
					if (notFound && isNotFound(response, notFound)) return undefined;
					assertHrFlowSuccess(this, response);
					return response.body as IDataObject;
				}, baseUrlOfCredential);
			return await steps.call(this, request, call);
		} catch (error) {
			return await failItem(this, error, itemIndex);
		}
	};
}

/** One request per input item, through the routing's postReceive chain. */
function sendForEachItem(build: RequestBuilder, recover?: Recovery): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		let failure: unknown;
		try {
			const request = withItemRequest(requestData, await build.call(this));
			try {
				return await followWithinOrigin(this, request.options.url, async (url) => await this.makeRoutingRequest(url ? atUrl(request, url) : request), baseUrlOfCredential);
			} catch (error) {
				failure = error;
				const recovered = recover ? await recover.call(this, error, request) : undefined;
				if (recovered) return recovered;
			}
		} catch (error) {
			// Bad input, or the recovery failed too.
			failure = error;
		}
		return await failItem(this, failure, itemIndex);
	};
}

/**
 * Page after page of a listing endpoint. The pages are fetched here rather than through the
 * routing's postReceive chain because that chain would drop `meta`, which says when to stop.
 */
function sendPages(build: RequestBuilder): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		try {
			const { qs } = await build.call(this);
			const paging = readPaging(this);
			return await pageLoop(this, paging, async (page, limit) => {
				const response = await followWithinOrigin(this, requestData.options.url, async (url) => {
					const answer = (await this.helpers.httpRequestWithAuthentication.call(this, CREDENTIAL_TYPE, {
						...(requestData.options as IHttpRequestOptions),
						...(url ? { url, qs: {} } : { qs: { ...requestData.options.qs, ...qs, page, limit } }),
						returnFullResponse: true,
					})) as IN8nHttpFullResponse;
					assertHrFlowSuccess(this, answer);
					return answer;
				}, baseUrlOfCredential);
				const entries = hrflowData(this, response);
				return { results: linkedItems(this, entries), entries, meta: (response.body as IDataObject).meta as IDataObject | undefined };
			});
		} catch (error) {
			return await failItem(this, error, itemIndex);
		}
	};
}

/** The request sent again to a redirect's location, which carries its own query. */
function atUrl(requestData: DeclarativeRestApiSettings.ResultOptions, url: string): DeclarativeRestApiSettings.ResultOptions {
	return { ...requestData, options: { ...requestData.options, url, qs: {} } };
}

async function baseUrlOfCredential(context: Pick<IExecuteSingleFunctions, 'getCredentials'>): Promise<string | undefined> {
	return (await credentialFacts(context)).baseUrl;
}

function isNotFound(response: IN8nHttpFullResponse, kind: string): boolean {
	const message = String((response.body as IDataObject | null)?.message ?? '').toLowerCase();
	return response.statusCode === 400 && message.includes(`unable to find object: ${kind}`);
}

function withItemRequest(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	{ qs, body, headers }: ItemRequest,
): DeclarativeRestApiSettings.ResultOptions {
	const { options } = requestData;
	return {
		...requestData,
		options: {
			...options,
			qs: { ...options.qs, ...qs },
			headers: { ...options.headers, ...headers },
			...(body === undefined ? {} : { body: body as IDataObject }),
		},
	};
}

/**
 * The end of a failed item: the failure rebuilt as a clean, redacted n8n error, thrown, or with
 * Continue On Fail returned as that item's error item.
 */
async function failItem(context: IExecuteSingleFunctions, error: unknown, itemIndex: number): Promise<INodeExecutionData[]> {
	const clean = cleanNodeError(context.getNode(), error, itemIndex, await credentialFacts(context));
	if (context.continueOnFail()) return [errorItem(clean, itemIndex, context.getNode().onError === 'continueErrorOutput')];
	throw clean;
}

// Only on the error path: reading the credentials again costs a database query and a decryption.
export async function credentialFacts(context: Pick<IExecuteSingleFunctions, 'getCredentials'>): Promise<CredentialFacts> {
	try {
		const credentials: ICredentialDataDecryptedObject = await context.getCredentials(CREDENTIAL_TYPE);
		const apiKey = String(credentials.apiKey ?? '');
		return { secrets: [apiKey, apiKey.trim()], baseUrl: baseUrlOf(credentials) };
	} catch {
		return { secrets: [] };
	}
}
