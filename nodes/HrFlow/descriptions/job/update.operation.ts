import { updateJob } from '../../resources/job/writes';
import { outputWritten } from '../../shared/writes';
import { hrflowRequest } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobUpdateContentFields } from './content.fields';
import { jobIdentifierFields } from './identifier.fields';

/** PUT /job/indexing (job.storing.edit): only the given fields change. */
export const update: OperationDescription = {
	since: 2,
	option: {
		name: 'Update',
		value: 'update',
		action: 'Update a job',
		description: 'Change the given fields of one HrFlow job, found by key or reference',
		routing: hrflowRequest({ method: 'PUT', url: '/job/indexing', build: updateJob, output: [outputWritten] }),
	},
	fields: [...boardFields, ...jobIdentifierFields, ...jobUpdateContentFields],
};
