// THE request layer: every operation of the HrFlow node is routed through one of three kinds,
// each typed for what it does:
// - `single({ method, url, build, output })`: one request per item, sent by n8n's routing engine;
//   `build` gives its query/body/headers, `output` (postReceive steps) shapes HrFlow's answer.
// - `paged({ url, build })`: a listing endpoint, page after page to Return All / Limit, one item
//   per record; `build` gives the query.
// - `steps({ build, run })`: several calls per item; `build` reads the item's parameters into
//   what `run` takes (the compiler checks they match), `run` makes the calls (each with its URL).
//
// Why n8n's *pagination* hook: an operation's `routing.operations.pagination` function, with
// `routing.send.paginate` on, is the one hook of n8n's declarative engine (RoutingNode) that wraps
// a whole item's request. That lets this module, for each input item:
// - read and check the item's parameters before any request (bad input fails naming the field);
// - send the request (or the pages, or the steps' calls) with the credential;
// - turn every failure (bad input, HrFlow's error answer, network, a download) into a clean n8n
//   error with the secret key redacted, or with Continue On Fail into an error item linked to the
//   input item (regular or error output). The engine's own error items have no `pairedItem` and
//   carry the raw HTTP error, X-API-KEY header included; what a preSend throws ends there too.
//
// What an operation author must not do: put `routing` on a field (`routing.send`, preSend,
// postReceive), or write an operation's `routing` by hand. A test walks the node's description
// (every version) and fails on either.

import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodePropertyRouting,
	PostReceiveAction,
} from 'n8n-workflow';

import { callHrFlow, credentialFacts } from './call';
import type { HrFlowCall, NoneFound } from './call';
import { cleanNodeError, throwOnHrFlowError } from './errors';
import type { ItemContext, RecordHints } from './errors';
import { errorItem, hrflowData, linkedItems } from './items';
import { readPaging, pageLoop } from './paging';
import { followWithinOrigin } from './redirects';

/** What one item adds to its operation's request: a query, a body, headers. */
export interface ItemRequest {
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
}

/** Reads and checks the item's parameters before any request (throwing `invalidInput` on bad input). */
export type Builder<T> = (this: IExecuteSingleFunctions) => T | Promise<T>;

/**
 * Called when an item's request failed: answers the item's output another way, or undefined to
 * let the failure stand. Gets the request that failed (url, qs) to send a different one.
 */
export type Recovery = (
	this: IExecutePaginationFunctions,
	error: unknown,
	request: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[] | undefined>;

/** One call of an operation made of several: HrFlow's answer (its body), or undefined for `notFound`. */
export type Call = (call: HrFlowCall) => Promise<IDataObject | undefined>;

/**
 * The calls of an operation made of several, from what its builder read: the item's output items
 * (linked to `this.getItemIndex()`). A failed call throws HrFlow's error, which `run` may catch.
 */
export type Steps<T> = (
	this: IExecutePaginationFunctions,
	input: T,
	call: Call,
) => Promise<INodeExecutionData[]>;

/** One request per item, sent by n8n's routing engine. */
export interface Single {
	method: IHttpRequestMethods;
	url: string;
	/** What to check when HrFlow refuses it, for each record it names (see RecordHints). */
	hints: RecordHints;
	build: Builder<ItemRequest>;
	/** postReceive steps after HrFlow's error check: one answer becomes the item's output items. */
	output?: PostReceiveAction[];
	/** A second way to answer the item when its request failed (see Recovery). */
	recover?: Recovery;
}

/**
 * A listing endpoint (GET, `page`/`limit`, `meta`): pages are fetched until the last one or until
 * the node's Return All / Limit is met, one item per entry of `data`.
 */
export interface Paged {
	url: string;
	hints: RecordHints;
	/** The item's query, paging aside. */
	build: Builder<{ qs: IDataObject }>;
	/** HrFlow's error answers that mean "nothing to list": no more entries, not an error. */
	empty?: NoneFound;
}

/** Several calls per item (each states its own URL), from what `build` read. */
export interface Stepped<T> {
	hints: RecordHints;
	build: Builder<T>;
	run: Steps<T>;
}

type ItemRunner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

// The runners this module made: the structure test recognises an operation routed here by them.
const runners = new WeakSet<ItemRunner>();

/** Whether an operation's routing was made here (single, paged or steps). */
export function isHrFlowRouting(routing: INodePropertyRouting | undefined): boolean {
	const pagination = routing?.operations?.pagination;
	return (
		routing?.send?.paginate === true &&
		typeof pagination === 'function' &&
		runners.has(pagination as ItemRunner)
	);
}

/** The routing of an operation of one request per item (see the header of this file). */
export function single({
	method,
	url,
	hints,
	build,
	output = [],
	recover,
}: Single): INodePropertyRouting {
	return routing(sendForEachItem(build, recover), {
		request: { method, url },
		output: { postReceive: [throwOnHrFlowError(hints), ...output] },
	});
}

/** The routing of an operation reading a listing endpoint, page after page. */
export function paged({ url, hints, build, empty }: Paged): INodePropertyRouting {
	return routing(sendPages(url, hints, build, empty));
}

/** The routing of an operation made of several calls. */
export function steps<T>({ hints, build, run }: Stepped<T>): INodePropertyRouting {
	return routing(runSteps(hints, build, run));
}

/** Where an item's calls fail: its node and item, and the operation's hints. */
const failingItem = (context: IExecuteSingleFunctions, hints: RecordHints): ItemContext => ({
	getNode: () => context.getNode(),
	getItemIndex: () => context.getItemIndex(),
	hints,
});

function routing(
	runner: ItemRunner,
	more: Partial<INodePropertyRouting> = {},
): INodePropertyRouting {
	runners.add(runner);
	return { ...more, send: { paginate: true }, operations: { pagination: runner } };
}

/** An operation's own steps, each call with the credential and the node's Request Options. */
function runSteps<T>(hints: RecordHints, build: Builder<T>, run: Steps<T>): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		try {
			const input = await build.call(this);
			const where = failingItem(this, hints);
			const call: Call = async (each) =>
				(
					await callHrFlow(this, where, {
						...each,
						options: requestData.options as IHttpRequestOptions,
					})
				)?.body as IDataObject | undefined;
			return await run.call(this, input, call);
		} catch (error) {
			return await failItem(this, error, this.getItemIndex());
		}
	};
}

/** One request per input item, through the routing's postReceive chain. */
function sendForEachItem(build: Builder<ItemRequest>, recover?: Recovery): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		let failure: unknown;
		try {
			const request = withItemRequest(requestData, await build.call(this));
			try {
				return await followWithinOrigin(
					this,
					request.options.url,
					async (url) => await this.makeRoutingRequest(url ? atUrl(request, url) : request),
					async () => (await credentialFacts(this)).baseUrl,
				);
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
function sendPages(
	url: string,
	hints: RecordHints,
	build: Paged['build'],
	empty?: NoneFound,
): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		try {
			const { qs } = await build.call(this);
			return await pageLoop(this, readPaging(this), async (page, limit) => {
				const response = await callHrFlow(this, failingItem(this, hints), {
					url,
					qs: { ...qs, page, limit },
					options: requestData.options as IHttpRequestOptions,
					notFound: empty,
				});
				// Nothing (more) to list: an empty page ends the loop.
				if (!response) return { results: [], entries: [] };
				const entries = hrflowData(this, response);
				return {
					results: linkedItems(this, entries),
					entries,
					meta: (response.body as IDataObject).meta as IDataObject | undefined,
				};
			});
		} catch (error) {
			return await failItem(this, error, this.getItemIndex());
		}
	};
}

/** The request sent again to a redirect's location, which carries its own query. */
function atUrl(
	requestData: DeclarativeRestApiSettings.ResultOptions,
	url: string,
): DeclarativeRestApiSettings.ResultOptions {
	return { ...requestData, options: { ...requestData.options, url, qs: {} } };
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
async function failItem(
	context: IExecuteSingleFunctions,
	error: unknown,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const clean = cleanNodeError(context.getNode(), error, itemIndex, await credentialFacts(context));
	if (context.continueOnFail())
		return [errorItem(clean, itemIndex, context.getNode().onError === 'continueErrorOutput')];
	throw clean;
}
