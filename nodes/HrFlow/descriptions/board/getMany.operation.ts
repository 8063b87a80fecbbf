import { folderListing } from '../../records/folders';
import { boardHints } from '../../resources/board/board';
import { paged } from '../../transport/request';
import { searchOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { namedCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';

/** GET /boards (HrFlow's Python SDK 4.3, board.list), page by page. */
export const getMany: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many boards',
		description:
			'List the boards (folders of jobs) of the HrFlow account, optionally by name: one item per board',
		routing: paged({ hints: boardHints, url: '/boards', build: folderListing }),
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
