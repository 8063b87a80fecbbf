import { folderLookup, outputFolder } from '../../records/folders';
import { boardHints } from '../../resources/board/board';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';

/** GET /board (HrFlow's Python SDK 4.3, board.get). */
export const get: OperationDescription = {
	since: 2,
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a board',
		description:
			'Get one HrFlow board (a folder of jobs) by key: its name, type, members and settings',
		routing: single({
			hints: boardHints,
			method: 'GET',
			url: '/board',
			build: folderLookup('board'),
			output: [outputFolder],
		}),
	},
	fields: [...boardFields],
};
