// Resource Source: the account's sources (folders of profiles), one by key or all by name.

import type { RecordHints } from '../../transport/errors';

export const sourceHints: RecordHints = {
	source:
		'No source has this key, or the API key may not read it. Check the Source, or pick it from the list.',
};
