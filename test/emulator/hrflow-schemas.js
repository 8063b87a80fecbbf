'use strict';
// The answer shapes HrFlow's own live tests check (its Python SDK 4.3, tests/utils/schemas.py),
// written out for the emulator's tests: each check returns the list of what is wrong, empty when
// the value would pass HrFlow's schema. Only the rules that can catch an emulator are kept.

const KEY = /^[0-9a-f]{40}$/;

const isText = (value) => typeof value === 'string';
const optionalText = (value) => value === undefined || value === null || isText(value);

/** { code, message } with code the HTTP status. */
function envelope(body, status) {
	const problems = [];
	if (!Number.isInteger(body?.code) || body.code < 100 || body.code > 599)
		problems.push('code is not an HTTP status');
	else if (status !== undefined && body.code !== status)
		problems.push(`code ${body.code} is not the HTTP status ${status}`);
	if (!isText(body?.message)) problems.push('message is not text');
	return problems;
}

/** meta: page, maxPage, count, total (integers >= 0) and HrFlow's paging arithmetic. */
function pagination(meta) {
	const { page, maxPage, count, total } = meta ?? {};
	if (![page, maxPage, count, total].every((value) => Number.isInteger(value) && value >= 0))
		return ['meta needs integer page, maxPage, count, total'];
	if (maxPage < 1) return ['meta.maxPage must be at least 1'];
	const perPage = total / maxPage;
	if (page > maxPage) return ['meta.page is past meta.maxPage'];
	if (page === maxPage)
		return count <= perPage ? [] : ['meta.count is more than a page on the last page'];
	if (count === 0 || Math.ceil(total / count) !== maxPage || count < perPage)
		return ['meta.count does not fit meta.total / meta.maxPage'];
	return [];
}

/** A source or a board: key (40 hex), name, type, subtype, environment. */
function source(value, where = 'source') {
	if (value === null || typeof value !== 'object') return [`${where} is missing`];
	const problems = [];
	if (!KEY.test(value.key ?? '')) problems.push(`${where}.key is not a 40-hex key`);
	for (const field of ['name', 'type', 'subtype', 'environment'])
		if (!isText(value[field])) problems.push(`${where}.${field} is not text`);
	return problems;
}

/** A name/value entity (tag, metadata, skill...): value must be text. */
function entities(list, where) {
	if (list === undefined || list === null) return [];
	if (!Array.isArray(list)) return [`${where} is not a list`];
	return list.flatMap((entity, i) =>
		optionalText(entity?.name) && optionalText(entity?.value)
			? []
			: [`${where}[${i}] name and value must be text`],
	);
}

function attachment(value, where = 'attachment') {
	const problems = [];
	if (value.alt !== undefined && value.alt !== null && !KEY.test(value.alt))
		problems.push(`${where}.alt is not a 40-hex key`);
	if (value.file_size !== undefined && !(Number.isInteger(value.file_size) && value.file_size >= 0))
		problems.push(`${where}.file_size is not a count of bytes`);
	return problems;
}

/** A whole profile: source_key equal to source.key, the source's fields, keys and entities. */
function profile(value) {
	if (value === null || typeof value !== 'object') return ['profile is missing'];
	const problems = [];
	if (value.key !== undefined && value.key !== null && !KEY.test(value.key))
		problems.push('profile.key is not a 40-hex key');
	if (!isText(value.source_key)) problems.push('profile.source_key is missing');
	problems.push(...source(value.source, 'profile.source'));
	if (value.source && value.source_key !== value.source.key)
		problems.push('profile.source_key is not profile.source.key');
	if (value.info?.urls !== undefined && !Array.isArray(value.info.urls))
		problems.push('profile.info.urls is not a list');
	for (const field of ['skills', 'languages', 'tags', 'metadatas'])
		problems.push(...entities(value[field], `profile.${field}`));
	for (const [i, file] of (value.attachments ?? []).entries())
		problems.push(...attachment(file, `profile.attachments[${i}]`));
	return problems;
}

/** A job: an integer id, board_key equal to board.key, the board's fields. */
function job(value) {
	if (value === null || typeof value !== 'object') return ['job is missing'];
	const problems = [];
	if (!Number.isInteger(value.id) || value.id < 0) problems.push('job.id is not an integer');
	if (value.key !== undefined && value.key !== null && !KEY.test(value.key))
		problems.push('job.key is not a 40-hex key');
	problems.push(...source(value.board, 'job.board'));
	if (value.board && value.board_key !== value.board.key)
		problems.push('job.board_key is not job.board.key');
	for (const field of ['skills', 'languages', 'tags', 'metadatas'])
		problems.push(...entities(value[field], `job.${field}`));
	return problems;
}

/** A scoring answer: records and predictions of the same length as meta.count, pairs in [0, 1] that sum to 1. */
function scoring(data, meta, records) {
	const list = data?.[records];
	const predictions = data?.predictions;
	if (!Array.isArray(list) || !Array.isArray(predictions))
		return [`data.${records} and data.predictions must be lists`];
	const problems = [];
	if (list.length !== predictions.length || list.length !== meta?.count)
		problems.push('records, predictions and meta.count differ');
	for (const pair of predictions) {
		if (
			!Array.isArray(pair) ||
			pair.length !== 2 ||
			!pair.every((p) => p >= 0 && p <= 1) ||
			Math.abs(pair[0] + pair[1] - 1) > 1e-9
		)
			problems.push('a prediction is not a pair summing to 1');
	}
	return problems;
}

/** A searching answer: as many records as meta.count. */
function searching(data, meta, records) {
	const list = data?.[records];
	return Array.isArray(list) && list.length === meta?.count
		? []
		: [`data.${records} does not have meta.count entries`];
}

/** One tagging result (TextTaggingDataItem): ids (text), predictions (numbers), tags (text), of one length. */
function tagging(data) {
	const { ids, predictions, tags } = data ?? {};
	if (![ids, predictions, tags].every(Array.isArray))
		return ['ids, predictions and tags must be lists'];
	const problems = [];
	if (ids.length !== predictions.length || ids.length !== tags.length)
		problems.push('ids, predictions and tags differ in length');
	if (!ids.every(isText) || !tags.every(isText)) problems.push('ids and tags must be text');
	if (!predictions.every((value) => typeof value === 'number'))
		problems.push('predictions must be numbers');
	return problems;
}

/** GET /auth's data. */
function auth(data) {
	const problems = [];
	if (!isText(data?.team_name) || !isText(data?.team_subdomain))
		problems.push('team_name and team_subdomain must be text');
	if (!['all', 'write', 'read'].includes(data?.api_key_permission))
		problems.push(
			`api_key_permission ${JSON.stringify(data?.api_key_permission)} is not all, write or read`,
		);
	return problems;
}

const PARSING_LISTS = [
	'certifications',
	'companies',
	'courses',
	'dates',
	'durations',
	'education_titles',
	'emails',
	'first_names',
	'interests',
	'job_titles',
	'languages',
	'last_names',
	'locations',
	'phones',
	'schools',
	'skills_hard',
	'skills_soft',
	'tasks',
];

/**
 * POST /text/parsing's data (TextParsingDataItem, or a list of them for `texts`): the 18 lists of
 * text, and each entity's text (sliced in code points, as Python does) found in its label's list:
 * `company` in companies, `skill_hard` / `skill_soft` in skills_hard / skills_soft, others in
 * label + "s". (HrFlow's validator writes `"skills" + label[:5]`, which can never name a list: the
 * evident intent, `label[5:]`, is ported; its live test parses a text without skills.)
 */
function textParsing(data) {
	if (Array.isArray(data))
		return data.flatMap((item, i) => textParsing(item).map((problem) => `[${i}] ${problem}`));
	if (data === null || typeof data !== 'object') return ['data is not a parsing'];
	const problems = [];
	if (!isText(data.text)) problems.push('text is not text');
	const parsing = data.parsing ?? {};
	for (const list of PARSING_LISTS)
		if (!Array.isArray(parsing[list]) || !parsing[list].every(isText))
			problems.push(`parsing.${list} is not a list of text`);
	if (!Array.isArray(data.entities)) return [...problems, 'entities is not a list'];
	const codePoints = Array.from(data.text ?? '');
	for (const [i, { start, end, label }] of data.entities.entries()) {
		if (
			!Number.isInteger(start) ||
			!Number.isInteger(end) ||
			start < 0 ||
			end < start ||
			!isText(label)
		) {
			problems.push(`entities[${i}] needs integer 0 <= start <= end and a label`);
			continue;
		}
		const key =
			label === 'company'
				? 'companies'
				: label.startsWith('skill')
					? `skills${label.slice(5)}`
					: `${label}s`;
		const parsed = codePoints.slice(start, end).join('');
		if (!Array.isArray(parsing[key]))
			problems.push(`entities[${i}] label ${label}: no parsing.${key}`);
		else if (!parsing[key].includes(parsed))
			problems.push(`entities[${i}] ${JSON.stringify(parsed)} is not in parsing.${key}`);
	}
	return problems;
}

/** A location (Location): optional text, lat in [-90, 90], lng in [-180, 180]. */
function location(value, where) {
	if (value === undefined || value === null) return [];
	if (typeof value !== 'object') return [`${where} is not an object`];
	const problems = [];
	if (!optionalText(value.text)) problems.push(`${where}.text is not text`);
	const within = (number, limit) =>
		number === undefined ||
		number === null ||
		(typeof number === 'number' && Math.abs(number) <= limit);
	if (!within(value.lat, 90)) problems.push(`${where}.lat is not a latitude`);
	if (!within(value.lng, 180)) problems.push(`${where}.lng is not a longitude`);
	return problems;
}

/** An experience (Experience, tests/utils/schemas.py:378-396): optional 40-hex key, texts, location, entity lists. */
function experience(value, where = 'experience') {
	if (value === null || typeof value !== 'object') return [`${where} is not an object`];
	const problems = [];
	if (value.key !== undefined && value.key !== null && !KEY.test(value.key))
		problems.push(`${where}.key is not a 40-hex key`);
	for (const field of ['logo', 'title', 'description', 'date_start', 'date_end', 'company'])
		if (!optionalText(value[field])) problems.push(`${where}.${field} is not text`);
	problems.push(...location(value.location, `${where}.location`));
	for (const field of ['skills', 'certifications', 'courses', 'tasks', 'languages', 'interests'])
		problems.push(...entities(value[field], `${where}.${field}`));
	return problems;
}

/** GET /profile/unfolding's data (ProfileUnfoldingData, schemas.py:608-613): `experiences`, a list of Experience. */
function unfolding(data) {
	if (data === null || typeof data !== 'object' || !Array.isArray(data.experiences))
		return ['data.experiences is not a list'];
	return data.experiences.flatMap((entry, i) => experience(entry, `experiences[${i}]`));
}

/** POST /text/imaging's data (TextImagingData, tests/utils/schemas.py:50-55): { image_url: str }. */
function textImaging(data) {
	return data !== null && typeof data === 'object' && isText(data.image_url)
		? []
		: ['data.image_url is not text'];
}

/**
 * POST /text/linking's data (TextLinkingResponse, tests/utils/schemas.py:66-82): a list of
 * [word, similarity] pairs, the word text, the similarity a number in [0, 1].
 */
function textLinking(data) {
	if (!Array.isArray(data)) return ['data is not a list'];
	return data.flatMap((pair, i) =>
		Array.isArray(pair) &&
		pair.length === 2 &&
		isText(pair[0]) &&
		typeof pair[1] === 'number' &&
		pair[1] >= 0 &&
		pair[1] <= 1
			? []
			: [`data[${i}] is not a [word, similarity in [0, 1]] pair`],
	);
}

/**
 * One entry of POST /text/geocoding's data: HrFlow's Location (tests/utils/schemas.py:223-257:
 * text, lat in [-90, 90], lng in [-180, 180], gmaps, fields of optional text, or an empty list)
 * with PA's is_correct (boolean).
 */
function geocoding(entry) {
	if (entry === null || typeof entry !== 'object') return ['entry is not a location'];
	const problems = location(entry, 'entry');
	if (!optionalText(entry.gmaps)) problems.push('gmaps is not text');
	if (![undefined, null, true, false].includes(entry.is_correct))
		problems.push('is_correct is not a boolean');
	const { fields } = entry;
	if (Array.isArray(fields)) {
		if (fields.length) problems.push('fields is a list that is not empty');
	} else if (fields !== undefined && fields !== null) {
		if (typeof fields !== 'object') problems.push('fields is not an object');
		else
			for (const [name, value] of Object.entries(fields))
				if (!optionalText(value)) problems.push(`fields.${name} is not text`);
	}
	return problems;
}

module.exports = {
	PARSING_LISTS,
	KEY,
	envelope,
	pagination,
	source,
	profile,
	job,
	attachment,
	auth,
	scoring,
	searching,
	tagging,
	textParsing,
	experience,
	unfolding,
	textImaging,
	textLinking,
	geocoding,
};
