// How a resource's description is put together from its operation files.

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

/** The `@version` condition of what exists from `version` on. */
export const fromVersion = (version: number) => ({ '@version': [{ _cnd: { gte: version } }] });

/**
 * A resource's part of the node description: the Operation selector, then each operation's fields
 * shown for that operation only, in the operation's order. `nodeProperties` (node.ts) then makes a
 * field shared by several operations, of this resource or others, one property.
 */
export function resourceDescription(resource: string, operations: OperationDescription[], defaultOperation: string): INodeProperties[] {
	const fields = operations.flatMap(({ option, fields, since }) =>
		updateDisplayOptions({ show: { resource: [resource], operation: [String(option.value)] } }, since ? fromVersionOn(since, fields) : fields),
	);
	return [...operationSelectors(resource, operations, defaultOperation), ...fields];
}

/**
 * The fields of an operation that came with `since`, without those of earlier versions only (e.g.
 * version 1's Source Key). The others need no version condition: the operation itself is offered
 * from `since` on, and a field shared with older operations stays one property.
 */
function fromVersionOn(since: number, fields: INodeProperties[]): INodeProperties[] {
	return fields.filter((field) => {
		const versions = field.displayOptions?.show?.['@version'] as Array<number | { _cnd: { gte: number } }> | undefined;
		return !versions || versions.some((version) => (typeof version === 'number' ? version >= since : true));
	});
}

/**
 * The Operation selector; where some operations came with version 2, one selector for version 1
 * (without them) and one from version 2 on (with them).
 */
function operationSelectors(resource: string, operations: OperationDescription[], defaultOperation: string): INodeProperties[] {
	const selector = (options: OperationDescription[], version: object): INodeProperties => {
		const offered = options.some((operation) => operation.option.value === defaultOperation);
		const defaultValue = offered ? defaultOperation : String(options[0].option.value);
		return {
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource], ...version } },
			options: options.map((operation) => operation.option),
			default: defaultValue,
		};
	};
	const original = operations.filter((operation) => (operation.since ?? 1) === 1);
	if (original.length === operations.length) return [selector(operations, {})];
	const later = Math.min(...operations.map((operation) => operation.since ?? 1).filter((since) => since > 1));
	// The newest first: n8n's AI-tool wrapper reads the first Operation selector of a resource for
	// an operation's action, whatever the node's version.
	return [
		selector(operations, fromVersion(later)),
		...(original.length ? [selector(original, { '@version': Array.from({ length: later - 1 }, (_, i) => i + 1) })] : []),
	];
}
