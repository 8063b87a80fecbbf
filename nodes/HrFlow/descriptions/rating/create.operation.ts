import type { INodeProperties } from 'n8n-workflow';

import { feedbackHints, recordFeedback } from '../../records/feedback';
import { ratingBody } from '../../resources/rating/rating';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { feedbackAdditionalFields, roleField } from '../common/feedback.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

const score: INodeProperties = {
	displayName: 'Score',
	name: 'score',
	type: 'number',
	required: true,
	typeOptions: { minValue: 0, maxValue: 1, numberPrecision: 2 },
	default: 1,
	hint: 'From 0 to 1. Stars: 5 stars = 1.0, 4 = 0.8, 3 = 0.6, 2 = 0.4, 1 star = 0.2',
	description: 'How good a fit the profile and the job are, from 0 (none) to 1 (perfect)',
};

/** POST /rating (HrFlow's Python SDK 4.3, rating.post). */
export const create: OperationDescription = {
	since: 2,
	option: {
		name: 'Create',
		value: 'create',
		action: 'Record a rating',
		description:
			"Record how someone rated a profile for a job (or a job for a profile), a score from 0 to 1, so that HrFlow's scoring learns from it",
		routing: steps({ hints: feedbackHints, build: ratingBody, run: recordFeedback('/rating') }),
	},
	fields: [
		score,
		roleField,
		...sourceFields,
		...profileIdentifierFields,
		...boardFields,
		...jobIdentifierFields,
		feedbackAdditionalFields,
	],
};
