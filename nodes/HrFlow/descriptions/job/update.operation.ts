import { updateJob } from '../../resources/job/writes';
import { updateSteps } from '../../records/writes';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobUpdateContentFields } from './content.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /job/indexing, then PUT /job/indexing (job.storing.edit) with the whole job: HrFlow's PUT replaces, the given fields merged in. */
export const update: OperationDescription = {
	since: 2,
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a job',
		description:
			'Change the given fields of one HrFlow job and keep the rest, found by key or reference',
		routing: steps({ hints: jobHints, build: updateJob, run: updateSteps('job', '/job/indexing') }),
	},
	fields: [...boardFields, ...jobIdentifierFields, ...jobUpdateContentFields],
};
