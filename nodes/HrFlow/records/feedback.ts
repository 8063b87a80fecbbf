// Tracking and Rating: HrFlow's feedback loop, what happened between a profile and a job (a
// tracking: viewed, applied, hired, any ATS stage) and how someone rated it (a rating, 0 to 1).
// Both endpoints take the same fields but the first (HrFlow's Python SDK 4.3, hrflow/tracking and
// hrflow/rating: POST /tracking and /rating, GET /trackings and /ratings), so both resources
// build their requests here.

import type {
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
} from 'n8n-workflow';

import { hrflowDateTime } from '../parameters/dateTime';
import { hrflowKey } from '../parameters/locators';
import { readParameter } from '../parameters/read';
import { optionalText, textList } from '../parameters/values';
import type { NoneFound } from '../transport/call';
import { invalidInput } from '../transport/errors';
import type { RecordHints } from '../transport/errors';
import { itemOf } from '../transport/items';
import type { Steps } from '../transport/request';
import { jobMatchingQuery, readJobIdentifier } from './jobIdentifier';
import { profileMatchingQuery, readProfileIdentifier, refuseEmail } from './profileIdentifier';

/** What to check when HrFlow refuses a tracking or a rating, for each record its message names. */
export const feedbackHints: RecordHints = {
	profile:
		'No profile matches this source and identifier. Check the Source and the Profile Key or Profile Reference.',
	source:
		'No source matches the Source (or one of the Sources), or the API key may not use it. Check the Source.',
	job: 'No job matches this board and identifier. Check the Board and the Job Key or Job Reference.',
	board:
		'No board matches the Board (or one of the Boards), or the API key may not use it. Check the Board.',
};

/** HrFlow's roles of the person who acted or rated. */
export const ROLES = ['recruiter', 'candidate', 'employee', 'manager'];

// One @, no white space, a dot in the domain.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** Role, checked: one of HrFlow's four (an expression may give it in any case). */
export function readRole(context: IExecuteSingleFunctions): string {
	const value = readParameter(context, 'role', 'recruiter');
	const role = optionalText(context, value, 'Role')?.trim().toLowerCase();
	if (role === undefined || !ROLES.includes(role)) {
		throw invalidInput(
			context,
			`Role ${JSON.stringify(value)} is not one of recruiter, candidate, employee or manager`,
			'Set Role to who acted or rated: a recruiter or a manager (about a candidate), a candidate or an employee (about a job).',
		);
	}
	return role;
}

/**
 * The body of POST /tracking or /rating after its first field (action or score): the role, the
 * profile (source and key or reference: HrFlow takes no email here) and the job (board and key or
 * reference), and the options given. Unset options are left out, as HrFlow's SDK drops None.
 */
export function feedbackBody(context: IExecuteSingleFunctions, first: IDataObject): IDataObject {
	const role = readRole(context);
	const profile = readProfileIdentifier(context);
	refuseEmail(
		context,
		profile,
		'HrFlow records trackings and ratings for a profile found by key or reference, not by email',
	);
	const job = readJobIdentifier(context);
	const options = context.getNodeParameter('additionalFields', {}) as IDataObject;
	const authorEmail = optionalText(context, options.authorEmail, 'Author Email')?.trim();
	if (authorEmail !== undefined && !EMAIL.test(authorEmail)) {
		throw invalidInput(
			context,
			`Author Email "${authorEmail}" is not a valid email address`,
			'Use the email of the HrFlow user who made the decision, e.g. recruiter@example.com, or remove the option.',
		);
	}
	const comment = optionalText(context, options.comment, 'Comment');
	const createdAt = hrflowDateTime(context, options.createdAt, 'Created At');
	return {
		...first,
		role,
		...profileMatchingQuery(profile),
		...jobMatchingQuery(job),
		...(authorEmail === undefined ? {} : { author_email: authorEmail }),
		...(comment === undefined ? {} : { comment }),
		...(createdAt === undefined ? {} : { created_at: createdAt }),
	};
}

const isFilled = (value: unknown): value is IDataObject =>
	typeof value === 'object' &&
	value !== null &&
	!Array.isArray(value) &&
	Object.keys(value).length > 0;

/**
 * POST the body: one item, HrFlow's `data` when it holds the record, else what was recorded (the
 * body sent). HrFlow documents no answer for these endpoints; its connectors only check the code.
 */
export function recordFeedback(url: string): Steps<IDataObject> {
	return async function (this: IExecutePaginationFunctions, body, call) {
		const data = (await call({ method: 'POST', url, body }))?.data;
		return [itemOf(this, isFilled(data) ? data : body)];
	};
}

/** Keys from Sources or Boards (a multi-select, a list or comma-separated keys); none is fine. */
function optionalKeys(context: IExecuteSingleFunctions, name: string, label: string): string[] {
	return textList(context, readParameter(context, name, []), label).map((key) =>
		hrflowKey(context, key, label),
	);
}

/**
 * The query of GET /trackings or /ratings, paging aside: the role, and the profiles' sources, the
 * jobs' boards and (trackings) the actions, each a JSON array sent only when it holds a value. At
 * least Sources or Boards: HrFlow's SDK documents the listing by profiles, by jobs, or both.
 */
export function feedbackListing(
	context: IExecuteSingleFunctions,
	withActions: boolean,
): { qs: IDataObject } {
	const role = readRole(context);
	const sourceKeys = optionalKeys(context, 'sources', 'Sources');
	const boardKeys = optionalKeys(context, 'boards', 'Boards');
	if (!sourceKeys.length && !boardKeys.length) {
		throw invalidInput(
			context,
			'Sources and Boards are both empty',
			'Choose the sources of the profiles, the boards of the jobs, or both: HrFlow lists the records about them.',
		);
	}
	const options = withActions ? (context.getNodeParameter('options', {}) as IDataObject) : {};
	const actions = withActions ? textList(context, options.actions, 'Actions') : [];
	return {
		qs: {
			role,
			...(sourceKeys.length ? { source_keys: JSON.stringify(sourceKeys) } : {}),
			...(boardKeys.length ? { board_keys: JSON.stringify(boardKeys) } : {}),
			...(actions.length ? { actions: JSON.stringify(actions) } : {}),
		},
	};
}

/**
 * HrFlow's answer that nothing matches: a message with "Unable to find object" (HrFlow's connector
 * reads trackings so: hrflow-connectors, warehouse/tracking.py), unless it names a source or a
 * board, which is a key to fix, not an empty list.
 */
export const noneRecorded: NoneFound = (_status, message) =>
	/unable to find object/i.test(message) &&
	!/unable to find object\W*(source|board)/i.test(message);
