import { archiveProfile } from '../../resources/profile/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** PATCH /profile/indexing/archive with is_archive 1 (profile.storing.archive). */
export const archive: OperationDescription = {
	since: 2,
	option: {
		name: 'Archive',
		value: 'archive',
		action: 'Archive a profile',
		description:
			'Archive one HrFlow profile, found by key or reference: it leaves Get Many, search and scoring',
		routing: single({
			hints: profileHints,
			method: 'PATCH',
			url: '/profile/indexing/archive',
			build: archiveProfile,
			output: [outputWritten],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields],
};
