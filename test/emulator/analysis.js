'use strict';
// The emulator's analysis endpoints of one stored record (issue 22): GET /profile/unfolding,
// /profile/parsing, /profile/revealing, /profile/embedding and /job/embedding.
//
// Requests are checked as HrFlow's Python SDK 4.3 sends them: format_item_payload
// (hrflow/core/__init__.py:11-22) gives `source_key` / `board_key`, then `key`, `reference` (both
// when both are given: "reference overrides id") and, for profiles, `profile_email`; unfolding
// sends `source_key, reference, key, max_steps, job_text` (hrflow/profile/unfolding.py:46-52, None
// dropped, no e-mail). Anything else is refused with a 400, as the existing lookups do: an unknown
// or repeated parameter, no source or board, no identifier, an unknown source, board, profile or job.
// `email` (the name HrFlow's 2020 reference gave GET /profile/parsing) is refused: the node sends
// the SDK's `profile_email`, and this strictness proves it.
//
// Answers: unfolding in the shape HrFlow's live test checks (tests/utils/schemas.py:378-399,
// 608-613: `data.experiences`, a list of Experience, exactly `max_steps` of them; a profile with no
// experience is a 400, tests/test_profile.py:611-621); parsing as HrFlow's 2020 Parsing object
// (docs-api get-profile-parsing.md), built from the stored profile. Revealing and embedding have no
// documented answer: the shapes below are UNCONFIRMED, each the nearest HrFlow ever documented.

const { answerReadRoute } = require('./routes');
const { createHash } = require('node:crypto');

const { jobJson } = require('./indexing');

const bad = (send, message) => send(400, { code: 400, message });
const hash = (text) => createHash('sha256').update(text).digest();
const hex40 = (text) => createHash('sha1').update(text).digest('hex');

/**
 * The record a query names, checked as HrFlow checks a lookup; `{ error }` when refused.
 * `kind` 'profile' or 'job'; `emails` whether `profile_email` is taken; `more` other parameters.
 */
function lookUp(emulator, kind, query, { emails = false, more = [] } = {}) {
	const container = kind === 'profile' ? 'source_key' : 'board_key';
	const identifiers = ['key', 'reference', ...(emails ? ['profile_email'] : [])];
	const refused = emulator.constructor.listing.unknownOrRepeated(query, [
		container,
		...identifiers,
		...more,
	]);
	if (refused) return { error: refused };
	const one = (name) => query[name]?.[0];
	if (!one(container) || one(container).trim() === '')
		return { error: `Invalid parameters: ${container} is required` };
	const given = identifiers.filter((name) => name in query);
	const keyAndReference =
		given.length === 2 && given.every((name) => name === 'key' || name === 'reference');
	if (given.length !== 1 && !keyAndReference)
		return { error: `Invalid parameters: exactly one of ${identifiers.join(', ')} is required` };
	const empty = given.find((name) => one(name).trim() === '');
	if (empty) return { error: `Invalid parameters: ${empty} is empty` };
	const all = kind === 'profile' ? emulator.sources : emulator.boards;
	const folder = all[one(container)];
	if (!folder)
		return {
			error:
				kind === 'profile'
					? 'Invalid source fields'
					: 'Invalid parameters. Unable to find object: board',
		};
	const records = kind === 'profile' ? folder.profiles : folder.jobs;
	// With key and reference, the reference decides ("reference overrides id", SDK Documentation.md:88).
	const record = records.find((candidate) =>
		'reference' in query
			? candidate.reference === one('reference')
			: 'key' in query
				? candidate.key === one('key')
				: String(candidate.email).toLowerCase() === one('profile_email').toLowerCase(),
	);
	if (!record) return { error: `Unable to find object: ${kind}` };
	const key = one(container);
	return {
		record,
		json:
			kind === 'profile'
				? emulator.profileJson(record, { key, ...folder })
				: jobJson(emulator, record, key),
	};
}

function answerAnalysis(emulator, req, path, query, _raw, user, send) {
	const routes = {
		'GET /v1/profile/unfolding': () => unfold(emulator, query, send),
		'GET /v1/profile/parsing': () => parsing(emulator, query, send),
		'GET /v1/profile/revealing': () => revealing(emulator, query, send),
		'GET /v1/profile/embedding': () => embedding(emulator, 'profile', query, send),
		'GET /v1/job/embedding': () => embedding(emulator, 'job', query, send),
	};
	return answerReadRoute(routes, req, path, user, send);
}

/** A date of HrFlow's records (`2020-01-01`, `2020-01-01T00:00:00+0000`) moved on by `years`. */
function yearsLater(date, years) {
	const year = /^(\d{4})/.exec(date ?? '')?.[1];
	return year ? `${Number(year) + years}${date.slice(4, 10)}` : null;
}

/**
 * GET /profile/unfolding: `max_steps` experiences after the profile's latest one, each two years
 * on; the last one towards `job_text` when given (its first line, up to a colon, is the title).
 * The message is UNCONFIRMED; the shape is the one HrFlow's live test checks.
 */
function unfold(emulator, query, send) {
	const found = lookUp(emulator, 'profile', query, { more: ['max_steps', 'job_text'] });
	if (found.error) return bad(send, found.error);
	const raw = query.max_steps?.[0] ?? '1';
	if (!/^\d+$/.test(raw) || Number(raw) < 1)
		return bad(send, `Invalid parameters: max_steps must be a positive integer, not ${raw}`);
	const steps = Number(raw);
	const experiences = found.json.experiences ?? [];
	// HrFlow's test: a profile without experiences answers 400 (message UNCONFIRMED).
	if (!experiences.length) return bad(send, 'Unable to unfold the profile: it has no experiences');
	const latest = experiences.reduce((a, b) =>
		String(b.date_start ?? '') > String(a.date_start ?? '') ? b : a,
	);
	// A current experience (no end) is taken to last two more years.
	const start = latest.date_end ?? yearsLater(latest.date_start, 2) ?? '2026-01-01';
	const target = query.job_text?.[0]?.split('\n')[0].split(':')[0].trim();
	const levels = ['Senior', 'Lead', 'Head of', 'Director of', 'VP of'];
	const predicted = Array.from({ length: steps }, (_, step) => {
		const last = step === steps - 1;
		const title =
			last && target
				? target
				: `${levels[Math.min(step, levels.length - 1)]} ${latest.title ?? 'Specialist'}`;
		return {
			key: hex40(`unfolding ${found.record.key} ${step} ${target ?? ''}`),
			company: latest.company ?? null,
			logo: null,
			title,
			description: `Predicted step ${step + 1} of ${steps}`,
			location: latest.location ?? { text: null, lat: null, lng: null },
			date_start: yearsLater(start, 2 * step),
			date_end: yearsLater(start, 2 * (step + 1)),
			skills: (found.json.skills ?? []).map(({ name, type }) => ({
				name,
				type: type ?? 'hard',
				value: null,
			})),
			certifications: [],
			courses: [],
			tasks: [],
			languages: [],
			interests: [],
		};
	});
	return send(200, {
		code: 200,
		message: 'Profile unfolding results',
		data: { experiences: predicted },
	});
}

/** A date of the 2020 Parsing object: { iso8601, text, timestamp }, or null. */
function parsingDate(date) {
	if (!date) return null;
	const time = Date.parse(String(date).replace(/\+0000$/, 'Z'));
	if (Number.isNaN(time)) return { iso8601: null, text: String(date), timestamp: null };
	return {
		iso8601: new Date(time).toISOString().slice(0, 19),
		text: String(date).slice(0, 10),
		timestamp: Math.floor(time / 1000),
	};
}

const GEOJSON_FIELDS = [
	'house',
	'category',
	'near',
	'house_number',
	'road',
	'unit',
	'level',
	'staircase',
	'entrance',
	'po_box',
	'postcode',
	'suburb',
	'city_district',
	'city',
	'island',
	'state_district',
	'state',
	'country_region',
	'country',
	'world_region',
];

/** A location of the 2020 Parsing object: text, lat, lng and its geojson (city and country from the text). */
function parsingLocation(location) {
	const geojson = Object.fromEntries(GEOJSON_FIELDS.map((field) => [field, null]));
	const [city, country] = String(location?.text ?? '')
		.split(',')
		.map((part) => part.trim());
	if (city) geojson.city = city;
	if (country) geojson.country = country;
	return {
		text: location?.text ?? null,
		lat: location?.lat ?? null,
		lng: location?.lng ?? null,
		geojson,
	};
}

/** An experience or education of the 2020 Parsing object. */
function parsingEntry(entry, profileKey, index) {
	return {
		content_uid: hex40(`content ${profileKey} ${index}`),
		...entry,
		date_start: parsingDate(entry.date_start),
		date_end: parsingDate(entry.date_end),
		location: parsingLocation(entry.location),
		certifications: entry.certifications ?? [],
		courses: entry.courses ?? [],
		tasks: entry.tasks ?? [],
		skills: entry.skills ?? [],
	};
}

/**
 * GET /profile/parsing: HrFlow's 2020 Parsing object (docs-api get-profile-parsing.md:40-198),
 * built from the stored profile; the resume's name and size from its `resume` attachment.
 */
function parsing(emulator, query, send) {
	const found = lookUp(emulator, 'profile', query, { emails: true });
	if (found.error) return bad(send, found.error);
	const profile = found.json;
	const info = profile.info ?? {};
	const resume = (profile.attachments ?? []).find((attachment) => attachment.type === 'resume');
	const experiences = (profile.experiences ?? []).map((entry, i) =>
		parsingEntry(entry, profile.key, `experience ${i}`),
	);
	const educations = (profile.educations ?? []).map((entry, i) =>
		parsingEntry(entry, profile.key, `education ${i}`),
	);
	return send(200, {
		code: 200,
		message: 'Profile parsing',
		data: {
			content_uid: hex40(`content ${profile.key}`),
			key: profile.key,
			file_name: resume?.file_name ?? null,
			file_size: resume?.file_size ?? null,
			persons: [
				{
					full_name: info.full_name ?? null,
					first_name: info.first_name ?? null,
					last_name: info.last_name ?? null,
				},
			],
			emails: info.email ? [info.email] : [],
			phones: info.phone ? [info.phone] : [],
			date_birth: parsingDate(info.date_birth),
			location: parsingLocation(info.location),
			images: null,
			picture: info.picture ?? null,
			urls: info.urls ?? [],
			gender: info.gender ?? null,
			driving_license: info.driving_license ?? null,
			summary: info.summary ?? null,
			text: profile.text ?? null,
			text_language: profile.text_language ?? 'en',
			educations,
			educations_duration: profile.educations_duration ?? 0,
			experiences,
			experiences_duration: profile.experiences_duration ?? 0,
			skills: profile.skills ?? [],
			courses: profile.courses ?? [],
			certifications: profile.certifications ?? [],
			tasks: profile.tasks ?? [],
			languages: profile.languages ?? [],
			interests: profile.interests ?? [],
			total_pages: resume ? 1 : 0,
			processed_pages: resume ? 1 : 0,
		},
	});
}

// Skills a profile's skills suggest, for revealing (UNCONFIRMED, see below).
const NEIGHBOURS = {
	python: ['Pandas', 'Airflow'],
	kafka: ['Spark', 'Flink'],
	sql: ['PostgreSQL', 'dbt'],
	figma: ['Sketch', 'Prototyping'],
	'user research': ['Usability testing'],
	radiochemistry: ['Spectroscopy'],
};

/**
 * GET /profile/revealing. UNCONFIRMED: HrFlow documents no answer ("Coming soon",
 * docs-api get-profile-revealing.md). The shape is that of HrFlow's 2020 text revealing
 * (post-document-revealing.md:22-73): `data: [[skill name, score], ...]`, best first, here the
 * skills the profile's own suggest and it does not list, each scored from a hash of the profile.
 */
function revealing(emulator, query, send) {
	const found = lookUp(emulator, 'profile', query, { emails: true });
	if (found.error) return bad(send, found.error);
	const own = (found.json.skills ?? []).map((skill) => String(skill.name).toLowerCase());
	const revealed = [
		...new Set(own.flatMap((name) => NEIGHBOURS[name] ?? []).concat('Communication')),
	].filter((name) => !own.includes(name.toLowerCase()));
	const seed = hash(`revealing ${found.record.key}`);
	const scored = revealed
		.map((name, i) => [name, Math.round((0.5 + seed[i % seed.length] / 512) * 1000) / 1000])
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
	return send(200, { code: 200, message: 'Revealing results', data: scored });
}

/**
 * GET /profile/embedding, /job/embedding. UNCONFIRMED: HrFlow documents no answer. The shape is
 * that of HrFlow's document embedding (SDK Documentation.md:432-451, "it returns embedding encoded
 * as base64"): `data`, a base64 text of big-endian float32, reshaped to (-1, 1024); here one
 * vector of 1024, from a hash of the record's key. The profile's `fields` (SDK embedding.py:37-38)
 * must be a JSON object.
 */
function embedding(emulator, kind, query, send) {
	const found = lookUp(
		emulator,
		kind,
		query,
		kind === 'profile' ? { emails: true, more: ['fields'] } : {},
	);
	if (found.error) return bad(send, found.error);
	if (query.fields) {
		let fields;
		try {
			fields = JSON.parse(query.fields[0]);
		} catch {
			fields = undefined;
		}
		if (fields === null || typeof fields !== 'object' || Array.isArray(fields))
			return bad(send, 'Invalid parameters: fields must be a JSON object');
	}
	const seed = hash(`embedding ${kind} ${found.record.key}`);
	const vector = Buffer.alloc(1024 * 4);
	for (let i = 0; i < 1024; i++)
		vector.writeFloatBE((seed[i % seed.length] - 128) / 128 / (1 + Math.floor(i / 32)), i * 4);
	return send(200, {
		code: 200,
		message: `${kind === 'profile' ? 'Profile' : 'Job'} embedding`,
		data: vector.toString('base64'),
	});
}

/** The sizes of the embedding answer, for the emulator's own tests. */
const EMBEDDING_DIMENSIONS = 1024;

module.exports = { answerAnalysis, EMBEDDING_DIMENSIONS };
