import { updateProfile } from '../../resources/profile/writes';
import { outputWritten } from '../../shared/writes';
import { hrflowRequest } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileContentFields } from './content.fields';
import { identifierFields } from './identifier.fields';

/** PUT /profile/indexing (profile.storing.edit): only the given fields change. */
export const update: OperationDescription = {
	since: 2,
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a profile',
		description: 'Change the given fields of one HrFlow profile, found by key or reference (needs a read-write key)',
		routing: hrflowRequest({ method: 'PUT', url: '/profile/indexing', build: updateProfile, output: [outputWritten] }),
	},
	fields: [...sourceFields, ...identifierFields, ...profileContentFields],
};
