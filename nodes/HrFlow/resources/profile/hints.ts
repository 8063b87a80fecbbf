// What to check when HrFlow refuses a request naming a profile or a source.

import type { RecordHints } from '../../transport/errors';

export const profileHints: RecordHints = {
	profile:
		'No profile matches this source and identifier. Check the Source Key and the profile key, reference or email.',
	source:
		'No source matches this Source Key, or the key is not allowed to read it. Check the Source Key.',
};

/**
 * Predict Next Steps: HrFlow answers 400 for a profile with no experience too (its SDK's test
 * test_profile_unfolding_no_experience), a message that names the profile as a missing one does.
 */
export const unfoldingHints: RecordHints = {
	...profileHints,
	profile:
		'No profile matches this source and identifier, or the profile has no experience to predict from: HrFlow needs at least one. Check the Source Key, the profile key or reference, and its experiences.',
};
