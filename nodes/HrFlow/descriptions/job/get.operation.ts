import { jobLookup } from '../../records/jobIdentifier';
import { outputJob } from '../../resources/job/job';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { simplifyField } from '../common/output.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /job/indexing (job.storing.get). */
export const get: OperationDescription = {
	since: 2,
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a job',
		description: 'Get one whole HrFlow job, found by key or reference',
		routing: single({
			hints: jobHints,
			method: 'GET',
			url: '/job/indexing',
			build: jobLookup,
			output: [outputJob],
		}),
	},
	fields: [...boardFields, ...jobIdentifierFields, simplifyField],
};
