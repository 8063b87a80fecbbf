import { simplifyJob } from '../../resources/job/job';
import { jobSearching } from '../../resources/job/matching';
import { searchingSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { boardsFields } from '../common/board.fields';
import { jobSearchOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';
import { simplifyField } from '../common/output.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /jobs/searching: the jobs of boards that match keywords and filters. */
export const search: OperationDescription = {
	since: 2,
	option: {
		name: 'Search',
		value: 'search',
		action: 'Search jobs',
		description: 'Find the jobs of one or more boards by keywords, name or dates: one item per job',
		routing: steps({
			hints: jobHints,
			build: jobSearching,
			run: searchingSteps('/jobs/searching', 'jobs', simplifyJob),
		}),
	},
	fields: [...boardsFields, simplifyField, ...pagingFields, optionsCollection(jobSearchOptions)],
};
