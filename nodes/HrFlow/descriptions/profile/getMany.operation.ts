import { profileListing } from '../../resources/profile/listing';
import { hrflowRequest } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { sourcesFields } from '../common/source.fields';

/** GET /storing/profiles (HrFlow's Python SDK 4.3): the profiles of one or more sources, page by page. */
export const getMany: OperationDescription = {
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many profiles',
		description: 'List the profiles of one or more HrFlow sources, page after page: one item per profile',
		routing: hrflowRequest({ method: 'GET', url: '/storing/profiles', build: profileListing, paged: true }),
	},
	fields: [
		...sourcesFields,
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		optionsCollection(
			[
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
		),
	],
};
