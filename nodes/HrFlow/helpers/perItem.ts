import type {
	DeclarativeRestApiSettings,
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { cleanNodeError, errorItem } from './errors';

export const CREDENTIAL_TYPE = 'hrFlowApi';

/** Builds one item's query from its parameters; throws a NodeOperationError on bad input. */
export type QueryBuilder = (this: IExecuteSingleFunctions) => IDataObject;

type ItemRunner = (
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
export function sendForEachItem(buildQuery: QueryBuilder): ItemRunner {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const itemIndex = this.getItemIndex();
		try {
			const qs = buildQuery.call(this);
			return await this.makeRoutingRequest({
				...requestData,
				options: { ...requestData.options, qs: { ...requestData.options.qs, ...qs } },
			});
		} catch (error) {
			const clean = cleanNodeError(this.getNode(), error, itemIndex, await knownSecrets(this));
			if (this.continueOnFail()) return [errorItem(clean, itemIndex)];
			throw clean;
		}
	};
}

// Only on the error path: reading the credentials again costs a database query and a decryption.
async function knownSecrets(context: IExecuteSingleFunctions): Promise<string[]> {
	try {
		const credentials: ICredentialDataDecryptedObject = await context.getCredentials(CREDENTIAL_TYPE);
		return [String(credentials.apiKey ?? '').trim()];
	} catch {
		return [];
	}
}
