// One authenticated call to HrFlow's API, the only way the package sends one itself: the
// credential's headers, the node's Request Options where the caller has them, redirects followed
// only within the Base URL's origin, HrFlow's error answer thrown as an n8n error. (A one-request
// operation's request is sent by n8n's routing engine instead: transport/request.ts.)

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IExecutePaginationFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
	IPollFunctions,
} from 'n8n-workflow';

import { baseUrlOf } from '../../../credentials/HrFlowApi.credentials';
import { assertHrFlowSuccess } from './errors';
import type { CredentialFacts, ItemContext } from './errors';
import { followWithinOrigin } from './redirects';

export const CREDENTIAL_TYPE = 'hrFlowApi';

/** Any node context: an item's (one operation's steps), a poll's (the trigger), the editor's lists. */
export type CallContext =
	IExecuteSingleFunctions | IExecutePaginationFunctions | IPollFunctions | ILoadOptionsFunctions;

/** Whether HrFlow's answer (its HTTP status and message) means that nothing was found. */
export type NoneFound = (status: number, message: string) => boolean;

export interface HrFlowCall {
	method?: IHttpRequestMethods;
	/** The path under the Base URL, e.g. `/profile/indexing`. */
	url: string;
	qs?: IDataObject;
	body?: unknown;
	/**
	 * HrFlow's answer that no such record exists (a 400 "Unable to find object: job", not a 404)
	 * gives undefined instead of an error, for the kind named, or where the function says so.
	 */
	notFound?: 'profile' | 'job' | NoneFound;
	/** The node's Request Options (timeout, proxy, SSL), as n8n's routing engine applies them. */
	options?: Partial<IHttpRequestOptions>;
}

/**
 * Sends one call; HrFlow's full answer (its `data`, and `meta` for the pages), or undefined for a
 * record `notFound` names. Errors name the item of `where` (an input item, or none: `noItem`).
 */
export async function callHrFlow(
	context: CallContext,
	where: ItemContext,
	call: HrFlowCall,
): Promise<IN8nHttpFullResponse | undefined> {
	const { method = 'GET', url, qs = {}, body, notFound, options = {} } = call;
	return await followWithinOrigin(
		context,
		url,
		async (redirected) => {
			const response = (await context.helpers.httpRequestWithAuthentication.call(
				context,
				CREDENTIAL_TYPE,
				{
					json: true,
					...options,
					method,
					url: redirected ?? url,
					qs: redirected ? {} : qs,
					...(body === undefined ? { body: undefined } : { body: body as IDataObject }),
					returnFullResponse: true,
					ignoreHttpStatusErrors: true,
				},
			)) as IN8nHttpFullResponse;
			if (notFound && isNotFound(response, notFound)) return undefined;
			assertHrFlowSuccess(where, response);
			return response;
		},
		async () => (await credentialFacts(context)).baseUrl,
	);
}

/** Where errors happen when there is no input item (the editor's lists, a poll): item 0. */
export function noItem(context: Pick<IExecuteSingleFunctions, 'getNode'>): ItemContext {
	return { getNode: (): INode => context.getNode(), getItemIndex: () => 0 };
}

function isNotFound(response: IN8nHttpFullResponse, kind: string | NoneFound): boolean {
	const message = String((response.body as IDataObject | null)?.message ?? '').toLowerCase();
	if (typeof kind === 'function') return kind(response.statusCode, message);
	return response.statusCode === 400 && message.includes(`unable to find object: ${kind}`);
}

// Only on an error path: reading the credentials again costs a database query and a decryption.
export async function credentialFacts(
	context: Pick<IExecuteSingleFunctions, 'getCredentials'>,
): Promise<CredentialFacts> {
	try {
		const credentials = await context.getCredentials(CREDENTIAL_TYPE);
		const apiKey = String(credentials.apiKey ?? '');
		return { secrets: [apiKey, apiKey.trim()], baseUrl: baseUrlOf(credentials) };
	} catch {
		return { secrets: [] };
	}
}
