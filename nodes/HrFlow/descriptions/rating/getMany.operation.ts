import { feedbackHints, noneRecorded } from '../../records/feedback';
import { ratingListing } from '../../resources/rating/rating';
import { paged } from '../../transport/request';
import { feedbackBoardsField, feedbackSourcesField, roleField } from '../common/feedback.fields';
import type { OperationDescription } from '../common/operation';
import { pagingFields } from '../common/paging.fields';

/** GET /ratings (HrFlow's Python SDK 4.3, rating.get), page by page. */
export const getMany: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many ratings',
		description:
			'List the ratings given by one role for the profiles of some sources and/or the jobs of some boards: one item per rating',
		routing: paged({
			hints: feedbackHints,
			url: '/ratings',
			build: ratingListing,
			empty: noneRecorded,
		}),
	},
	fields: [roleField, feedbackSourcesField, feedbackBoardsField, ...pagingFields],
};
