import type { IDataObject, IExecuteSingleFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { invalidInput } from '../../helpers/errors';
import { hrflowKey } from '../../helpers/identifiers';
import { sendPages } from '../../helpers/pages';
import { textList } from '../../helpers/values';

/** GET /storing/profiles' query: the sources as a JSON array, whole profiles, and the sort options. */
function listQuery(this: IExecuteSingleFunctions): IDataObject {
	const sourceKeys = textList(this, this.getNodeParameter('sourceKeys', ''), 'Source Keys');
	if (sourceKeys.length === 0) {
		throw invalidInput(this, 'Source Keys is empty', 'Source Keys takes one or more 40-character HrFlow source keys, separated by commas.');
	}
	const options = this.getNodeParameter('options', {}) as { orderBy?: string; sortBy?: string };
	return {
		source_keys: JSON.stringify(sourceKeys.map((key) => hrflowKey(this, key, 'Source Keys'))),
		// Without it HrFlow lists only keys, reference and dates (Python SDK 4.3, storing.py).
		return_profile: 'true',
		...(options.orderBy ? { order_by: options.orderBy } : {}),
		...(options.sortBy ? { sort_by: options.sortBy } : {}),
	};
}

/** GET /storing/profiles (HrFlow's Python SDK 4.3): the profiles of one or more sources, page by page. */
export const getManyOperation: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getMany',
	action: 'Get many profiles',
	description: 'List the profiles of one or more HrFlow sources, page after page: one item per profile',
	routing: {
		request: { method: 'GET', url: '/storing/profiles' },
		send: { paginate: true },
		operations: { pagination: sendPages(listQuery) },
	},
};

const forGetMany = { show: { resource: ['profile'], operation: ['getMany'] } };

export const getManyFields: INodeProperties[] = [
	{
		displayName: 'Source Keys',
		name: 'sourceKeys',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a, 0cb0e65784e6f84dc89418d1aab24a0d085f0f7d',
		description: 'Keys of the HrFlow sources to list, separated by commas',
		displayOptions: forGetMany,
	},
	{
		displayName: 'Return All',
		name: 'returnAll',
		type: 'boolean',
		default: false,
		description: 'Whether to return all results or only up to a given limit',
		displayOptions: forGetMany,
	},
	{
		displayName: 'Limit',
		name: 'limit',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 50,
		description: 'Max number of results to return',
		displayOptions: { show: { ...forGetMany.show, returnAll: [false] } },
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: forGetMany,
		options: [
			{
				displayName: 'Order',
				name: 'orderBy',
				type: 'options',
				default: 'desc',
				options: [
					{ name: 'Ascending', value: 'asc' },
					{ name: 'Descending', value: 'desc' },
				],
			},
			{
				displayName: 'Sort By',
				name: 'sortBy',
				type: 'options',
				default: 'created_at',
				options: [
					{ name: 'Created At', value: 'created_at' },
					{ name: 'Updated At', value: 'updated_at' },
				],
			},
		],
	},
];
