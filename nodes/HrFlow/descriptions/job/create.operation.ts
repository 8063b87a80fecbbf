import { createJob } from '../../resources/job/writes';
import { outputWritten } from '../../records/writes';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobCreateContentFields } from './content.fields';
import { jobHints } from '../../resources/job/hints';

/** POST /job/indexing (HrFlow's Python SDK 4.3, job.storing.add_json). */
export const create: OperationDescription = {
	since: 2,
	option: {
		name: 'Create',
		value: 'create',
		action: 'Create a job',
		description:
			'Create a job in an HrFlow board, from fields or a whole job object: its title (name) is required',
		routing: single({
			hints: jobHints,
			method: 'POST',
			url: '/job/indexing',
			build: createJob,
			output: [outputWritten],
		}),
	},
	fields: [...boardFields, ...jobCreateContentFields],
};
