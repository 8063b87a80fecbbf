import { simplifyProfile } from '../../resources/profile/profile';
import { similarProfiles } from '../../resources/profile/similar';
import { similarSteps } from '../../records/similar';
import { steps } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { pagingFields } from '../common/paging.fields';
import { sourceFields, sourcesFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { simplifyField } from '../common/output.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profiles/matching (profile.matching.list, sort_by=scoring): the profiles of sources most like one profile. */
export const findSimilar: OperationDescription = {
	since: 2,
	option: {
		name: 'Find Similar Profiles',
		value: 'findSimilar',
		action: 'Find similar profiles',
		description:
			'Find the candidates of one or more sources most like one profile (found by key or reference): one item per profile, most similar first, with its score (0 to 1)',
		routing: steps({
			hints: profileHints,
			build: similarProfiles,
			run: similarSteps('/profiles/matching', 'profiles', simplifyProfile),
		}),
	},
	// The sources to look in first, then the reference profile: the order of Score's fields.
	fields: [
		...sourcesFields,
		...sourceFields,
		...profileIdentifierFields,
		simplifyField,
		...pagingFields,
	],
};
