import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { IDENTIFIER_VALUE_FIELDS, readProfileIdentifier } from './identifiers';

export interface GetMetadatasOptions {
	output?: 'split' | 'single';
	metadataNames?: string;
}

/**
 * postReceive: applies Get Metadatas' options. Metadata Names keeps only the names listed; Output
 * "Single Item" merges the profile's metadatas into one item `{ <name>: <value>, ... }` (a later
 * duplicate wins) with the identifier the profile was found by, e.g. `profileReference`.
 */
export async function shapeMetadatas(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	_response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const options = this.getNodeParameter('options', {}) as GetMetadatasOptions;
	const names = (options.metadataNames ?? '')
		.split(',')
		.map((name) => name.trim())
		.filter(Boolean);
	const kept = names.length ? items.filter((item) => names.includes(String(item.json.name))) : items;
	if (options.output !== 'single') return kept;

	const json: IDataObject = {};
	for (const { json: metadata } of kept) setOwn(json, String(metadata.name), metadata.value);
	// Read again only in this mode: the identifier is not on HrFlow's answer.
	const identifier = readProfileIdentifier.call(this);
	setOwn(json, IDENTIFIER_VALUE_FIELDS[identifier.type].name, identifier.value);
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}

// Metadata names come from users: "__proto__" must be a plain key, not the object's prototype.
function setOwn(target: IDataObject, key: string, value: unknown) {
	Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
