'use strict';
// The emulator's similar records and grading (issue 22): GET /profiles/matching and /jobs/matching
// (the records of sources or boards most like one record) and GET /profile/grading (one profile's
// grade for one job), strict as HrFlow's SDK 4.3 sends them (hrflow/profile/matching.py,
// hrflow/job/matching.py, hrflow/profile/grading.py) and answering in the shapes its docstrings and
// HrFlow's grading code read (../shared/hrflow-api-contract.md §1-2). Deterministic, as scoring in
// matching.js: a similarity is the share of the reference record's skills the other one has,
// smoothed ((common + 1) / (reference skills + 2)); predictions are [1 - score, score].
//
// Assumptions (HrFlow documents neither): the reference record is not among its similar records,
// and archived records are not either.

const { answerReadRoute } = require('./routes');
const { jobJson } = require('./indexing');
const { SORT_BY, sortEntries } = require('./searching');

const bad = (send, message) => send(400, { code: 400, message });

/** The skill names of a profile or job in HrFlow's shape. */
const skillNames = (record) =>
	(record.skills ?? []).map((skill) => String(skill.name ?? skill).toLowerCase());

/** The share of `reference`'s skills that `other` has, smoothed. */
function similarity(other, reference) {
	const wanted = skillNames(reference);
	const has = new Set(skillNames(other));
	return (wanted.filter((skill) => has.has(skill)).length + 1) / (wanted.length + 2);
}

// The graders HrFlow names: its grading cookbook and draft SDK (grader-hrflow-profiles,
// grader-hrflow-profiles-recruiting) and its SDK 4.3's type hint and Microsoft's connector (two keys).
const GRADERS = [
	'grader-hrflow-profiles',
	'grader-hrflow-profiles-recruiting',
	'1d07451c0f33091869bd3c6d336dfa4e5c63af74',
	'daaa0f61b72a68b985f31d123ad45b361adc91e4',
];

// Each side: the container of the reference record, its identifiers, the containers searched.
const SIDES = {
	profile: {
		container: 'source_key',
		containers: 'source_keys',
		key: 'profile_key',
		reference: 'profile_reference',
		unknownContainer: 'Invalid parameters. Unable to find object: source',
	},
	job: {
		container: 'board_key',
		containers: 'board_keys',
		key: 'job_key',
		reference: 'job_reference',
		unknownContainer: 'Invalid parameters. Unable to find object: board',
	},
};

function answerSimilar(emulator, req, path, query, _raw, user, send) {
	const routes = {
		'GET /v1/profile/grading': () => grade(emulator, query, send),
		'GET /v1/profiles/matching': () => match(emulator, 'profile', query, send),
		'GET /v1/jobs/matching': () => match(emulator, 'job', query, send),
	};
	return answerReadRoute(routes, req, path, user, send);
}

const given = (query, name) => {
	const value = query[name]?.[0];
	return value === undefined || value.trim() === '' ? undefined : value;
};

/**
 * The record one side names (container + key or reference: "reference overrides id"), as HrFlow
 * answers it; or `{ error }`, HrFlow's refusal.
 */
function recordOf(emulator, side, query) {
	const { container, key, reference, unknownContainer } = SIDES[side];
	const containerKey = given(query, container);
	if (!containerKey) return { error: `Invalid parameters: ${container} is required` };
	const folder =
		side === 'profile' ? emulator.sources[containerKey] : emulator.boards[containerKey];
	if (!folder) return { error: unknownContainer };
	const byKey = given(query, key);
	const byReference = given(query, reference);
	if (!byKey && !byReference)
		return { error: `Invalid parameters: ${reference} and ${key} can't be null at the same time` };
	const records = side === 'profile' ? folder.profiles : folder.jobs;
	const found = byReference
		? records.find((candidate) => candidate.reference === byReference)
		: records.find((candidate) => candidate.key === byKey);
	if (!found) return { error: `Unable to find object: ${side}` };
	return {
		record: jsonOf(emulator, side, found, containerKey),
		containerKey,
	};
}

const jsonOf = (emulator, side, record, containerKey) =>
	side === 'profile'
		? emulator.profileJson(record, { key: containerKey, ...emulator.sources[containerKey] })
		: jobJson(emulator, record, containerKey);

/**
 * GET /profile/grading: algorithm_key (a grader), source_key + profile_key|profile_reference,
 * board_key + job_key|job_reference. Answers `data: { score }` (HrFlow's draft SDK reads
 * data.score), or with quirks.gradingNested `data: { data: { score } }` (HrFlow's cookbook reads
 * data.data.score).
 */
function grade(emulator, query, send) {
	const refused = emulator.constructor.listing.unknownOrRepeated(query, [
		'algorithm_key',
		'source_key',
		'profile_key',
		'profile_reference',
		'board_key',
		'job_key',
		'job_reference',
	]);
	if (refused) return bad(send, refused);
	const algorithm = given(query, 'algorithm_key');
	if (!algorithm) return bad(send, 'Invalid parameters: algorithm_key is required');
	if (!GRADERS.includes(algorithm))
		return bad(send, `Invalid parameters: unknown algorithm_key ${algorithm}`);
	const profile = recordOf(emulator, 'profile', query);
	if (profile.error) return bad(send, profile.error);
	const job = recordOf(emulator, 'job', query);
	if (job.error) return bad(send, job.error);
	const score = similarity(profile.record, job.record);
	return send(200, {
		code: 200,
		message: 'Profile grading results',
		data: emulator.quirks.gradingNested ? { data: { score } } : { score },
	});
}

/** A created_at bound: undefined when not given, NaN when not a date. */
function bound(query, name) {
	const value = given(query, name);
	return value === undefined ? undefined : Date.parse(value);
}

/**
 * GET /profiles/matching or /jobs/matching: the reference record, the containers to look in (a
 * non-empty JSON array, parsed: the SDK sends it with spaces), HrFlow's paging and sort. Answers
 * meta and `data: { predictions, profiles | jobs }`; quirks.predictionsShort leaves one prediction
 * out, quirks.noPredictions all of them.
 */
function match(emulator, side, query, send) {
	const { container, containers, key, reference } = SIDES[side];
	const { unknownOrRepeated, pagingOf, pageOf } = emulator.constructor.listing;
	const refused = unknownOrRepeated(query, [
		container,
		key,
		reference,
		containers,
		'page',
		'limit',
		'sort_by',
		'order_by',
		'created_at_min',
		'created_at_max',
	]);
	if (refused) return bad(send, refused);
	const paging = pagingOf(query);
	if (paging.error) return bad(send, paging.error);
	const sortBy = query.sort_by?.[0];
	if (sortBy !== undefined && !SORT_BY.includes(sortBy))
		return bad(send, `Invalid parameters: sort_by must be one of ${SORT_BY.join(', ')}`);
	const origin = recordOf(emulator, side, query);
	if (origin.error) return bad(send, origin.error);
	let keys;
	try {
		keys = JSON.parse(query[containers]?.[0] ?? '');
	} catch {
		keys = undefined;
	}
	if (
		!Array.isArray(keys) ||
		keys.length === 0 ||
		!keys.every((entry) => typeof entry === 'string')
	)
		return bad(send, `Invalid parameters: ${containers} must be a non-empty JSON array of keys`);
	const folders = side === 'profile' ? emulator.sources : emulator.boards;
	if (!keys.every((entry) => folders[entry])) return bad(send, SIDES[side].unknownContainer);
	const [after, before] = [bound(query, 'created_at_min'), bound(query, 'created_at_max')];
	if (Number.isNaN(after) || Number.isNaN(before))
		return bad(send, 'Invalid parameters: created_at_min and created_at_max are dates');
	const { record: target } = origin;
	const candidates = keys.flatMap((containerKey) =>
		(side === 'profile' ? folders[containerKey].profiles : folders[containerKey].jobs)
			.filter((record) => !record.archived_at)
			.map((record) => jsonOf(emulator, side, record, containerKey))
			.filter((record) => !(record.key === target.key && sameContainer(side, record, target)))
			.filter((record) => {
				const created = Date.parse(record.created_at);
				return !(after > created) && !(before < created);
			}),
	);
	const ranked = candidates
		.map((record) => ({ record, score: similarity(record, target) }))
		.sort((a, b) => b.score - a.score || String(a.record.key).localeCompare(String(b.record.key)));
	const sorted = sortEntries(ranked, query);
	if (sorted.error) return bad(send, sorted.error);
	const { data, meta } = pageOf(sorted.entries, paging);
	const predictions = data.map((entry) => [1 - entry.score, entry.score]);
	if (emulator.quirks.predictionsShort) predictions.pop();
	const records = side === 'profile' ? 'profiles' : 'jobs';
	return send(200, {
		code: 200,
		message: `${side === 'profile' ? 'Profile' : 'Job'} Matching results`,
		meta,
		data: {
			...(emulator.quirks.noPredictions ? {} : { predictions }),
			[records]: data.map((entry) => entry.record),
		},
	});
}

const sameContainer = (side, one, other) =>
	side === 'profile' ? one.source_key === other.source_key : one.board_key === other.board_key;

module.exports = { answerSimilar };
