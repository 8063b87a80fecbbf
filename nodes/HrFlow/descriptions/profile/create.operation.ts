import { createProfile } from '../../resources/profile/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileContentFields } from './content.fields';
import { profileHints } from '../../resources/profile/hints';

/** POST /profile/indexing (HrFlow's Python SDK 4.3, profile.storing.add_json). */
export const create: OperationDescription = {
	since: 2,
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a profile',
		description:
			'Create a profile in an HrFlow source from fields or a whole profile object (needs a read-write key)',
		routing: single({
			hints: profileHints,
			method: 'POST',
			url: '/profile/indexing',
			build: createProfile,
			output: [outputWritten],
		}),
	},
	fields: [...sourceFields, ...profileContentFields],
};
