import { restoreProfile } from '../../resources/profile/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** PATCH /profile/indexing/archive with is_archive 0 (profile.storing.archive with is_archive=False). */
export const restore: OperationDescription = {
	since: 2,
	option: {
		name: 'Unarchive',
		value: 'restore',
		action: 'Unarchive a profile',
		description:
			'Bring an archived HrFlow profile back, found by key or reference: it shows again in Get Many, search and scoring',
		routing: single({
			hints: profileHints,
			method: 'PATCH',
			url: '/profile/indexing/archive',
			build: restoreProfile,
			output: [outputWritten],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields],
};
