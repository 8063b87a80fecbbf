import { simplifyJob } from '../../resources/job/job';
import { similarJobs } from '../../resources/job/similar';
import { similarSteps } from '../../records/similar';
import { steps } from '../../transport/request';
import { boardFields, boardsFields } from '../common/board.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import type { OperationDescription } from '../common/operation';
import { pagingFields } from '../common/paging.fields';
import { simplifyField } from '../common/output.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /jobs/matching (job.matching.list, sort_by=scoring): the jobs of boards most like one job. */
export const findSimilar: OperationDescription = {
	since: 2,
	option: {
		name: 'Find Similar Jobs',
		value: 'findSimilar',
		action: 'Find similar jobs',
		description:
			'Find the jobs of one or more boards most like one job (found by key or reference): one item per job, most similar first, with its score (0 to 1)',
		routing: steps({
			hints: jobHints,
			build: similarJobs,
			run: similarSteps('/jobs/matching', 'jobs', simplifyJob),
		}),
	},
	// The boards to look in first, then the reference job: the order of Score's fields.
	fields: [...boardsFields, ...boardFields, ...jobIdentifierFields, simplifyField, ...pagingFields],
};
