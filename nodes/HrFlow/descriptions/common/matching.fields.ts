// Fields of scoring, searching and asking, for profiles and jobs alike.

import type { INodeProperties } from 'n8n-workflow';

import {
	byDisplayName,
	dateRanges,
	educationKeywords,
	experienceKeywords,
	interests,
	languages,
	location,
	maxEducationYears,
	maxExperienceYears,
	minEducationYears,
	minExperienceYears,
	numberRanges,
	skills,
	summaryKeywords,
	tagsExcluded,
	tagsIncluded,
} from './filters.fields';

export const algorithmKeyField: INodeProperties = {
	displayName: 'Algorithm Key',
	name: 'algorithmKey',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 0a1b2c3d4e5f60718293a4b5c6d7e8f901234567',
	hint: 'The key of a scoring algorithm of your HrFlow account (HrFlow app › AI Studio; called an agent before 2022)',
	description: 'The HrFlow scoring algorithm that ranks them',
};

const stage: INodeProperties = {
	displayName: 'Stage',
	name: 'stage',
	type: 'options',
	default: 'new',
	description: 'Only those at this stage of your process in HrFlow',
	options: [
		{ name: 'Later', value: 'later' },
		{ name: 'New', value: 'new' },
		{ name: 'No', value: 'no' },
		{ name: 'Yes', value: 'yes' },
	],
};

const sortBy: INodeProperties = {
	displayName: 'Sort By',
	name: 'sortBy',
	type: 'options',
	default: 'scoring',
	description: 'The order of the results: best score first, or newest first',
	options: [
		{ name: 'Created At', value: 'created_at' },
		{ name: 'Score', value: 'scoring' },
		{ name: 'Updated At', value: 'updated_at' },
	],
};

/** The filters both sides take: keywords, name, dates, location, skills, languages, tags. */
const commonFilters: INodeProperties[] = [
	{ displayName: 'Created After', name: 'createdAfter', type: 'dateTime', default: '' },
	{ displayName: 'Created Before', name: 'createdBefore', type: 'dateTime', default: '' },
	{
		displayName: 'Keywords',
		name: 'keywords',
		type: 'string',
		default: '',
		placeholder: 'e.g. python, data engineer',
		description: 'Words that must all be found, comma-separated (or a list from an expression)',
	},
	languages,
	location,
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Only those whose name contains this',
	},
	skills,
	summaryKeywords,
	tagsExcluded,
	tagsIncluded,
];

/** The filters of profiles (Profile › Search, Score Profiles for a Job). */
const profileFilters: INodeProperties[] = [
	...commonFilters,
	educationKeywords,
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		default: '',
		description: 'Only the profile with this email',
	},
	experienceKeywords,
	interests,
	maxEducationYears,
	maxExperienceYears,
	minEducationYears,
	minExperienceYears,
	stage,
];

/** The filters of jobs (Job › Search, Score Jobs for a Profile). */
const jobFilters: INodeProperties[] = [...commonFilters, dateRanges, numberRanges];

/** Options of Profile › Search: the profile filters. */
export const searchOptions: INodeProperties[] = byDisplayName(profileFilters);

/** Options of Job › Search: the job filters (Email and Stage are profile filters). */
export const jobSearchOptions: INodeProperties[] = byDisplayName(jobFilters);

/** Options of Profile › Score Profiles for a Job: Sort By (best score first) and the profile filters. */
export const profileScoringOptions: INodeProperties[] = byDisplayName([...profileFilters, sortBy]);

/** Options of Job › Score Jobs for a Profile: Sort By, Stage (the profile's, per job) and the job filters. */
export const jobScoringOptions: INodeProperties[] = byDisplayName([...jobFilters, sortBy, stage]);

export const questionsField: INodeProperties = {
	displayName: 'Questions',
	name: 'questions',
	type: 'string',
	typeOptions: { multipleValues: true, multipleValueButtonText: 'Add Question' },
	required: true,
	default: [],
	placeholder: "e.g. What is the candidate's notice period?",
	description:
		'The questions to ask, in plain words. Each is one request to HrFlow; the answers come back paired with their question.',
};
