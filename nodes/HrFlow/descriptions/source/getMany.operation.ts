import { folderListing } from '../../records/folders';
import { sourceHints } from '../../resources/source/source';
import { paged } from '../../transport/request';
import { searchOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { namedCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';

/** GET /sources (HrFlow's Python SDK 4.3, source.list), page by page. */
export const getMany: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many sources',
		description:
			'List the sources (folders of profiles) of the HrFlow account, optionally by name: one item per source',
		routing: paged({ hints: sourceHints, url: '/sources', build: folderListing }),
	},
	fields: [
		...pagingFields,
		// Search's Name option, word for word. Filters, not Options: Name would join the Options of
		// Profile and Job › Search, and show for their Get Many (descriptions/common/node.ts).
		namedCollection(
			'Filters',
			searchOptions.filter((option) => option.name === 'name'),
		),
	],
};
