import { archiveJob } from '../../resources/job/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** PATCH /job/indexing/archive with is_archive 1 (job.storing.archive). */
export const archive: OperationDescription = {
	since: 2,
	option: {
		name: 'Archive',
		value: 'archive',
		action: 'Archive a job',
		description:
			'Archive one HrFlow job, found by key or reference: it leaves Get Many and matching',
		routing: single({
			hints: jobHints,
			method: 'PATCH',
			url: '/job/indexing/archive',
			build: archiveJob,
			output: [outputWritten],
		}),
	},
	fields: [...boardFields, ...jobIdentifierFields],
};
