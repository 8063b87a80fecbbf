import { updateProfile } from '../../resources/profile/writes';
import { updateSteps } from '../../records/writes';
import { steps } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileContentFields } from './content.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profile/indexing, then PUT /profile/indexing (profile.storing.edit) with the whole profile: HrFlow's PUT replaces, the given fields merged in. */
export const update: OperationDescription = {
	since: 2,
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a profile',
		description:
			'Change the given fields of one HrFlow profile and keep the rest, found by key or reference (needs a read-write key)',
		routing: steps({
			hints: profileHints,
			build: updateProfile,
			run: updateSteps('profile', '/profile/indexing'),
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields, ...profileContentFields],
};
