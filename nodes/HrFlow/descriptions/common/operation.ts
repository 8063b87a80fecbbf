// How a resource's description is put together from its operation files.

import { updateDisplayOptions } from 'n8n-workflow';
import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** One operation file: the operation (its option, with its routing) and the fields it shows. */
export interface OperationDescription {
	option: INodePropertyOptions;
	/** Every field the operation uses, shared ones included (spread from their *.fields.ts). */
	fields: INodeProperties[];
}

/**
 * A resource's part of the node description: the Operation selector, then each operation's fields
 * shown for that operation only. A shared field spread by several operations becomes one property
 * shown for all of them: n8n evaluates every property of a declarative node for every item, so a
 * field defined once per operation would cost one expression evaluation per copy.
 */
export function resourceDescription(resource: string, operations: OperationDescription[], defaultOperation: string): INodeProperties[] {
	const selector: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: operations.map((operation) => operation.option),
		default: defaultOperation,
	};
	const fields = operations.flatMap(({ option, fields }) =>
		updateDisplayOptions({ show: { resource: [resource], operation: [String(option.value)] } }, fields),
	);
	return [selector, ...mergeSharedFields(fields)];
}

/** Fields identical but for the operations they show for become one, shown for all of them. */
function mergeSharedFields(fields: INodeProperties[]): INodeProperties[] {
	const merged = new Map<string, INodeProperties>();
	for (const field of fields) {
		const operations = (field.displayOptions?.show?.operation ?? []) as string[];
		const identity = JSON.stringify({ ...field, displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, operation: undefined } } });
		const first = merged.get(identity);
		if (first) {
			const shown = first.displayOptions!.show!.operation as string[];
			shown.push(...operations.filter((operation) => !shown.includes(operation)));
		} else {
			merged.set(identity, { ...field, displayOptions: { ...field.displayOptions, show: { ...field.displayOptions?.show, operation: [...operations] } } });
		}
	}
	return [...merged.values()];
}
