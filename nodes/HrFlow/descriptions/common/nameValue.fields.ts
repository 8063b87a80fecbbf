import type { INodeProperties } from 'n8n-workflow';

/** A list of name/value pairs, as HrFlow takes tags and metadatas. */
export function nameValueList(
	displayName: string,
	name: string,
	entryDisplayName: string,
	entryName: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: `Add ${entryDisplayName.toLowerCase()}`,
		options: [
			{
				displayName: entryDisplayName,
				name: entryName,
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}
