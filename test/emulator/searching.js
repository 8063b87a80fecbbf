'use strict';
// What scoring and searching take besides the containers and the paging: the documented search
// filters of each side (HrFlow's API reference of 2020, Microsoft's certified connector: see
// ../shared/hrflow-api-contract.md §9b), checked in their documented encodings (lists and objects
// as JSON strings); `stage` (a profile's labels); `sort_by` / `order_by`.

// The value checks: each returns the parsed value, or throws what is wrong with it.
const json = (text) => {
	try {
		return JSON.parse(text);
	} catch {
		throw new Error('is not JSON');
	}
};
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const check = (ok, message) => {
	if (!ok) throw new Error(message);
};

const text = (value) => (check(value.trim() !== '', 'is empty'), value);
const number = (value) => (
	check(value.trim() !== '' && Number(value) >= 0, 'is not a number of at least 0'),
	Number(value)
);
const date = (value) => (check(!Number.isNaN(Date.parse(value)), 'is not an ISO 8601 date'), value);
function textList(value) {
	const list = json(value);
	check(
		Array.isArray(list) && list.every((entry) => typeof entry === 'string'),
		'is not a JSON array of strings',
	);
	return list;
}
/** `{"lat": x, "lng": y}`: HrFlow's docs write `lng`, their Python example and the experience/education ones `lon`. */
function geopoint(value) {
	const point = json(value);
	const lng = point?.lng ?? point?.lon;
	check(
		isObject(point) &&
			isNumber(point.lat) &&
			Math.abs(point.lat) <= 90 &&
			isNumber(lng) &&
			Math.abs(lng) <= 180,
		'is not a JSON object {"lat", "lng"}',
	);
	return point;
}
/** Skills, languages, interests: `[{"name", "value"}]`. */
function entities(value) {
	const list = json(value);
	check(
		Array.isArray(list) && list.every((entry) => isObject(entry) && typeof entry.name === 'string'),
		'is not a JSON array of {"name", "value"}',
	);
	return list;
}
/** Tags: OR-groups that are ANDed, `[[{"name", "value"}, ...], ...]`; the flat form of the 2020 profile example is one group per tag. */
function tagGroups(value) {
	const list = json(value);
	check(Array.isArray(list), 'is not a JSON array of groups of {"name", "value"}');
	const groups = list.map((group) => (Array.isArray(group) ? group : [group]));
	check(
		groups.every((group) => group.every((tag) => isObject(tag) && typeof tag.name === 'string')),
		'is not a JSON array of groups of {"name", "value"}',
	);
	return groups;
}
const ranges = (bound) => (value) => {
	const list = json(value);
	check(
		Array.isArray(list) &&
			list.every(
				(range) =>
					isObject(range) &&
					typeof range.name === 'string' &&
					['value_min', 'value_max'].every(
						(end) => range[end] === undefined || range[end] === null || bound(range[end]),
					),
			),
		'is not a JSON array of {"name", "value_min", "value_max"}',
	);
	return list;
};

const COMMON = {
	location_geopoint: geopoint,
	location_distance: number,
	summary_keywords: textList,
	text_keywords: textList,
	skills: entities,
	languages: entities,
	tags_included: tagGroups,
	tags_excluded: tagGroups,
	created_at_min: date,
	created_at_max: date,
};
// Durations: plural in HrFlow's docs and SDK, singular in Microsoft's connector (unconfirmed which): both.
const DURATIONS = ['experiences', 'educations', 'experience', 'education'].flatMap((what) => [
	`${what}_duration_min`,
	`${what}_duration_max`,
]);
const FILTERS = {
	profiles: {
		...COMMON,
		name: text,
		email: text,
		experience_keywords: textList,
		education_keywords: textList,
		experience_location_geopoint: geopoint,
		experience_location_distance: number,
		education_location_geopoint: geopoint,
		education_location_distance: number,
		interests: entities,
		...Object.fromEntries(DURATIONS.map((name) => [name, number])),
	},
	jobs: {
		...COMMON,
		// `names` (a JSON array of titles) is the documented one; `name` is what the 2020 Python example sends.
		names: textList,
		name: text,
		ranges_float: ranges(isNumber),
		ranges_date: ranges((value) => typeof value === 'string' && !Number.isNaN(Date.parse(value))),
	},
};

/** The filters of a query, parsed: `{ filters }`, or `{ error }` as HrFlow words it. */
function searchFilters(kind, query) {
	const filters = {};
	for (const [name, parse] of Object.entries(FILTERS[kind])) {
		if (query[name] === undefined) continue;
		try {
			filters[name] = parse(query[name][0]);
		} catch (error) {
			return { error: `Invalid parameters: ${name} ${error.message}` };
		}
	}
	return { filters };
}

const lower = (value) => String(value ?? '').toLowerCase();
const words = (...values) => values.flat().filter(Boolean).map(lower).join(' ');
const allIn = (keywords, haystack) =>
	(keywords ?? []).every((keyword) => haystack.includes(lower(keyword)));
const hasTag = (record, tag) =>
	(record.tags ?? []).some(
		(own) =>
			own.name === tag.name &&
			(tag.value === undefined || tag.value === null || lower(own.value) === lower(tag.value)),
	);

/**
 * Whether the record's list (skills, languages, interests) holds every entry asked: same name (any
 * case), and the same value when one is asked (null asks for none in particular).
 */
const hasAll = (own, asked) =>
	(asked ?? []).every((entry) =>
		(own ?? []).some(
			(mine) =>
				lower(mine.name ?? mine) === lower(entry.name) &&
				(entry.value === undefined ||
					entry.value === null ||
					lower(mine.value) === lower(entry.value)),
		),
	);

/** Within `km` of `point` (a record without coordinates is not). */
const near = (point, km, location) =>
	!point || km === undefined || distance(point, { location: location ?? {} }) <= km;

/** A record's range of that name meets the range asked (an open end meets anything). */
const meetsRanges = (own, asked, value) =>
	(asked ?? []).every((range) =>
		(own ?? []).some(
			(mine) =>
				mine.name === range.name &&
				(range.value_min === undefined ||
					range.value_min === null ||
					value(mine.value_max ?? mine.value_min) >= value(range.value_min)) &&
				(range.value_max === undefined ||
					range.value_max === null ||
					value(mine.value_min ?? mine.value_max) <= value(range.value_max)),
		),
	);

/** Years of experience or education between the min and max asked (either name, see DURATIONS). */
function withinYears(record, filters, what) {
	const years = Number(record[`${what}s_duration`] ?? 0);
	const min = filters[`${what}s_duration_min`] ?? filters[`${what}_duration_min`];
	const max = filters[`${what}s_duration_max`] ?? filters[`${what}_duration_max`];
	return (min === undefined || years >= min) && (max === undefined || years <= max);
}

/** Whether a profile or job passes every filter given. */
function matches(record, filters) {
	const { info = {} } = record;
	const titles = [...(record.experiences ?? []), ...(record.educations ?? [])];
	const skills = (record.skills ?? []).map((skill) => skill.name ?? skill);
	const f = filters;
	return (
		near(f.location_geopoint, f.location_distance, info.location ?? record.location) &&
		(!f.experience_location_geopoint ||
			(record.experiences ?? []).some((entry) =>
				near(f.experience_location_geopoint, f.experience_location_distance, entry.location),
			)) &&
		(!f.education_location_geopoint ||
			(record.educations ?? []).some((entry) =>
				near(f.education_location_geopoint, f.education_location_distance, entry.location),
			)) &&
		withinYears(record, f, 'experience') &&
		withinYears(record, f, 'education') &&
		hasAll(record.skills, f.skills) &&
		hasAll(record.languages, f.languages) &&
		hasAll(record.interests, f.interests) &&
		meetsRanges(record.ranges_float, f.ranges_float, Number) &&
		meetsRanges(record.ranges_date, f.ranges_date, Date.parse) &&
		(!f.name || lower(info.full_name ?? record.name).includes(lower(f.name))) &&
		(!f.names || f.names.some((name) => lower(record.name).includes(lower(name)))) &&
		(!f.email || lower(info.email) === lower(f.email)) &&
		allIn(
			f.text_keywords,
			words(
				record.name,
				info.full_name,
				info.summary,
				record.summary,
				record.text,
				skills,
				titles.map((entry) => [entry.title, entry.description]),
			),
		) &&
		allIn(f.summary_keywords, words(info.summary, record.summary)) &&
		allIn(
			f.experience_keywords,
			words(
				(record.experiences ?? []).map((entry) => [entry.title, entry.company, entry.description]),
			),
		) &&
		allIn(
			f.education_keywords,
			words(
				(record.educations ?? []).map((entry) => [entry.title, entry.school, entry.description]),
			),
		) &&
		(f.tags_included ?? []).every((group) => group.some((tag) => hasTag(record, tag))) &&
		!(f.tags_excluded ?? []).some((group) => group.some((tag) => hasTag(record, tag))) &&
		(!f.created_at_min || Date.parse(record.created_at) >= Date.parse(f.created_at_min)) &&
		(!f.created_at_max || Date.parse(record.created_at) <= Date.parse(f.created_at_max))
	);
}

/**
 * A profile's stage. HrFlow keeps it in the profile's labels, one per job it was rated for
 * (`{board_key, job_key, job_reference, stage, ...}`): for a job, the stage of that job's label;
 * for a search (no job), any of its labels' stages. A profile without a label (for that job) is
 * `new`. The strictest reading of HrFlow's docs ("default value is 'new'" on profile scoring and
 * searching): without `stage`, only `new` profiles are answered, so a profile rated yes, later or no
 * disappears from the default results. Job scoring filters by the profile's stage for each job
 * only when `stage` is given (its docs give no default).
 */
function stagesOf(profile, job) {
	const labels = (profile.labels ?? []).filter(
		(label) =>
			!job ||
			label.job_key === job.key ||
			(label.job_reference && label.job_reference === job.reference),
	);
	return labels.length ? labels.map((label) => label.stage) : ['new'];
}

// HrFlow's SDK validates sort_by against these.
const SORT_BY = [
	'created_at',
	'updated_at',
	'location',
	'location_experience',
	'location_education',
	'searching',
	'scoring',
];

/**
 * Orders `entries` ({ record, score? }, in relevance order) by `sort_by` (default created_at, as
 * HrFlow's SDK and docs) and `order_by` (default desc): scoring by score, dates by date, ties in
 * relevance order. `searching` is the relevance order; the location sorts are the distance to
 * location_geopoint (desc: the nearest first; records without coordinates last), the relevance
 * order without one.
 * Answers { entries } or { error }.
 */
function sortEntries(entries, query) {
	const sortBy = query.sort_by?.[0] ?? 'created_at';
	const orderBy = query.order_by?.[0] ?? 'desc';
	if (!SORT_BY.includes(sortBy))
		return { error: `Invalid parameters: sort_by must be one of ${SORT_BY.join(', ')}` };
	if (!['asc', 'desc'].includes(orderBy))
		return { error: 'Invalid parameters: order_by is asc or desc' };
	const point = query.location_geopoint ? JSON.parse(query.location_geopoint[0]) : undefined;
	const key =
		{
			scoring: (entry) => entry.score ?? 0,
			created_at: (entry) => Date.parse(entry.record.created_at),
			updated_at: (entry) => Date.parse(entry.record.updated_at),
		}[sortBy] ??
		(sortBy.startsWith('location') && point
			? (entry) => -distance(point, entry.record)
			: undefined);
	const indexed = entries.map((entry, index) => ({ ...entry, index }));
	if (!key) return { entries: orderBy === 'asc' ? indexed.reverse() : indexed };
	const sign = orderBy === 'desc' ? -1 : 1;
	// NaN (no date, no coordinates) sorts last either way.
	const value = (entry) => (Number.isNaN(key(entry)) ? Infinity * sign : key(entry));
	return { entries: indexed.sort((a, b) => sign * (value(a) - value(b)) || a.index - b.index) };
}

/** Kilometres between a geopoint and a record's location (NaN without coordinates). */
function distance(point, record) {
	const location = record.info?.location ?? record.location ?? {};
	if (!isNumber(location.lat) || !isNumber(location.lng)) return NaN;
	const rad = (degrees) => (degrees * Math.PI) / 180;
	const [lat1, lat2] = [rad(point.lat), rad(location.lat)];
	const dLng = rad(location.lng - (point.lng ?? point.lon));
	const a =
		Math.sin((lat2 - lat1) / 2) ** 2 + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLng / 2) ** 2;
	return 12742 * Math.asin(Math.sqrt(a));
}

/** The filters a side takes. */
const filterNames = (kind) => Object.keys(FILTERS[kind]);

module.exports = { searchFilters, filterNames, matches, stagesOf, sortEntries, SORT_BY };
