// Resource Board: the account's boards (folders of jobs), one by key or all by name.

import type { RecordHints } from '../../transport/errors';

export const boardHints: RecordHints = {
	board:
		'No board has this key, or the API key may not read it. Check the Board, or pick it from the list.',
};
