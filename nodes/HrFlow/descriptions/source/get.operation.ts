import { folderLookup, outputFolder } from '../../records/folders';
import { sourceHints } from '../../resources/source/source';
import { single } from '../../transport/request';
import { sourceFields } from '../common/source.fields';
import type { OperationDescription } from '../common/operation';

/** GET /source (HrFlow's Python SDK 4.3, source.get). */
export const get: OperationDescription = {
	since: 2,
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a source',
		description:
			'Get one HrFlow source (a folder of profiles) by key: its name, type, members and settings, e.g. whether it parses synchronously (sync_parsing)',
		routing: single({
			hints: sourceHints,
			method: 'GET',
			url: '/source',
			build: folderLookup('source'),
			output: [outputFolder],
		}),
	},
	fields: [...sourceFields],
};
