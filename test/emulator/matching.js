'use strict';
// The emulator's matching and text endpoints: scoring (profiles for a job, jobs for a profile, the
// record scored against by key or by reference, each side's search filters applied), searching,
// asking, and the text tools (parsing, tagging, OCR, embedding). Deterministic, so tests know the
// order: a score is the share of the job's skills the profile has, smoothed
// ((common + 1) / (job skills + 2)); predictions are [1 - score, score]; ties by key.

const { answerReadRoute } = require('./routes');
const { createHash } = require('node:crypto');

const { PARSING_LISTS } = require('./hrflow-schemas');
const { jobJson, jsonBody } = require('./indexing');
const { filterNames, matches, searchFilters, sortEntries, stagesOf } = require('./searching');

/** The skill names of a profile or job in HrFlow's shape. */
const skillNames = (record) =>
	(record.skills ?? []).map((skill) => String(skill.name ?? skill).toLowerCase());

function score(profile, job) {
	const wanted = skillNames(job);
	const has = new Set(skillNames(profile));
	const common = wanted.filter((skill) => has.has(skill)).length;
	return (common + 1) / (wanted.length + 2);
}

/** A JSON array parameter (the SDK JSON-encodes every list), or undefined when it is not one. */
function jsonList(value) {
	try {
		const list = JSON.parse(value ?? '');
		return Array.isArray(list) && list.every((entry) => typeof entry === 'string')
			? list
			: undefined;
	} catch {
		return undefined;
	}
}

function answerMatching(emulator, req, path, query, raw, user, send) {
	const routes = {
		'GET /v1/profiles/scoring': () => scoreProfiles(emulator, query, send),
		'GET /v1/jobs/scoring': () => scoreJobs(emulator, query, send),
		'GET /v1/profiles/searching': () => search(emulator, 'profiles', query, send),
		'GET /v1/jobs/searching': () => search(emulator, 'jobs', query, send),
		'GET /v1/profile/asking': () => ask(emulator, 'profile', query, send),
		'GET /v1/job/asking': () => ask(emulator, 'job', query, send),
		'POST /v1/text/parsing': () => parseText(jsonBody(req, raw), send),
		'POST /v1/text/tagging': () => tagText(jsonBody(req, raw), send),
		'POST /v1/text/embedding': () => embedText(jsonBody(req, raw), send),
		'POST /v1/text/ocr': () => ocr(emulator, req, raw, send),
	};
	return answerReadRoute(routes, req, path, user, send);
}

const bad = (send, message) => send(400, { code: 400, message });

/** The common checks of a scoring or searching query; the paging, or undefined when refused. */
function listingQuery(emulator, query, allowed, send) {
	const { unknownOrRepeated, pagingOf } = emulator.constructor.listing;
	const refused = unknownOrRepeated(query, [
		...allowed,
		'page',
		'limit',
		'sort_by',
		'order_by',
		'use_algorithm',
		'use_agent',
		'algorithm_key',
		'agent_key',
	]);
	if (refused) return (bad(send, refused), undefined);
	const paging = pagingOf(query);
	if (paging.error) return (bad(send, paging.error), undefined);
	const stage = query.stage?.[0];
	if (stage !== undefined && !['new', 'yes', 'later', 'no'].includes(stage))
		return (bad(send, 'Invalid parameters: stage is new, yes, later or no'), undefined);
	return paging;
}

// HrFlow's bug with archived records (its SDK's tests page with limit=5 "to bypass the bug with
// archived profiles"): searching and scoring page over every record, archived ones included, then
// leave the archived out, so a page can come back short or empty while meta.maxPage says more follow.
const ARCHIVED = Symbol('archived');

/** One page as HrFlow answers it: paged with the archived records, which are then left out. */
function shownPage(all, paging, emulator, archived = (entry) => entry[ARCHIVED]) {
	const { data, meta } = emulator.constructor.listing.pageOf(all, paging);
	const shown = data.filter((entry) => !archived(entry));
	return { data: shown, meta: { ...meta, count: shown.length } };
}

/** The records scored (relevance: best first, ties by key), in the order sort_by and order_by ask. */
function scored(records, scoreOf, paging, emulator, query) {
	const ranked = records
		.map((record) => ({ record, score: scoreOf(record) }))
		.sort((a, b) => b.score - a.score || String(a.record.key).localeCompare(String(b.record.key)));
	const { entries: all, error } = sortEntries(ranked, query);
	if (error) return { error };
	const { data, meta } = shownPage(all, paging, emulator, (entry) => entry.record[ARCHIVED]);
	const predictions = data.map((entry) => [1 - entry.score, entry.score]);
	// A quirk for tests: one prediction less than records, as no HrFlow schema would let pass.
	if (emulator.quirks.predictionsShort) predictions.pop();
	return { entries: data.map((entry) => entry.record), predictions, meta };
}

/** Stage: the profile's for the job (see searching.js); `new` when not given, unless `optional` (job scoring). */
function stageFilter(query, optional = false) {
	const stage = query.stage?.[0] ?? (optional ? undefined : 'new');
	return (profile, job) => stage === undefined || stagesOf(profile, job).includes(stage);
}

/** The profiles of sources as HrFlow pages them: archived ones marked (see ARCHIVED). */
function profilesOf(emulator, sourceKeys) {
	return sourceKeys.flatMap((key) =>
		emulator.sources[key].profiles.map((profile) =>
			Object.assign(emulator.profileJson(profile, { key, ...emulator.sources[key] }), {
				[ARCHIVED]: Boolean(profile.archived_at),
			}),
		),
	);
}

function jobsOf(emulator, boardKeys) {
	return boardKeys.flatMap((key) =>
		emulator.boards[key].jobs.map((job) =>
			Object.assign(jobJson(emulator, job, key), { [ARCHIVED]: Boolean(job.archived_at) }),
		),
	);
}

function scoreProfiles(emulator, query, send) {
	const { filters, error: refused } = searchFilters('profiles', query);
	const paging = listingQuery(
		emulator,
		query,
		['source_keys', 'board_key', 'job_key', 'job_reference', 'stage', ...filterNames('profiles')],
		send,
	);
	if (!paging) return undefined;
	if (refused) return bad(send, refused);
	const sourceKeys = jsonList(query.source_keys?.[0]);
	if (!sourceKeys?.length)
		return bad(send, 'Invalid parameters: source_keys must be a JSON array of source keys');
	if (!sourceKeys.every((key) => emulator.sources[key])) return bad(send, 'Invalid source fields');
	if (!query.algorithm_key?.[0] && !query.agent_key?.[0])
		return bad(send, 'Invalid parameters: algorithm_key is required');
	const board = emulator.boards[query.board_key?.[0]];
	if (!board) return bad(send, 'Invalid parameters. Unable to find object: board');
	// A job_reference in place of job_key (it overrides the key when both are given, as in lookups).
	if (!query.job_key?.[0] && !query.job_reference?.[0])
		return bad(
			send,
			'Invalid parameters: job_key and job_reference can not be null at the same time',
		);
	const job = byKeyOrReference(board.jobs, query.job_key?.[0], query.job_reference?.[0]);
	if (!job) return bad(send, 'Unable to find object: job');
	const atStage = stageFilter(query);
	const { entries, predictions, meta, error } = scored(
		profilesOf(emulator, sourceKeys).filter(
			(profile) => atStage(profile, job) && matches(profile, filters),
		),
		(profile) => score(profile, job),
		paging,
		emulator,
		query,
	);
	if (error) return bad(send, error);
	return send(200, {
		code: 200,
		message: 'Profiles scoring results',
		data: { profiles: entries, predictions },
		meta,
	});
}

function scoreJobs(emulator, query, send) {
	const { filters, error: refused } = searchFilters('jobs', query);
	const paging = listingQuery(
		emulator,
		query,
		[
			'board_keys',
			'source_key',
			'profile_key',
			'profile_reference',
			'stage',
			...filterNames('jobs'),
		],
		send,
	);
	if (!paging) return undefined;
	if (refused) return bad(send, refused);
	const boardKeys = jsonList(query.board_keys?.[0]);
	if (!boardKeys?.length)
		return bad(send, 'Invalid parameters: board_keys must be a JSON array of board keys');
	if (!boardKeys.every((key) => emulator.boards[key]))
		return bad(send, 'Invalid parameters. Unable to find object: board');
	if (!query.algorithm_key?.[0] && !query.agent_key?.[0])
		return bad(send, 'Invalid parameters: algorithm_key is required');
	const source = emulator.sources[query.source_key?.[0]];
	if (!source) return bad(send, 'Invalid source fields');
	if (!query.profile_key?.[0] && !query.profile_reference?.[0])
		return bad(
			send,
			'Invalid parameters: profile_key and profile_reference can not be null at the same time',
		);
	const profile = byKeyOrReference(
		source.profiles,
		query.profile_key?.[0],
		query.profile_reference?.[0],
	);
	if (!profile) return bad(send, 'Unable to find object: profile');
	const profileJson = emulator.profileJson(profile, { key: query.source_key[0], ...source });
	const atStage = stageFilter(query, true);
	const { entries, predictions, meta, error } = scored(
		jobsOf(emulator, boardKeys).filter((job) => atStage(profileJson, job) && matches(job, filters)),
		(job) => score(profileJson, job),
		paging,
		emulator,
		query,
	);
	if (error) return bad(send, error);
	return send(200, {
		code: 200,
		message: 'Jobs scoring results',
		data: { jobs: entries, predictions },
		meta,
	});
}

/**
 * GET /profiles/searching or /jobs/searching: each side's documented filters (searching.js; the
 * other side's are refused: no email or stage on jobs), at the stage asked (profiles), sorted.
 */
function search(emulator, kind, query, send) {
	const containers = kind === 'profiles' ? 'source_keys' : 'board_keys';
	const { filters, error } = searchFilters(kind, query);
	const paging = listingQuery(
		emulator,
		query,
		[containers, ...(kind === 'profiles' ? ['stage'] : []), ...filterNames(kind)],
		send,
	);
	if (!paging) return undefined;
	if (error) return bad(send, error);
	const keys = jsonList(query[containers]?.[0]);
	if (!keys?.length) return bad(send, `Invalid parameters: ${containers} must be a JSON array`);
	const all = kind === 'profiles' ? emulator.sources : emulator.boards;
	if (!keys.every((key) => all[key]))
		return bad(
			send,
			kind === 'profiles'
				? 'Invalid source fields'
				: 'Invalid parameters. Unable to find object: board',
		);
	const atStage = stageFilter(query);
	const found = (
		kind === 'profiles'
			? profilesOf(emulator, keys).filter((profile) => atStage(profile))
			: jobsOf(emulator, keys)
	).filter((record) => matches(record, filters));
	const sorted = sortEntries(
		found.map((record) => ({ record })),
		query,
	);
	if (sorted.error) return bad(send, sorted.error);
	const { data, meta } = shownPage(
		sorted.entries.map((entry) => entry.record),
		paging,
		emulator,
	);
	return send(200, {
		code: 200,
		message: `${kind === 'profiles' ? 'Profiles' : 'Jobs'} searching results`,
		data: { [kind]: data },
		meta,
	});
}

/** The record given by key or reference: "reference overrides id" (HrFlow's SDK, Documentation.md). */
function byKeyOrReference(records, key, reference) {
	if (reference) return records.find((candidate) => candidate.reference === reference);
	return key ? records.find((candidate) => candidate.key === key) : undefined;
}

/** GET /profile/asking or /job/asking: one answer per question, from the stored record. */
function ask(emulator, kind, query, send) {
	const container = kind === 'profile' ? 'source_key' : 'board_key';
	const refused = emulator.constructor.listing.unknownOrRepeated(query, [
		container,
		'key',
		'reference',
		'questions',
	]);
	if (refused) return bad(send, refused);
	const questions = jsonList(query.questions?.[0]);
	if (!questions?.length)
		return bad(send, 'Invalid parameters: questions must be a JSON array of questions, not null');
	let record;
	if (kind === 'profile') {
		const source = emulator.sources[query.source_key?.[0]];
		if (!source) return bad(send, 'Invalid source fields');
		const profile = byKeyOrReference(source.profiles, query.key?.[0], query.reference?.[0]);
		if (!profile) return bad(send, 'Unable to find object: profile');
		record = emulator.profileJson(profile, { key: query.source_key[0], ...source });
	} else {
		const board = emulator.boards[query.board_key?.[0]];
		if (!board) return bad(send, 'Invalid parameters. Unable to find object: board');
		const job = byKeyOrReference(board.jobs, query.key?.[0], query.reference?.[0]);
		if (!job) return bad(send, 'Unable to find object: job');
		record = job;
	}
	return send(200, {
		code: 200,
		message: `${kind === 'profile' ? 'Profile' : 'Job'} asking results`,
		data: questions.map((question) => answerFrom(record, question)),
	});
}

/** An answer from the record: a metadata named in the question, else its email, skills or summary. */
function answerFrom(record, question) {
	const words = question.toLowerCase();
	const metadata = (record.metadatas ?? []).find((entry) =>
		words.includes(String(entry.name).replace(/_/g, ' ')),
	);
	if (metadata) return String(metadata.value);
	if (words.includes('email')) return String(record.info?.email ?? 'unknown');
	if (words.includes('skill')) return skillNames(record).join(', ') || 'none';
	return String(record.info?.summary || record.summary || 'unknown');
}

/**
 * POST /text/parsing: exactly one of `text` (data is one item) or `texts` (data is a list, one item
 * per text), as HrFlow's SDK sends them. Entity offsets count code points (HrFlow's test slices
 * the text in Python); hard and soft skills are labelled skill_hard and skill_soft.
 */
function parseText(body, send) {
	const given = ['text', 'texts'].filter(
		(name) => body?.[name] !== undefined && body?.[name] !== null,
	);
	if (given.length !== 1)
		return bad(send, 'Invalid parameters: exactly one of text or texts is required, not null');
	const texts = given[0] === 'texts' ? body.texts : [body.text];
	if (!Array.isArray(texts) || texts.length === 0)
		return bad(send, 'Invalid parameters: texts must be a non-empty list of texts');
	if (!texts.every((text) => typeof text === 'string' && text.trim() !== ''))
		return bad(
			send,
			`Invalid parameters: ${given[0]} must be ${given[0] === 'text' ? 'a text' : 'a list of texts'}, none empty`,
		);
	const items = texts.map(parseOne);
	return send(200, {
		code: 200,
		message: 'Text parsed',
		data: given[0] === 'text' ? items[0] : items,
	});
}

function parseOne(text) {
	const known = {
		skills_hard: ['Python', 'SQL', 'Kafka', 'Figma', 'Java'],
		skills_soft: ['Communication', 'Teamwork'],
		job_titles: ['Data Engineer', 'Product Designer', 'Analyst'],
		companies: ['HrFlow', 'Acme'],
	};
	const labels = {
		skills_hard: 'skill_hard',
		skills_soft: 'skill_soft',
		job_titles: 'job_title',
		companies: 'company',
	};
	const parsing = Object.fromEntries(PARSING_LISTS.map((key) => [key, []]));
	const codePoints = (units) => Array.from(text.slice(0, units)).length;
	const entities = [];
	for (const [key, values] of Object.entries(known)) {
		for (const value of values) {
			const start = text.indexOf(value);
			if (start < 0) continue;
			parsing[key].push(value);
			entities.push({
				start: codePoints(start),
				end: codePoints(start + value.length),
				label: labels[key],
			});
		}
	}
	for (const email of text.match(/[^\s@]+@[^\s@]+\.[a-z]+/gi) ?? []) parsing.emails.push(email);
	return { text, entities, parsing };
}

// The taggers HrFlow documents (its SDK 4.3's docstring and tests/utils/enums.py, plus the
// cookbook's tagger-hrflow-dynamic), and what the emulator tags from the text's words.
const TAGGERS = {
	'tagger-rome-family': [
		['Data and IT', ['data', 'python', 'sql', 'engineer', 'software']],
		['Design', ['design', 'figma', 'ux']],
		['Sales', ['sales', 'account', 'client']],
	],
	'tagger-rome-subfamily': [
		['Information systems', ['data', 'python', 'sql', 'software']],
		['Arts and design', ['design', 'figma']],
		['Commerce', ['sales', 'client']],
	],
	'tagger-rome-category': [
		['Software development', ['python', 'software', 'engineer']],
		['Graphic design', ['figma', 'design']],
		['Sales representative', ['sales']],
	],
	'tagger-rome-jobtitle': [
		['Data engineer', ['data', 'engineer']],
		['UX designer', ['ux', 'design']],
		['Account manager', ['account', 'client']],
	],
	'tagger-hrflow-skills': [
		['Python', ['python']],
		['SQL', ['sql']],
		['Figma', ['figma']],
		['Communication', ['team', 'client']],
	],
	// The user's own labels (`labels`, or `dynamic_labels`), each cued by its own words.
	'tagger-hrflow-labels': 'labels',
	'tagger-hrflow-dynamic': 'dynamic_labels',
};

const isTextList = (value) =>
	Array.isArray(value) &&
	value.length > 0 &&
	value.every((entry) => typeof entry === 'string' && entry.trim() !== '');
const isNull = (value) => value === undefined || value === null;

/**
 * POST /text/tagging as HrFlow's SDK sends it: algorithm_key, exactly one of text or texts,
 * context and labels (null unless tagger-hrflow-labels), top_n, output_lang; the cookbook's
 * dynamic_labels and dynamic_context for tagger-hrflow-dynamic. One { ids, predictions, tags }
 * for text, a list of them for texts.
 */
function tagText(body, send) {
	if (!body || typeof body !== 'object')
		return bad(send, 'Invalid parameters: the body must be a JSON object');
	const allowed = [
		'algorithm_key',
		'text',
		'texts',
		'context',
		'labels',
		'top_n',
		'output_lang',
		'dynamic_labels',
		'dynamic_context',
	];
	const unknown = Object.keys(body).filter((name) => !allowed.includes(name));
	if (unknown.length) return bad(send, `Invalid parameters: unknown field ${unknown.join(', ')}`);
	const tagger = TAGGERS[body.algorithm_key];
	if (!tagger)
		return bad(send, `Invalid parameters: unknown algorithm_key ${String(body.algorithm_key)}`);
	const hasText = typeof body.text === 'string' && body.text.trim() !== '';
	if (hasText === !isNull(body.texts) || (!hasText && !isTextList(body.texts)))
		return bad(send, 'Invalid parameters: text is required, not null (or texts, a list of texts)');
	const topN = body.top_n ?? 1;
	if (!Number.isInteger(topN) || topN < 1)
		return bad(send, 'Invalid parameters: top_n must be a positive integer');
	for (const [field, text] of [
		['context', 'context'],
		['dynamic_context', 'dynamic_context'],
	]) {
		if (!isNull(body[field]) && typeof body[field] !== 'string')
			return bad(send, `Invalid parameters: ${text} must be a string`);
	}
	for (const field of ['labels', 'dynamic_labels']) {
		if (!isNull(body[field]) && !isTextList(body[field]))
			return bad(send, `Invalid parameters: ${field} must be a list of strings`);
	}
	let vocabulary = tagger;
	if (typeof tagger === 'string') {
		if (isNull(body[tagger]))
			return bad(send, `Invalid parameters: ${tagger} is required with ${body.algorithm_key}`);
		vocabulary = body[tagger].map((label) => [
			label,
			label.toLowerCase().split(/\W+/).filter(Boolean),
		]);
	}
	const tag = (text) => {
		const words = text.toLowerCase();
		const weights = vocabulary.map(([name, cues], index) => ({
			name,
			id: String(index + 1),
			weight: 1 + cues.filter((cue) => words.includes(cue)).length * 3,
		}));
		const total = weights.reduce((sum, entry) => sum + entry.weight, 0);
		// HrFlow lists them in its own order, not by probability.
		const chosen = [...weights]
			.sort((a, b) => b.weight - a.weight)
			.slice(0, topN)
			.sort((a, b) => Number(a.id) - Number(b.id));
		return {
			ids: chosen.map((entry) => entry.id),
			predictions: chosen.map((entry) => entry.weight / total),
			tags: chosen.map((entry) => entry.name),
		};
	};
	return send(200, {
		code: 200,
		message: 'Text tagged',
		data: hasText ? tag(body.text) : body.texts.map(tag),
	});
}

function embedText(body, send) {
	if (!body || typeof body.text !== 'string' || body.text.trim() === '')
		return bad(send, 'Invalid parameters: text is required, not null');
	const seed = createHash('sha256').update(body.text).digest();
	const embedding = Array.from(
		{ length: 2048 },
		(_, i) => (seed[i % seed.length] - 128) / 128 / (1 + Math.floor(i / 32)),
	);
	return send(200, { code: 200, message: 'Text embedded', data: [{ embedding }] });
}

/** POST /text/ocr: the text of a PDF the sandbox made (its text operators), page by page. */
function ocr(emulator, req, raw, send) {
	const parts = emulator.constructor.parseMultipart(req.headers['content-type'], raw);
	const file = parts?.find((part) => part.name === 'file' && part.filename !== undefined);
	if (!file) return bad(send, 'Invalid parameters: file is required');
	if (file.data.length === 0) return bad(send, 'Invalid parameters: file is empty');
	const lines = [...file.data.toString('latin1').matchAll(/\(((?:\\.|[^\\)])*)\) Tj/g)].map(
		(match) => match[1].replace(/\\(.)/g, '$1'),
	);
	const text = lines.join('\n');
	return send(200, {
		code: 200,
		message: 'Text OCR results',
		data: {
			text,
			text_language: 'en',
			pages: [{ page_number: 0, sections: lines }],
			base64_pdf: file.data.toString('base64'),
		},
	});
}

module.exports = { answerMatching };
