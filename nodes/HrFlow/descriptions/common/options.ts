import type { INodeProperties } from 'n8n-workflow';

/** An operation's "Options" collection: optional settings, each added by the user. */
export function optionsCollection(options: INodeProperties[], name = 'options'): INodeProperties {
	return {
		displayName: 'Options',
		name,
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		options,
	};
}

/**
 * A collection under another name, as n8n's own nodes name them: "Additional Fields" of a Create,
 * "Filters" of a Get Many. For operations whose entries cannot join the node's Options collections
 * (descriptions/common/node.ts): a third `options` property would cost every item of every
 * operation one more evaluation of the user's options.
 */
export function namedCollection(
	displayName: 'Additional Fields' | 'Filters',
	options: INodeProperties[],
): INodeProperties {
	return {
		displayName,
		name: displayName === 'Filters' ? 'filters' : 'additionalFields',
		type: 'collection',
		placeholder: displayName === 'Filters' ? 'Add filter' : 'Add field',
		default: {},
		options,
	};
}
