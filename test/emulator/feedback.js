'use strict';
// The emulator's feedback loop: POST /tracking and GET /trackings (what happened between a
// profile and a job: an action, any ATS stage), POST /rating and GET /ratings (a score from 0 to
// 1). As HrFlow's Python SDK 4.3 sends them (hrflow/tracking/__init__.py, hrflow/rating/__init__.py:
// every non-None argument, lists as JSON strings) and as the contract describes them
// (../shared/hrflow-api-contract.md §5, §6). HrFlow documents no answer for them: a write answers
// 201 with the record stored, a list pages its records with HrFlow's meta; a list that matches
// nothing answers 400 "Unable to find object: tracking" (rating), the answer HrFlow's connector
// reads as "no trackings" (hrflow-connectors warehouse/tracking.py). The records are kept with the
// account's data: reset() replaces `emulator.sources`, and with it the records (a WeakMap on it).

const { createHash } = require('node:crypto');
const { jsonBody } = require('./indexing');
const { SORT_BY } = require('./searching');

/** HrFlow's roles (SDK docstrings: recruiter, candidate, employee, manager). */
const ROLES = ['recruiter', 'candidate', 'employee', 'manager'];
/** created_at: the SDK's yyyy-MM-dd'T'HH:mm:ss.SSSXXX, and HrFlow's cookbook's 2022-10-31T00:00:00+0000. */
const CREATED_AT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:?\d{2})$/;
const WRITES = {
	'/v1/tracking': { kind: 'tracking', first: 'action' },
	'/v1/rating': { kind: 'rating', first: 'score' },
};
const LISTS = { '/v1/trackings': 'tracking', '/v1/ratings': 'rating' };
/** The body fields both writes take besides their first (action or score). */
const BODY_FIELDS = [
	'role',
	'board_key',
	'source_key',
	'job_key',
	'job_reference',
	'profile_key',
	'profile_reference',
	'author_email',
	'comment',
	'created_at',
];
/** The query parameters of GET /ratings (the SDK's arguments); GET /trackings adds `actions`. */
const LIST_PARAMETERS = [
	'role',
	'source_keys',
	'source_key',
	'profile_key',
	'profile_reference',
	'board_keys',
	'board_key',
	'job_key',
	'job_reference',
	'return_profile',
	'return_author',
	'page',
	'limit',
	'order_by',
	'sort_by',
	'created_at_min',
	'created_at_max',
	'location_lat',
	'location_lon',
	'location_distance',
	'use_location_address',
	'use_location_experience',
	'use_location_education',
	'experiences_duration_min',
	'experiences_duration_max',
	'educations_duration_min',
	'educations_duration_max',
];

const stores = new WeakMap();
/** The records of this account's data: `{ tracking: [], rating: [] }`. */
function recordsOf(emulator) {
	if (!stores.has(emulator.sources)) stores.set(emulator.sources, { tracking: [], rating: [] });
	return stores.get(emulator.sources);
}

/** HrFlow's date format for the dates it sets, e.g. 2026-11-23T21:04:05+0000. */
const hrflowNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, '+0000');
const isText = (value) => typeof value === 'string' && value.trim() !== '';
const given = (value) => value !== undefined && value !== null;

/**
 * Answers POST /tracking, /rating and GET /trackings, /ratings; true when it answered, false when
 * the path is none of them.
 */
function answerFeedback(emulator, req, path, query, raw, user, send) {
	const write = WRITES[path];
	const kind = LISTS[path];
	if (!write && !kind) return false;
	const method = write ? 'POST' : 'GET';
	if (req.method !== method) return (send(405, { code: 405, message: 'Method Not Allowed' }), true);
	if (write && user.permission === 'read')
		return (
			send(401, {
				code: 401,
				message: `Unauthorized. Invalid secret key: ${user.apiKey} for permission: write`,
			}),
			true
		);
	if (!write && user.permission === 'write')
		return (
			send(403, { code: 403, message: 'Unauthorized. This API key has no read permission' }),
			true
		);
	if (write) record(emulator, write, jsonBody(req, raw), send);
	else list(emulator, kind, query, send);
	return true;
}

/** What HrFlow says of a tracking or rating body it refuses, or undefined. */
function checkBody(body, { kind, first }) {
	if (body === null || typeof body !== 'object' || Array.isArray(body))
		return 'Invalid parameters: the body must be a JSON object';
	const unknown = Object.keys(body).filter((name) => name !== first && !BODY_FIELDS.includes(name));
	if (unknown.length) return `Invalid parameters: unknown field ${unknown.join(', ')}`;
	if (kind === 'tracking' && !isText(body.action))
		return 'Invalid parameters: action is required (a string)';
	if (
		kind === 'rating' &&
		(typeof body.score !== 'number' || !(body.score >= 0 && body.score <= 1))
	)
		return 'Invalid parameters: score must be a number between 0 and 1';
	if (!ROLES.includes(body.role))
		return `Invalid parameters: role must be one of ${ROLES.join(', ')}`;
	for (const name of ['source_key', 'board_key'])
		if (!isText(body[name])) return `Invalid parameters: ${name} is required`;
	for (const side of ['profile', 'job']) {
		const identifiers = [`${side}_key`, `${side}_reference`].filter((name) => given(body[name]));
		if (!identifiers.length)
			return `Invalid parameters: ${side}_key and ${side}_reference cannot be null at the same time`;
		const bad = identifiers.find((name) => !isText(body[name]));
		if (bad) return `Invalid parameters: ${bad} must be a non-empty string`;
	}
	for (const name of ['author_email', 'comment'])
		if (given(body[name]) && typeof body[name] !== 'string')
			return `Invalid parameters: ${name} must be a string`;
	if (given(body.author_email) && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(body.author_email))
		return 'Invalid parameters: author_email is not an email';
	if (
		given(body.created_at) &&
		!(
			typeof body.created_at === 'string' &&
			CREATED_AT.test(body.created_at) &&
			!Number.isNaN(Date.parse(body.created_at))
		)
	)
		return "Invalid parameters: created_at must be an ISO 8601 date (yyyy-MM-dd'T'HH:mm:ss.SSSXXX)";
	return undefined;
}

/** The record a side names ("reference overrides id", HrFlow's SDK Documentation.md), or undefined. */
function findSide(records, key, reference) {
	return records.find((candidate) =>
		given(reference) ? candidate.reference === reference : candidate.key === key,
	);
}

/** POST /tracking or /rating: checked, its profile and job found, stored, answered 201. */
function record(emulator, write, body, send) {
	const problem = checkBody(body, write);
	if (problem) return send(400, { code: 400, message: problem });
	const refuse = (what) =>
		send(400, { code: 400, message: `Invalid parameters. Unable to find object: ${what}` });
	const source = emulator.sources[body.source_key];
	if (!source) return refuse('source');
	const board = emulator.boards[body.board_key];
	if (!board) return refuse('board');
	const profile = findSide(source.profiles, body.profile_key, body.profile_reference);
	if (!profile) return refuse('profile');
	const job = findSide(board.jobs, body.job_key, body.job_reference);
	if (!job) return refuse('job');
	const records = recordsOf(emulator)[write.kind];
	const now = hrflowNow();
	const stored = {
		key: createHash('sha1')
			.update(`${write.kind} ${records.length + 1} ${now}`)
			.digest('hex'),
		[write.first]: body[write.first],
		role: body.role,
		source_key: body.source_key,
		profile_key: profile.key,
		profile_reference: profile.reference ?? null,
		board_key: body.board_key,
		job_key: job.key,
		job_reference: job.reference ?? null,
		author_email: body.author_email ?? null,
		comment: body.comment ?? null,
		created_at: body.created_at ?? now,
		updated_at: now,
	};
	records.push(stored);
	const what = write.kind === 'tracking' ? 'Tracking' : 'Rating';
	return send(201, { code: 201, message: `${what} created`, data: stored });
}

/** A JSON-array-of-strings parameter: the list, undefined when absent, or an error. */
function keyList(query, name) {
	const text = query[name]?.[0];
	if (text === undefined) return { list: undefined };
	let list;
	try {
		list = JSON.parse(text);
	} catch {
		list = undefined;
	}
	if (!Array.isArray(list) || !list.every((entry) => typeof entry === 'string'))
		return { error: `Invalid parameters: ${name} must be a JSON array of strings` };
	return { list };
}

/** GET /trackings or /ratings: the role's records about the sources' profiles and/or the boards' jobs, paged. */
function list(emulator, kind, query, send) {
	const { unknownOrRepeated, pagingOf, pageOf, booleanParameter } = emulator.constructor.listing;
	const allowed = kind === 'tracking' ? [...LIST_PARAMETERS, 'actions'] : LIST_PARAMETERS;
	const refused = unknownOrRepeated(query, allowed);
	const bad = (message) => send(400, { code: 400, message });
	if (refused) return bad(refused);
	const one = (name) => query[name]?.[0];
	if (!ROLES.includes(one('role')))
		return bad(`Invalid parameters: role is required, one of ${ROLES.join(', ')}`);
	const lists = {};
	for (const name of ['source_keys', 'board_keys', 'actions']) {
		const { list: values, error } = keyList(query, name);
		if (error) return bad(error);
		lists[name] = values;
	}
	const some = (values) => values !== undefined && values.length > 0;
	if (
		!some(lists.source_keys) &&
		!one('source_key') &&
		!some(lists.board_keys) &&
		!one('board_key')
	)
		return bad('Invalid parameters: source_keys, source_key, board_keys or board_key is required');
	const sourceKeys = [
		...(lists.source_keys ?? []),
		...(one('source_key') ? [one('source_key')] : []),
	];
	const boardKeys = [...(lists.board_keys ?? []), ...(one('board_key') ? [one('board_key')] : [])];
	if (!sourceKeys.every((key) => emulator.sources[key]))
		return bad('Invalid parameters. Unable to find object: source');
	if (!boardKeys.every((key) => emulator.boards[key]))
		return bad('Invalid parameters. Unable to find object: board');
	for (const name of [
		'return_profile',
		'return_author',
		'use_location_address',
		'use_location_experience',
		'use_location_education',
	])
		if (booleanParameter(one(name)) === undefined)
			return bad(`Invalid parameters: ${name} must be a boolean`);
	for (const name of ['created_at_min', 'created_at_max'])
		if (one(name) !== undefined && Number.isNaN(Date.parse(one(name))))
			return bad(`Invalid parameters: ${name} must be a date`);
	const paging = pagingOf(query);
	if (paging.error) return bad(paging.error);
	const orderBy = one('order_by') ?? 'desc';
	const sortBy = one('sort_by') ?? 'scoring';
	if (!['asc', 'desc'].includes(orderBy) || !SORT_BY.includes(sortBy))
		return bad(`Invalid parameters: order_by is asc or desc, sort_by one of ${SORT_BY.join(', ')}`);
	const matches = (value, wanted) => wanted === undefined || value === wanted;
	const listed = recordsOf(emulator)
		[kind].filter((entry) => entry.role === one('role'))
		.filter((entry) => !some(lists.source_keys) || lists.source_keys.includes(entry.source_key))
		.filter((entry) => !some(lists.board_keys) || lists.board_keys.includes(entry.board_key))
		.filter((entry) => !some(lists.actions) || lists.actions.includes(entry.action))
		.filter((entry) => matches(entry.source_key, one('source_key')))
		.filter((entry) => matches(entry.profile_key, one('profile_key')))
		.filter((entry) => matches(entry.profile_reference, one('profile_reference')))
		.filter((entry) => matches(entry.board_key, one('board_key')))
		.filter((entry) => matches(entry.job_key, one('job_key')))
		.filter((entry) => matches(entry.job_reference, one('job_reference')))
		.filter(
			(entry) =>
				!one('created_at_min') || Date.parse(entry.created_at) >= Date.parse(one('created_at_min')),
		)
		.filter(
			(entry) =>
				!one('created_at_max') || Date.parse(entry.created_at) <= Date.parse(one('created_at_max')),
		);
	if (!listed.length) return bad(`Invalid parameters. Unable to find object: ${kind}`);
	// By date when asked; otherwise in the order they were recorded. desc: newest first.
	if (sortBy === 'created_at' || sortBy === 'updated_at')
		listed.sort((a, b) => Date.parse(a[sortBy]) - Date.parse(b[sortBy]));
	if (orderBy === 'desc') listed.reverse();
	const { data, meta } = pageOf(listed, paging);
	return send(200, { code: 200, message: `List of ${kind}s`, data, meta });
}

module.exports = { answerFeedback, ROLES };
