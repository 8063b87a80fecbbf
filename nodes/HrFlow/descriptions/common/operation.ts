// How a resource's part of one node version's description is put together from its operation files.

import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** One operation file: the operation (its option, with its routing) and the fields it shows. */
export interface OperationDescription {
	option: INodePropertyOptions;
	/** Every field the operation uses, shared ones included (spread from their *.fields.ts). */
	fields: INodeProperties[];
	/** The node version the operation appeared in (1 unless given); earlier versions do not offer it. */
	since?: number;
}

/** The `@version` condition of what exists from `version` on (a field of some versions only). */
export const fromVersion = (version: number) => ({ '@version': [{ _cnd: { gte: version } }] });

/** Whether a field's `@version` condition lets it exist in `version`; no condition: every version. */
export function inVersion(field: INodeProperties, version: number): boolean {
	const conditions = field.displayOptions?.show?.['@version'] as
		Array<number | { _cnd: { gte: number } }> | undefined;
	if (!conditions) return true;
	return conditions.some((condition) =>
		typeof condition === 'number' ? condition === version : version >= condition._cnd.gte,
	);
}

/** The field in one version's own description, where its `@version` condition says nothing more. */
function withoutVersion(field: INodeProperties): INodeProperties {
	if (!field.displayOptions?.show?.['@version']) return field;
	const show = { ...field.displayOptions.show };
	delete show['@version'];
	return { ...field, displayOptions: { ...field.displayOptions, show } };
}

/**
 * A resource's part of the description of node version `version`: its Operation selector with the
 * operations that version offers, then each operation's fields of that version, shown for that
 * operation only, in the operation's order. `nodeProperties` (node.ts) then makes a field shared by
 * several operations, of this resource or others, one property. Nothing when the version offers
 * none of the resource's operations.
 */
export function resourceDescription(
	resource: string,
	operations: OperationDescription[],
	defaultOperation: string,
	version: number,
): INodeProperties[] {
	const offered = operations.filter((operation) => (operation.since ?? 1) <= version);
	if (!offered.length) return [];
	const fields = offered.flatMap(({ option, fields }) =>
		updateDisplayOptions(
			{ show: { resource: [resource], operation: [String(option.value)] } },
			fields.filter((field) => inVersion(field, version)).map(withoutVersion),
		),
	);
	const defaultValue = offered.some((operation) => operation.option.value === defaultOperation)
		? defaultOperation
		: String(offered[0].option.value);
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: offered.map((operation) => operation.option),
		default: defaultValue,
	};
	return [selector, ...fields];
}
