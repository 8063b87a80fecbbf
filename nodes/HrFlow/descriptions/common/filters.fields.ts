// The filters of Search and Score (entries of their Options), for profiles and jobs: each entry is
// defined once here, so that every operation offering it shows the same definition and the Options
// collections merge entry by entry (common/node.ts). What each sends: records/filters.ts.

import type { INodeProperties } from 'n8n-workflow';

/** A keyword list: text, comma-separated, or a list from an expression. */
const keywordsIn = (displayName: string, name: string, where: string): INodeProperties => ({
	displayName,
	name,
	type: 'string',
	default: '',
	placeholder: 'e.g. python, kafka',
	description: `Words that must all be found in ${where}, comma-separated (or a list from an expression)`,
});

export const summaryKeywords = keywordsIn('Summary Keywords', 'summaryKeywords', 'the summary');
export const experienceKeywords = keywordsIn(
	'Experience Keywords',
	'experienceKeywords',
	'the experiences (titles, companies, descriptions)',
);
export const educationKeywords = keywordsIn(
	'Education Keywords',
	'educationKeywords',
	'the educations (titles, schools, descriptions)',
);

export const location: INodeProperties = {
	displayName: 'Location',
	name: 'location',
	type: 'fixedCollection',
	default: {},
	placeholder: 'Add point and distance',
	description: 'Only those located within a distance of a point (latitude and longitude)',
	options: [
		{
			displayName: 'Around',
			name: 'point',
			values: [
				{
					displayName: 'Latitude',
					name: 'latitude',
					type: 'number',
					default: 0,
					typeOptions: { minValue: -90, maxValue: 90, numberPrecision: 6 },
					description: 'Latitude of the point, in degrees from -90 to 90 (e.g. 45.764 for Lyon)',
				},
				{
					displayName: 'Longitude',
					name: 'longitude',
					type: 'number',
					default: 0,
					typeOptions: { minValue: -180, maxValue: 180, numberPrecision: 6 },
					description: 'Longitude of the point, in degrees from -180 to 180 (e.g. 4.836 for Lyon)',
				},
				{
					displayName: 'Distance (Km)',
					name: 'distance',
					type: 'number',
					default: 50,
					typeOptions: { minValue: 1 },
					description: 'The radius around the point, in kilometres',
				},
			],
		},
	],
};

/** Years of experience or education (profiles), whole numbers. */
const years = (
	displayName: string,
	name: string,
	defaultValue: number,
	description: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: defaultValue,
	typeOptions: { minValue: 0 },
	description,
});

export const minExperienceYears = years(
	'Min Years of Experience',
	'minExperienceYears',
	2,
	'Only profiles with at least this many years of experience in all (a whole number)',
);
export const maxExperienceYears = years(
	'Max Years of Experience',
	'maxExperienceYears',
	10,
	'Only profiles with at most this many years of experience in all (a whole number)',
);
export const minEducationYears = years(
	'Min Years of Education',
	'minEducationYears',
	3,
	'Only profiles with at least this many years of education in all (a whole number)',
);
export const maxEducationYears = years(
	'Max Years of Education',
	'maxEducationYears',
	5,
	'Only profiles with at most this many years of education in all (a whole number)',
);

/** Skills, languages, interests, tags: a list of names, each with an optional value. */
function namedList(
	displayName: string,
	name: string,
	entry: string,
	description: string,
	value: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: `Add ${entry}`,
		description,
		options: [
			{
				displayName: entry[0].toUpperCase() + entry.slice(1),
				name: entry,
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: `e.g. ${{ skill: 'Python', language: 'English', interest: 'Chess', tag: 'channel' }[entry]}`,
						description: `The ${entry}'s name`,
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: value,
					},
				],
			},
		],
	};
}

export const skills = namedList(
	'Skills',
	'skills',
	'skill',
	'Only those with these skills (a list of { name, value } from an expression also works)',
	"The skill's value as HrFlow stores it (e.g. a level); leave empty for any (sent as null)",
);
export const languages = namedList(
	'Languages',
	'languages',
	'language',
	'Only those with these languages (a list of { name, value } from an expression also works)',
	"The language's value as HrFlow stores it (e.g. fluent); leave empty for any (sent as null)",
);
export const interests = namedList(
	'Interests',
	'interests',
	'interest',
	'Only profiles with these interests (a list of { name, value } from an expression also works)',
	"The interest's value as HrFlow stores it; leave empty for any (sent as null)",
);
export const tagsIncluded = namedList(
	'Tags Included',
	'tagsIncluded',
	'tag',
	'Only those with these tags: tags of one name match any of their values, tags of different names must all match',
	"The tag's value (an expression may give a number or a boolean); empty is sent as null",
);
export const tagsExcluded = namedList(
	'Tags Excluded',
	'tagsExcluded',
	'tag',
	'Leave out those with any of these tags',
	"The tag's value (an expression may give a number or a boolean); empty is sent as null",
);

/** Number or date ranges of jobs (HrFlow's ranges_float, ranges_date): a name, one or both ends. */
function rangeList(of: 'number' | 'date'): INodeProperties {
	const numbers = of === 'number';
	const end = (displayName: string, name: string, description: string): INodeProperties =>
		numbers
			? { displayName, name, type: 'string', default: '', placeholder: 'e.g. 40000', description }
			: { displayName, name, type: 'dateTime', default: '', description };
	return {
		displayName: numbers ? 'Number Ranges' : 'Date Ranges',
		name: numbers ? 'numberRanges' : 'dateRanges',
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: 'Add range',
		description: numbers
			? "Only jobs whose number range of that name (e.g. salary) meets these bounds (HrFlow's ranges_float)"
			: "Only jobs whose date range of that name (e.g. start) meets these bounds (HrFlow's ranges_date)",
		options: [
			{
				displayName: 'Range',
				name: 'range',
				values: [
					{
						displayName: 'Name',
						name: 'name',
						type: 'string',
						default: '',
						placeholder: numbers ? 'e.g. salary' : 'e.g. start',
						description: "The range's name, as the jobs store it",
					},
					end(numbers ? 'Min' : 'From', 'min', 'The lower bound; leave empty for none'),
					end(numbers ? 'Max' : 'To', 'max', 'The upper bound; leave empty for none'),
				],
			},
		],
	};
}

export const numberRanges = rangeList('number');
export const dateRanges = rangeList('date');

/** Options in the order n8n lists them: by display name. */
export const byDisplayName = (options: INodeProperties[]): INodeProperties[] =>
	[...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
