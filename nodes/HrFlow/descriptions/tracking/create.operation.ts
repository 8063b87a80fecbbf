import type { INodeProperties } from 'n8n-workflow';

import { feedbackHints, recordFeedback } from '../../records/feedback';
import { trackingBody } from '../../resources/tracking/tracking';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { feedbackAdditionalFields, roleField } from '../common/feedback.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

const action: INodeProperties = {
	displayName: 'Action',
	name: 'action',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. apply',
	hint: 'view, apply, hire, or the ID of any stage of your ATS',
	description:
		'What happened between the profile and the job: a stage of your process, e.g. view, apply, hire, or a stage ID of your ATS',
};

/** POST /tracking (HrFlow's Python SDK 4.3, tracking.post). */
export const create: OperationDescription = {
	since: 2,
	option: {
		name: 'Create',
		value: 'create',
		action: 'Record a tracking',
		description:
			"Record a step between a profile and a job (viewed, applied, hired, any stage of your ATS) so that HrFlow's scoring learns from it",
		routing: steps({ hints: feedbackHints, build: trackingBody, run: recordFeedback('/tracking') }),
	},
	fields: [
		action,
		roleField,
		...sourceFields,
		...profileIdentifierFields,
		...boardFields,
		...jobIdentifierFields,
		feedbackAdditionalFields,
	],
};
