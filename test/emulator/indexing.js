'use strict';
// The emulator's writing endpoints and its jobs: POST/PUT/GET /job/indexing, PATCH
// /job/indexing/archive, GET /storing/jobs, and POST/PUT /profile/indexing, PATCH
// /profile/indexing/archive. Records keep what was written (a PUT replaces the whole record, the
// strictest reading of HrFlow's docs; archived records leave the listings) and are answered in
// the shapes HrFlow's Python SDK 4.3 live tests check (hrflow-schemas.js): a job has an integer id
// and board_key = board.key.

const { createHash } = require('node:crypto');
// The sort_by values HrFlow's SDK sends (it validates them); listings sort by the dates, the others keep the stored order.
const { SORT_BY } = require('./searching');

// The fields of HrFlow's Job object (tests/utils/schemas.py); anything else is refused.
const JOB_FIELDS = [
	'id',
	'key',
	'reference',
	'board_key',
	'board',
	'name',
	'url',
	'summary',
	'location',
	'sections',
	'skills',
	'languages',
	'certifications',
	'courses',
	'tasks',
	'tags',
	'metadatas',
	'ranges_float',
	'ranges_date',
	'culture',
	'benefits',
	'responsibilities',
	'requirements',
	'interviews',
	'created_at',
	'updated_at',
	'archived_at',
	// In HrFlow's job notebooks' jobs (`"agent_key": None`).
	'agent_key',
];
// The fields of HrFlow's Profile object, plus what an indexing request carries.
const PROFILE_FIELDS = [
	'id',
	'key',
	'reference',
	'source_key',
	'source',
	'info',
	'text',
	'text_language',
	'experiences',
	'educations',
	'skills',
	'languages',
	'certifications',
	'courses',
	'tasks',
	'interests',
	'tags',
	'metadatas',
	'labels',
	'attachments',
	'experiences_duration',
	'educations_duration',
	'created_at',
	'updated_at',
	'archived_at',
	// In HrFlow's profile notebooks' profiles: { owner: {parsing, ...: bool}, controller: {...} }.
	'consent_algorithmic',
];
// Fields that hold lists of { name, value }: HrFlow refuses other shapes.
const NAME_VALUE_FIELDS = ['skills', 'languages', 'tags', 'metadatas'];

const newKey = (seed) => createHash('sha1').update(seed).digest('hex');
/** HrFlow's date format, e.g. 2026-11-23T21:04:05+0000. */
const hrflowNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, '+0000');

/** What HrFlow says of a record body it refuses, or undefined. */
function checkRecord(body, allowed) {
	if (body === null || typeof body !== 'object' || Array.isArray(body))
		return 'Invalid parameters: the body must be a JSON object';
	const unknown = Object.keys(body).filter((name) => !allowed.includes(name));
	if (unknown.length) return `Invalid parameters: unknown field ${unknown.join(', ')}`;
	for (const field of NAME_VALUE_FIELDS) {
		const list = body[field];
		if (list === undefined || list === null) continue;
		if (!Array.isArray(list) || !list.every((entry) => entry && typeof entry.name === 'string')) {
			return `Invalid parameters: ${field} must be a list of objects with a name`;
		}
	}
	if (
		body.location !== undefined &&
		body.location !== null &&
		(typeof body.location !== 'object' || Array.isArray(body.location))
	) {
		return 'Invalid parameters: location must be an object';
	}
	const consent = body.consent_algorithmic;
	if (
		consent !== undefined &&
		consent !== null &&
		(typeof consent !== 'object' ||
			Array.isArray(consent) ||
			!Object.values(consent).every(
				(side) =>
					side !== null &&
					typeof side === 'object' &&
					Object.values(side).every((v) => typeof v === 'boolean'),
			))
	) {
		return 'Invalid parameters: consent_algorithmic must be an object of { owner, controller } with boolean consents';
	}
	if (body.agent_key !== undefined && body.agent_key !== null && typeof body.agent_key !== 'string')
		return 'Invalid parameters: agent_key must be a string';
	return undefined;
}

/** The JSON body of a write, or undefined when it is not JSON. */
function jsonBody(req, raw) {
	if (!/^application\/json/i.test(req.headers['content-type'] ?? '')) return undefined;
	try {
		return JSON.parse(raw.toString('utf8') || 'null');
	} catch {
		return undefined;
	}
}

/**
 * Answers the writing endpoints and the jobs. Returns true when it answered, false when the path
 * is not one of them.
 */
function answerIndexing(emulator, req, path, query, raw, user, send) {
	const route = `${req.method} ${path}`;
	const writes = {
		'POST /v1/job/indexing': () => createJob(emulator, jsonBody(req, raw), send),
		'PUT /v1/job/indexing': () => updateRecord(emulator, 'job', jsonBody(req, raw), send),
		'PATCH /v1/job/indexing/archive': () =>
			archiveRecord(emulator, 'job', jsonBody(req, raw), send),
		'POST /v1/profile/indexing': () => createProfile(emulator, jsonBody(req, raw), send),
		'PUT /v1/profile/indexing': () => updateRecord(emulator, 'profile', jsonBody(req, raw), send),
		'PATCH /v1/profile/indexing/archive': () =>
			archiveRecord(emulator, 'profile', jsonBody(req, raw), send),
	};
	const reads = {
		'GET /v1/job/indexing': () => getJob(emulator, query, send),
		'GET /v1/storing/jobs': () => listJobs(emulator, query, send),
	};
	if (writes[route]) {
		// HrFlow's docs: a read key is refused with a 401 that echoes it.
		if (user.permission === 'read')
			return (
				send(401, {
					code: 401,
					message: `Unauthorized. Invalid secret key: ${user.apiKey} for permission: write`,
				}),
				true
			);
		writes[route]();
		return true;
	}
	if (reads[route]) {
		if (user.permission === 'write')
			return (
				send(403, { code: 403, message: 'Unauthorized. This API key has no read permission' }),
				true
			);
		reads[route]();
		return true;
	}
	return false;
}

/** A job as HrFlow answers it. */
function jobJson(emulator, job, boardKey) {
	const board = emulator.boards[boardKey];
	const {
		key,
		name,
		type = 'api',
		subtype = 'python',
		environment = 'production',
	} = { key: boardKey, ...board };
	return {
		url: null,
		summary: null,
		location: { text: null, lat: null, lng: null },
		sections: [],
		skills: [],
		languages: [],
		tags: [],
		metadatas: [],
		ranges_float: [],
		ranges_date: [],
		...job,
		board_key: boardKey,
		board: { key, name, type, subtype, environment },
	};
}

/** The container (board or source) of a write, or HrFlow's error. */
function containerOf(emulator, kind, body) {
	const [field, all, label] =
		kind === 'job'
			? ['board_key', emulator.boards, 'board']
			: ['source_key', emulator.sources, 'source'];
	const key = body[field];
	if (typeof key !== 'string' || key === '')
		return { error: `Invalid parameters: ${field} is required` };
	if (!all[key]) return { error: `Invalid parameters. Unable to find object: ${label}` };
	return { key, container: all[key] };
}

/** The record a body or query names by key or reference, or HrFlow's error. */
function findRecord(records, kind, { key, reference }) {
	if (!key && !reference) return { error: 'Invalid parameters: key or reference is required' };
	const record = records.find(
		(candidate) =>
			(key ? candidate.key === key : true) &&
			(reference && !key ? candidate.reference === reference : true),
	);
	return record ? { record } : { error: `Unable to find object: ${kind}` };
}

function createJob(emulator, body, send) {
	const problem = checkRecord(body, JOB_FIELDS);
	if (problem) return send(400, { code: 400, message: problem });
	const { key: boardKey, container, error } = containerOf(emulator, 'job', body);
	if (error) return send(400, { code: 400, message: error });
	if (typeof body.name !== 'string' || body.name.trim() === '')
		return send(400, { code: 400, message: 'Invalid parameters: name is required' });
	const { board_key, board, id, key, archived_at, ...fields } = body;
	// Above the sample jobs' ids.
	emulator.jobCount = (emulator.jobCount ?? 100) + 1;
	const now = hrflowNow();
	const job = {
		...fields,
		id: emulator.jobCount,
		key: newKey(`job ${emulator.jobCount} ${body.name}`),
		reference: body.reference ?? null,
		created_at: body.created_at ?? now,
		updated_at: now,
	};
	container.jobs.push(job);
	return send(201, { code: 201, message: 'Job created', data: jobJson(emulator, job, boardKey) });
}

function createProfile(emulator, body, send) {
	const problem = checkRecord(body, PROFILE_FIELDS);
	if (problem) return send(400, { code: 400, message: problem });
	const { key: sourceKey, container, error } = containerOf(emulator, 'profile', body);
	if (error) return send(400, { code: 400, message: error });
	const { source_key, source, id, key, archived_at, ...fields } = body;
	emulator.profileCount = (emulator.profileCount ?? 0) + 1;
	const now = hrflowNow();
	const profile = emulator.storedProfile({
		...fields,
		key: newKey(`indexed profile ${emulator.profileCount}`),
		created_at: body.created_at ?? now,
		updated_at: now,
	});
	container.profiles.push(profile);
	return send(201, {
		code: 201,
		message: 'Profile created',
		data: emulator.profileJson(profile, { key: sourceKey, ...container }),
	});
}

/**
 * PUT replaces the record with the body, the strictest reading of HrFlow's docs ("edit is a Put
 * not a Patch so you need to provide all the fields"): a field left out is gone. Only what HrFlow
 * sets itself stays (id, key, dates, archive state); attachments stay only if sent back.
 */
function updateRecord(emulator, kind, body, send) {
	const problem = checkRecord(body, kind === 'job' ? JOB_FIELDS : PROFILE_FIELDS);
	if (problem) return send(400, { code: 400, message: problem });
	const { key: containerKey, container, error } = containerOf(emulator, kind, body);
	if (error) return send(400, { code: 400, message: error });
	const records = kind === 'job' ? container.jobs : container.profiles;
	const found = findRecord(records, kind, body);
	if (found.error) return send(400, { code: 400, message: found.error });
	const {
		board_key,
		board,
		source_key,
		source,
		id,
		key,
		created_at,
		updated_at,
		archived_at,
		attachments,
		...fields
	} = body;
	const old = found.record;
	const kept = { key: old.key, created_at: created_at ?? old.created_at, updated_at: hrflowNow() };
	if (kind === 'job') {
		const job = {
			...fields,
			id: old.id,
			reference: fields.reference ?? null,
			...kept,
			...(old.archived_at ? { archived_at: old.archived_at } : {}),
		};
		records.splice(records.indexOf(old), 1, job);
		return send(200, {
			code: 200,
			message: 'Job edited',
			data: jobJson(emulator, job, containerKey),
		});
	}
	const sentBack = new Set(
		(Array.isArray(attachments) ? attachments : []).map((attachment) => attachment?.alt),
	);
	const profile = {
		...emulator.storedProfile({ ...fields, ...kept }),
		attachments: (old.attachments ?? []).filter((attachment) => sentBack.has(attachment.alt)),
		...(old.archived_at ? { archived_at: old.archived_at } : {}),
	};
	records.splice(records.indexOf(old), 1, profile);
	return send(200, {
		code: 200,
		message: 'Profile edited',
		data: emulator.profileJson(profile, { key: containerKey, ...container }),
	});
}

/** PATCH …/archive: is_archive 1 archives, 0 restores; answers the key. */
function archiveRecord(emulator, kind, body, send) {
	if (body === null || typeof body !== 'object')
		return send(400, { code: 400, message: 'Invalid parameters: the body must be a JSON object' });
	const { container, error } = containerOf(emulator, kind, body);
	if (error) return send(400, { code: 400, message: error });
	if (![0, 1].includes(body.is_archive))
		return send(400, { code: 400, message: 'Invalid parameters: is_archive must be 0 or 1' });
	const records = kind === 'job' ? container.jobs : container.profiles;
	// As HrFlow's SDK archives: by key, reference (it overrides the key) or, for a profile, profile_email.
	const email =
		kind === 'profile' && !body.key && !body.reference && typeof body.profile_email === 'string'
			? body.profile_email.toLowerCase()
			: undefined;
	const byEmail = email && records.find((record) => String(record.email).toLowerCase() === email);
	const found = email
		? byEmail
			? { record: byEmail }
			: { error: 'Unable to find object: profile' }
		: findRecord(records, kind, {
				key: body.reference ? undefined : body.key,
				reference: body.reference,
			});
	if (found.error) return send(400, { code: 400, message: found.error });
	found.record.archived_at = body.is_archive ? hrflowNow() : null;
	return send(200, {
		code: 200,
		message: `${kind === 'job' ? 'Job' : 'Profile'} archived`,
		data: { key: found.record.key },
	});
}

function getJob(emulator, query, send) {
	const allowed = ['board_key', 'key', 'reference'];
	const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
	if (unknown.length)
		return send(400, {
			code: 400,
			message: `Invalid parameters: unknown parameter ${unknown.join(', ')}`,
		});
	const one = (name) => query[name]?.[0];
	const {
		key: boardKey,
		container,
		error,
	} = containerOf(emulator, 'job', { board_key: one('board_key') });
	if (error) return send(400, { code: 400, message: error });
	// Key and reference together: "reference overrides id" (HrFlow's SDK, Documentation.md).
	const found = findRecord(container.jobs, 'job', {
		key: one('reference') ? undefined : one('key'),
		reference: one('reference'),
	});
	if (found.error) return send(400, { code: 400, message: found.error });
	return send(200, {
		code: 200,
		message: 'Job retrieved',
		data: jobJson(emulator, found.record, boardKey),
	});
}

/** GET /storing/jobs: the jobs of boards, archived ones left out; whole with return_job=true. */
function listJobs(emulator, query, send) {
	const { unknownOrRepeated, pagingOf, pageOf, booleanParameter } = emulator.constructor.listing;
	const filters = [
		'name',
		'key',
		'reference',
		'created_at_min',
		'created_at_max',
		'location_lat',
		'location_lon',
		'location_dist',
	];
	const refused = unknownOrRepeated(query, [
		'board_keys',
		'return_job',
		'page',
		'limit',
		'order_by',
		'sort_by',
		...filters,
	]);
	if (refused) return send(400, { code: 400, message: refused });
	let boardKeys;
	try {
		boardKeys = JSON.parse(query.board_keys?.[0] ?? '');
	} catch {
		boardKeys = undefined;
	}
	if (
		!Array.isArray(boardKeys) ||
		boardKeys.length === 0 ||
		!boardKeys.every((key) => typeof key === 'string')
	) {
		return send(400, {
			code: 400,
			message: 'Invalid parameters: board_keys must be a JSON array of board keys',
		});
	}
	if (!boardKeys.every((key) => emulator.boards[key]))
		return send(400, { code: 400, message: 'Invalid parameters. Unable to find object: board' });
	const returnJob = booleanParameter(query.return_job?.[0]);
	if (returnJob === undefined)
		return send(400, { code: 400, message: 'Invalid parameters: return_job must be a boolean' });
	const paging = pagingOf(query);
	if (paging.error) return send(400, { code: 400, message: paging.error });
	const orderBy = query.order_by?.[0] ?? 'desc';
	const sortBy = query.sort_by?.[0] ?? 'created_at';
	if (!['asc', 'desc'].includes(orderBy) || !SORT_BY.includes(sortBy)) {
		return send(400, {
			code: 400,
			message: `Invalid parameters: order_by is asc or desc, sort_by one of ${SORT_BY.join(', ')}`,
		});
	}
	const one = (name) => query[name]?.[0];
	const all = boardKeys
		// Archived jobs too: HrFlow pages over them and leaves them out afterwards (short pages).
		.flatMap((boardKey) =>
			emulator.boards[boardKey].jobs.map((job) => jobJson(emulator, job, boardKey)),
		)
		.filter(
			(job) => !one('name') || String(job.name).toLowerCase().includes(one('name').toLowerCase()),
		)
		.filter((job) => !one('key') || job.key === one('key'))
		.filter((job) => !one('reference') || job.reference === one('reference'))
		.filter(
			(job) =>
				!one('created_at_min') || Date.parse(job.created_at) >= Date.parse(one('created_at_min')),
		)
		.filter(
			(job) =>
				!one('created_at_max') || Date.parse(job.created_at) <= Date.parse(one('created_at_max')),
		)
		.sort((a, b) => Date.parse(a[sortBy]) - Date.parse(b[sortBy]) || a.id - b.id);
	if (orderBy === 'desc') all.reverse();
	const { data: jobs, meta } = pageOf(all, paging);
	const data = jobs
		.filter((job) => !job.archived_at)
		.map((job) =>
			returnJob
				? job
				: {
						key: job.key,
						reference: job.reference,
						board_key: job.board_key,
						created_at: job.created_at,
						updated_at: job.updated_at,
					},
		);
	return emulator.sendListing(send, { code: 200, message: 'List of jobs', data, meta });
}

module.exports = { answerIndexing, jobJson, jsonBody, JOB_FIELDS };
