import { jobListing } from '../../resources/job/listing';
import { paged } from '../../transport/request';
import { boardsFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields, sortOptions } from '../common/paging.fields';
import { jobHints } from '../../resources/job/hints';

/** GET /storing/jobs (job.storing.list): the jobs of one or more boards, page by page. */
export const getMany: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many jobs',
		description:
			'List the jobs of one or more HrFlow boards, page after page: one item per job (archived jobs are left out)',
		routing: paged({ hints: jobHints, url: '/storing/jobs', build: jobListing }),
	},
	fields: [...boardsFields, ...pagingFields, optionsCollection(sortOptions)],
};
