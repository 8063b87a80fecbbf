// The board(s) a Job operation works in (boards are HrFlow's folders of jobs), picked from the
// account's boards by name, or given by key. Version 2 only, as the Job resource.

import type { INodeProperties } from 'n8n-workflow';

import { HRFLOW_KEY_PATTERN } from '../../parameters/locators';

/** One board: `board`, a resource locator. */
export const boardFields: INodeProperties[] = [
	{
		displayName: 'Board',
		name: 'board',
		type: 'resourceLocator',
		required: true,
		default: { mode: 'list', value: '' },
		description: 'The HrFlow board (the folder of jobs) to work in',
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: 'Select a board...',
				typeOptions: { searchListMethod: 'searchBoards', searchable: true },
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
							errorMessage: 'Board: an HrFlow board key is 40 hexadecimal characters',
						},
					},
				],
			},
		],
	},
];

/** Several boards: `boards`, a multi-select. */
export const boardsFields: INodeProperties[] = [
	{
		displayName: 'Board Names or IDs',
		name: 'boards',
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod: 'getBoards' },
		required: true,
		default: [],
		description:
			'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
		hint: 'The HrFlow boards to work in. An expression may give a list of board keys or comma-separated keys.',
	},
];
