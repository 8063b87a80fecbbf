import { upsertProfile } from '../../resources/profile/writes';
import { upsertSteps } from '../../records/writes';
import { steps } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { sourceFields } from '../common/source.fields';
import { profileUpsertContentFields } from './content.fields';
import {
	profileByReferenceOnly,
	profileIdentifierFields,
} from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profile/indexing by reference, then PUT (found) or POST (HrFlow: "Unable to find object: profile"). */
export const upsert: OperationDescription = {
	since: 2,
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a profile',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		routing: steps({
			hints: profileHints,
			build: upsertProfile,
			run: upsertSteps('profile', '/profile/indexing'),
		}),
	},
	fields: [
		...sourceFields,
		profileByReferenceOnly,
		...profileIdentifierFields.filter((field) => field.name === 'profileReference'),
		...profileUpsertContentFields,
	],
};
