import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { baseUrlOf } from '../../../credentials/HrFlowApi.credentials';
import { cleanNodeError, errorItem } from './errors';
import type { CredentialFacts } from './errors';

export const CREDENTIAL_TYPE = 'hrFlowApi';

/** Builds one item's query from its parameters; throws a NodeOperationError on bad input. */
export type QueryBuilder = (this: IExecuteSingleFunctions) => IDataObject;

/** What one item adds to its operation's request: a query, a body, headers. */
export interface ItemRequest {
	qs?: IDataObject;
	body?: unknown;
	headers?: IDataObject;
}

/** Builds one item's part of the request from its parameters; throws a NodeOperationError on bad input. */
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

export type ItemRunner = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/**
 * Runs one input item's request: checks its parameters, builds the query, sends it, and turns any
 * failure into a clean error (or, with "Continue On Fail", an error item linked to the input item).
 *
 * It is set as the operation's `routing.operations.pagination` with `routing.send.paginate` on,
 * because that is the one hook of n8n's declarative engine that wraps a whole item's request.
 * A preSend could not do it: what a preSend throws the engine turns into error items without
 * `pairedItem`, carrying the raw error.
 */
export function sendForEachItem(buildRequest: RequestBuilder, recover?: Recovery): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		let failure: unknown;
		try {
			const { qs, body, headers } = await buildRequest.call(this);
			const { options } = requestData;
			const request = {
				...requestData,
				options: {
					...options,
					qs: { ...options.qs, ...qs },
					headers: { ...options.headers, ...headers },
					...(body === undefined ? {} : { body: body as IDataObject }),
				},
			};
			try {
				return await this.makeRoutingRequest(request);
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
 * The end of a failed item: the failure rebuilt as a clean, redacted n8n error, thrown, or with
 * "Continue On Fail" returned as that item's error item.
 */
export async function failItem(
	context: IExecuteSingleFunctions,
	error: unknown,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const clean = cleanNodeError(context.getNode(), error, itemIndex, await credentialFacts(context));
	if (context.continueOnFail()) return [errorItem(clean, itemIndex, context.getNode().onError === 'continueErrorOutput')];
	throw clean;
}

// Only on the error path: reading the credentials again costs a database query and a decryption.
async function credentialFacts(context: IExecuteSingleFunctions): Promise<CredentialFacts> {
	try {
		const credentials: ICredentialDataDecryptedObject = await context.getCredentials(CREDENTIAL_TYPE);
		const apiKey = String(credentials.apiKey ?? '');
		return { secrets: [apiKey, apiKey.trim()], baseUrl: baseUrlOf(credentials) };
	} catch {
		return { secrets: [] };
	}
}
