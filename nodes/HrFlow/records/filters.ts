// The filters of Search and Score, for each side, as HrFlow's searching and scoring take them
// (../shared/hrflow-api-contract.md §9b, §9c): every list or object as JSON text in the query,
// each sent only when the user set it. The other side's options, which a workflow may still hold
// (Job › Search offered Email and Stage once), are left out rather than sent.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { around, namedValues, numberIn, ranges, tagGroups } from '../parameters/filters';
import { isoDate } from '../parameters/hrjson';
import { readStage } from '../parameters/questions';
import { requiredText, textList } from '../parameters/values';

/** Options of Search and Score, as the node names them (the values as n8n gives them). */
export interface FilterOptions {
	keywords?: unknown;
	summaryKeywords?: unknown;
	experienceKeywords?: unknown;
	educationKeywords?: unknown;
	name?: unknown;
	email?: unknown;
	createdAfter?: unknown;
	createdBefore?: unknown;
	stage?: unknown;
	location?: unknown;
	minExperienceYears?: unknown;
	maxExperienceYears?: unknown;
	minEducationYears?: unknown;
	maxEducationYears?: unknown;
	skills?: unknown;
	languages?: unknown;
	interests?: unknown;
	tagsIncluded?: unknown;
	tagsExcluded?: unknown;
	numberRanges?: unknown;
	dateRanges?: unknown;
}

// Keyword lists: the option, HrFlow's name, the display name, the sides that take it.
const KEYWORDS: Array<[keyof FilterOptions, string, string, 'both' | 'profiles']> = [
	['keywords', 'text_keywords', 'Keywords', 'both'],
	['summaryKeywords', 'summary_keywords', 'Summary Keywords', 'both'],
	['experienceKeywords', 'experience_keywords', 'Experience Keywords', 'profiles'],
	['educationKeywords', 'education_keywords', 'Education Keywords', 'profiles'],
];

// Years of experience and education (profiles): HrFlow's plural names, as its API reference (2020),
// its SDK (trackings, ratings) and its connectors write them; Microsoft's connector writes them
// singular (experience_duration_min): unconfirmed which the API honours today.
const YEARS: Array<[keyof FilterOptions, string, string]> = [
	['minExperienceYears', 'experiences_duration_min', 'Min Years of Experience'],
	['maxExperienceYears', 'experiences_duration_max', 'Max Years of Experience'],
	['minEducationYears', 'educations_duration_min', 'Min Years of Education'],
	['maxEducationYears', 'educations_duration_max', 'Max Years of Education'],
];

/**
 * The filters of Options for profiles or jobs, named as HrFlow names them. Stage is a profile
 * filter (Job › Score reads its own); Job › Search's Name goes as `names`, a JSON array of titles.
 */
export function matchingFilters(
	context: IExecuteSingleFunctions,
	options: FilterOptions,
	records: 'profiles' | 'jobs',
): IDataObject {
	const profiles = records === 'profiles';
	const filters: IDataObject = {};
	const json = (name: string, value: unknown[] | object | undefined) => {
		if (value !== undefined && (!Array.isArray(value) || value.length))
			filters[name] = JSON.stringify(value);
	};
	for (const [option, name, label, sides] of KEYWORDS) {
		if (sides === 'both' || profiles) json(name, textList(context, options[option], label));
	}
	if (profiles) {
		const name = text(context, options.name, 'Name');
		if (name) filters.name = name;
		const email = text(context, options.email, 'Email');
		if (email) filters.email = email;
	} else {
		json('names', jobNames(context, options.name));
	}
	const after = isoDate(context, options.createdAfter, 'Created After');
	if (after) filters.created_at_min = after;
	const before = isoDate(context, options.createdBefore, 'Created Before');
	if (before) filters.created_at_max = before;
	const stage = profiles ? readStage(context, options.stage) : undefined;
	if (stage) filters.stage = stage;
	const location = around(context, options.location, 'Location');
	if (location) {
		filters.location_geopoint = JSON.stringify({ lat: location.lat, lng: location.lng });
		filters.location_distance = location.distance;
	}
	if (profiles) {
		for (const [option, name, label] of YEARS) {
			const years = numberIn(context, options[option], label, { min: 0, whole: true });
			if (years !== undefined) filters[name] = years;
		}
	}
	json('skills', namedValues(context, options.skills, 'Skills', 'skill'));
	json('languages', namedValues(context, options.languages, 'Languages', 'language'));
	if (profiles) json('interests', namedValues(context, options.interests, 'Interests', 'interest'));
	json('tags_included', tagGroups(context, options.tagsIncluded, 'Tags Included', 'included'));
	json('tags_excluded', tagGroups(context, options.tagsExcluded, 'Tags Excluded', 'excluded'));
	if (!profiles) {
		json('ranges_float', ranges(context, options.numberRanges, 'Number Ranges', 'number'));
		json('ranges_date', ranges(context, options.dateRanges, 'Date Ranges', 'date'));
	}
	return filters;
}

/** An optional text option, trimmed: unset or '' is none; blank, null or not text names the field. */
const text = (context: IExecuteSingleFunctions, value: unknown, label: string) =>
	value === undefined || value === '' ? undefined : requiredText(context, value, label).trim();

/** Job › Search and Score's Name: one title, or a list of titles from an expression. */
function jobNames(context: IExecuteSingleFunctions, value: unknown): string[] {
	if (Array.isArray(value)) return textList(context, value, 'Name');
	const name = text(context, value, 'Name');
	return name ? [name] : [];
}
