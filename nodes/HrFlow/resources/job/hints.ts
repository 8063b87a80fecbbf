// What to check when HrFlow refuses a request naming a job or a board.

import type { RecordHints } from '../../transport/errors';

export const jobHints: RecordHints = {
	job: 'No job matches this board and key or reference. Check the Board and the job key or reference.',
	board: 'No board matches this Board key, or the key is not allowed to use it. Check the Board.',
};
