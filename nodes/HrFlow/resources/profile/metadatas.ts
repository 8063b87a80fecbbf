import { NodeApiError } from 'n8n-workflow';
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import {
	IDENTIFIER_VALUE_FIELDS,
	profileQuery,
	readProfileIdentifier,
	refuseEmail,
} from '../../records/profileIdentifier';
import type { ProfileQueryNames } from '../../records/profileIdentifier';
import { hrflowData, itemOf, linkedItems } from '../../transport/items';
import { textList } from '../../parameters/values';

export interface GetMetadatasOptions {
	output?: 'split' | 'single';
	/** Comma-separated text, or a list from an expression. */
	metadataNames?: unknown;
}

/**
 * postReceive: one item per metadata, from /profile/metadatas (`data` is the list) or, on today's
 * API, from /profile/indexing (`data` is the profile, its metadatas a field of it).
 */
export async function splitMetadatas(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response);
	return linkedItems(
		this,
		Array.isArray(data) ? data : (data as IDataObject | undefined)?.metadatas,
	);
}

/**
 * Recovery for Get Metadatas: /profile/metadatas is a legacy endpoint. Where HrFlow answers 404,
 * the metadatas are read from the profile itself (GET /profile/indexing), with the same output.
 */
export function readMetadatasFromProfile(indexingQuery: ProfileQueryNames) {
	return async function (
		this: IExecutePaginationFunctions,
		error: unknown,
		request: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[] | undefined> {
		if (!(error instanceof NodeApiError) || error.httpCode !== '404') return undefined;
		const identifier = readProfileIdentifier(this);
		refuseEmail(
			this,
			identifier,
			'This HrFlow API has no /profile/metadatas, and the profile it reads instead cannot be found by email',
		);
		return await this.makeRoutingRequest({
			...request,
			options: {
				...request.options,
				url: '/profile/indexing',
				qs: profileQuery(identifier, indexingQuery),
			},
		});
	};
}

/**
 * postReceive: applies Get Metadatas' options. Metadata Names keeps only the names listed; Output
 * "Single Item" merges the profile's metadatas into one item `{ <name>: <value>, ... }` (a later
 * duplicate wins) with the identifier the profile was found by, e.g. `profileReference`.
 */
export async function shapeMetadatas(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', {}) as GetMetadatasOptions;
	const names = textList(this, options.metadataNames, 'Metadata Names');
	const kept = names.length
		? items.filter((item) => names.includes(String(item.json.name)))
		: items;
	if (options.output !== 'single') return kept;

	const json: IDataObject = {};
	for (const { json: metadata } of kept) setOwn(json, String(metadata.name), metadata.value);
	// Read again only in this mode: the identifier is not on HrFlow's answer.
	const identifier = readProfileIdentifier(this);
	setOwn(json, IDENTIFIER_VALUE_FIELDS[identifier.type].name, identifier.value);
	return [itemOf(this, json)];
}

// Metadata names come from users: "__proto__" must be a plain key, not the object's prototype.
function setOwn(target: IDataObject, key: string, value: unknown) {
	Object.defineProperty(target, key, {
		value,
		enumerable: true,
		writable: true,
		configurable: true,
	});
}
