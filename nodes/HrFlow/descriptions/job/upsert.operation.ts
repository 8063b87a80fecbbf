import { upsertJob } from '../../resources/job/writes';
import { upsertSteps } from '../../records/writes';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobUpsertContentFields } from './content.fields';
import { jobByReferenceOnly, jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /job/indexing by reference, then PUT (found) or POST (HrFlow: "Unable to find object: job"). */
export const upsert: OperationDescription = {
	since: 2,
	option: {
		name: 'Create or Update',
		value: 'upsert',
		action: 'Create or update a job',
		description: 'Create a new record, or update the current one if it already exists (upsert)',
		routing: steps({ hints: jobHints, build: upsertJob, run: upsertSteps('job', '/job/indexing') }),
	},
	fields: [
		...boardFields,
		jobByReferenceOnly,
		...jobIdentifierFields.filter((field) => field.name === 'jobReference'),
		...jobUpsertContentFields,
	],
};
