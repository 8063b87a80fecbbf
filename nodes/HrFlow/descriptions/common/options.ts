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
