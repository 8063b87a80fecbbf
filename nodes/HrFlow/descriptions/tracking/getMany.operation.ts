import { feedbackHints, noneRecorded } from '../../records/feedback';
import { trackingListing } from '../../resources/tracking/tracking';
import { paged } from '../../transport/request';
import { feedbackBoardsField, feedbackSourcesField, roleField } from '../common/feedback.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';

/** GET /trackings (HrFlow's Python SDK 4.3, tracking.get), page by page. */
export const getMany: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many trackings',
		description:
			'List the trackings recorded by one role for the profiles of some sources and/or the jobs of some boards: one item per tracking',
		routing: paged({
			hints: feedbackHints,
			url: '/trackings',
			build: trackingListing,
			empty: noneRecorded,
		}),
	},
	fields: [
		roleField,
		feedbackSourcesField,
		feedbackBoardsField,
		...pagingFields,
		optionsCollection([
			{
				displayName: 'Actions',
				name: 'actions',
				type: 'string',
				default: '',
				placeholder: 'e.g. apply, hire',
				description:
					'Only the trackings of these actions, comma-separated (or a list from an expression)',
			},
		]),
	],
};
