// The source(s) an operation works in. Version 1: the key as text. Version 2: picked from the
// account's sources by name (or given by key).

import type { INodeProperties } from 'n8n-workflow';

import { HRFLOW_KEY_PATTERN } from '../../parameters/locators';

const VERSION_1 = { '@version': [1] };
const FROM_VERSION_2 = { '@version': [{ _cnd: { gte: 2 } }] };

/** One source: `sourceKey` (version 1), `source` (version 2, a resource locator). */
export const sourceFields: INodeProperties[] = [
	{
		displayName: 'Source Key',
		name: 'sourceKey',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
		hint: 'The 40-character key of the HrFlow source, shown in the HrFlow app under Sources',
		description: 'Key of the HrFlow source (the folder of profiles) that holds the profile',
		displayOptions: { show: VERSION_1 },
	},
	{
		displayName: 'Source',
		name: 'source',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The HrFlow source (the folder of profiles) to work in',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a source...',
				typeOptions: { searchListMethod: 'searchSources', searchable: true },
			},
			{
				displayName: 'By Key',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a',
				validation: [
					{
						type: 'regex',
						properties: {
							regex: HRFLOW_KEY_PATTERN,
							errorMessage: 'Source: an HrFlow source key is 40 hexadecimal characters',
						},
					},
				],
			},
		],
		displayOptions: { show: FROM_VERSION_2 },
	},
];

/** Several sources, picked from the account's list (also the HrFlow Trigger's). */
export const sourcesField: INodeProperties = {
	displayName: 'Source Names or IDs',
	name: 'sources',
	type: 'multiOptions',
	typeOptions: { loadOptionsMethod: 'getSources' },
	required: true,
	default: [],
	description:
		'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
	hint: 'The HrFlow sources to list. An expression may give a list of source keys or comma-separated keys.',
};

/** Several sources: `sourceKeys` (version 1, comma-separated), `sources` (version 2, a multi-select). */
export const sourcesFields: INodeProperties[] = [
	{
		displayName: 'Source Keys',
		name: 'sourceKeys',
		type: 'string',
		required: true,
		default: '',
		placeholder:
			'e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a, 0cb0e65784e6f84dc89418d1aab24a0d085f0f7d',
		description: 'Keys of the HrFlow sources to list, separated by commas',
		displayOptions: { show: VERSION_1 },
	},
	{ ...sourcesField, displayOptions: { show: FROM_VERSION_2 } },
];
