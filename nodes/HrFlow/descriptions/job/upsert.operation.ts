import { upsertJob } from '../../resources/job/writes';
import { upsertByReference } from '../../shared/writes';
import { hrflowRequest } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobUpsertContentFields } from './content.fields';
import { jobByReferenceOnly, jobIdentifierFields } from './identifier.fields';

/** GET /job/indexing by reference, then PUT (found) or POST (HrFlow: "Unable to find object: job"). */
export const upsert: OperationDescription = {
	since: 2,
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a job',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		routing: hrflowRequest({ method: 'GET', url: '/job/indexing', build: upsertJob, steps: upsertByReference('job', '/job/indexing') }),
	},
	fields: [...boardFields, jobByReferenceOnly, ...jobIdentifierFields.filter((field) => field.name === 'jobReference'), ...jobUpsertContentFields],
};
