import { restoreJob } from '../../resources/job/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** PATCH /job/indexing/archive with is_archive 0 (job.storing.archive with is_archive=False). */
export const restore: OperationDescription = {
	since: 2,
	option: {
		name: 'Unarchive',
		value: 'restore',
		action: 'Unarchive a job',
		description:
			'Bring an archived HrFlow job back, found by key or reference: it shows again in Get Many and matching',
		routing: single({
			hints: jobHints,
			method: 'PATCH',
			url: '/job/indexing/archive',
			build: restoreJob,
			output: [outputWritten],
		}),
	},
	fields: [...boardFields, ...jobIdentifierFields],
};
