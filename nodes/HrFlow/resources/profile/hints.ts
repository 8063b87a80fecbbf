// What to check when HrFlow refuses a request naming a profile or a source.

import type { RecordHints } from '../../transport/errors';

export const profileHints: RecordHints = {
	profile:
		'No profile matches this source and identifier. Check the Source Key and the profile key, reference or email.',
	source:
		'No source matches this Source Key, or the key is not allowed to read it. Check the Source Key.',
};
