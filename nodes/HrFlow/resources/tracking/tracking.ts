// Resource Tracking: what happened between a profile and a job (viewed, applied, hired, any stage
// of an ATS), recorded so that HrFlow's scoring learns from a team's own decisions. What it shares
// with Rating is in records/feedback.ts.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { feedbackBody, feedbackListing } from '../../records/feedback';
import { readParameter } from '../../parameters/read';
import { requiredText } from '../../parameters/values';

/** POST /tracking: the action (a stage: view, apply, hire, or an ATS stage ID), then what Rating sends too. */
export function trackingBody(this: IExecuteSingleFunctions): IDataObject {
	const action = requiredText(this, readParameter(this, 'action', ''), 'Action').trim();
	return feedbackBody(this, { action });
}

/** GET /trackings' query: the role, Sources and/or Boards, and Options › Actions. */
export function trackingListing(this: IExecuteSingleFunctions): { qs: IDataObject } {
	return feedbackListing(this, true);
}
