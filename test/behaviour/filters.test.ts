// The filters of Search and Score, both sides (Profile › Search and Score Profiles for a Job; Job ›
// Search and Score Jobs for a Profile), through n8n's engine against the emulator, which applies
// each one: for every filter, what goes on the wire (the exact query: nothing unset is sent), that
// HrFlow's results change, and bad input named before any request.

import type { IDataObject } from 'n8n-workflow';

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { dataEngineer } from '../harness/matching';

const hrflow = useHrFlow();
const SOURCE = sample.OTHER_SOURCE_KEY;
const BOARD = sample.BOARD_KEY;
const lyon = { text: 'Lyon, France', lat: 45.764, lng: 4.8357 };
const paris = { text: 'Paris, France', lat: 48.8566, lng: 2.3522 };

/** Three candidates and three jobs with every part a filter reads, indexed as HrFlow's SDK would. */
const profiles = [
	{
		reference: 'ada',
		info: {
			full_name: 'Ada Lovelace',
			email: 'ada@example.com',
			summary: 'Streaming data engineer',
			location: lyon,
		},
		skills: ['Python', 'Kafka'].map((name) => ({ name, type: 'hard', value: null })),
		languages: [
			{ name: 'English', value: 'fluent' },
			{ name: 'French', value: 'native' },
		],
		interests: [{ name: 'Chess', value: null }],
		experiences: [{ title: 'Data engineer', company: 'Acme', description: 'Kafka pipelines' }],
		educations: [{ title: 'MSc Data', school: 'INSA' }],
		experiences_duration: 6,
		educations_duration: 2,
		tags: [
			{ name: 'channel', value: 'referral' },
			{ name: 'team', value: 'data' },
		],
	},
	{
		reference: 'bo',
		info: {
			full_name: 'Bo Chen',
			email: 'bo@example.com',
			summary: 'Product designer',
			location: paris,
		},
		skills: [{ name: 'Figma', type: 'hard', value: null }],
		languages: [{ name: 'English', value: 'basic' }],
		interests: [{ name: 'Golf', value: null }],
		experiences: [{ title: 'Designer', company: 'Studio', description: 'Design systems' }],
		educations: [{ title: 'BA Design', school: 'ENSAD' }],
		experiences_duration: 2,
		educations_duration: 3,
		tags: [{ name: 'channel', value: 'agency' }],
	},
	{
		reference: 'cy',
		info: { full_name: 'Cy Park', email: 'cy@example.com', summary: 'Backend developer' },
		skills: [
			{ name: 'Python', type: 'hard', value: '1' },
			{ name: 'SQL', type: 'hard', value: null },
		],
		languages: [{ name: 'German', value: 'fluent' }],
		experiences: [{ title: 'Developer', company: 'Bank', description: 'APIs' }],
		experiences_duration: 12,
		educations_duration: 5,
		tags: [
			{ name: 'channel', value: 'agency' },
			{ name: 'team', value: 'data' },
		],
	},
];
const jobs = [
	{
		reference: 'de',
		name: 'Data Engineer',
		summary: 'Streaming pipelines',
		location: lyon,
		skills: ['Kafka', 'Python'].map((name) => ({ name, type: 'hard', value: null })),
		languages: [{ name: 'French', value: 'fluent' }],
		tags: [{ name: 'contract', value: 'permanent' }],
		ranges_float: [{ name: 'salary', value_min: 45000, value_max: 55000, unit: 'EUR' }],
		ranges_date: [
			{
				name: 'start',
				value_min: '2026-11-15T00:00:00.000Z',
				value_max: '2026-12-31T00:00:00.000Z',
			},
		],
	},
	{
		reference: 'ds',
		name: 'Designer',
		summary: 'Design the recruiter workspace',
		location: paris,
		skills: [{ name: 'Figma', type: 'hard', value: null }],
		languages: [{ name: 'English', value: 'fluent' }],
		tags: [{ name: 'contract', value: 'freelance' }],
		ranges_float: [{ name: 'salary', value_min: 30000, value_max: 40000, unit: 'EUR' }],
		ranges_date: [{ name: 'start', value_min: '2027-01-01T00:00:00.000Z', value_max: null }],
	},
	{
		reference: 'an',
		name: 'Analyst',
		summary: 'Reporting',
		location: { text: 'Remote', lat: null, lng: null },
		skills: [{ name: 'SQL', type: 'hard', value: null }],
		tags: [{ name: 'contract', value: 'permanent' }],
	},
];

beforeEach(async () => {
	const index = async (path: string, body: IDataObject) => {
		const response = await fetch(`${hrflow.emulator.url}${path}`, {
			method: 'POST',
			headers: {
				'X-API-KEY': sample.API_KEYS.readWrite,
				'X-USER-EMAIL': sample.USER_EMAIL,
				'Content-Type': 'application/json',
			},
			body: JSON.stringify(body),
		});
		expect(response.status).toBe(201);
	};
	for (const profile of profiles)
		await index('/profile/indexing', { ...profile, source_key: SOURCE });
	for (const job of jobs) await index('/job/indexing', { ...job, board_key: BOARD });
	hrflow.emulator.requests.length = 0;
});

type Operation = 'profile search' | 'profile score' | 'job search' | 'job score';

/** Each operation's parameters (the given Options), and the query it sends without any filter. */
const operations: Record<Operation, { parameters: IDataObject; query: Record<string, string> }> = {
	'profile search': {
		parameters: { resource: 'profile', operation: 'search', sources: [SOURCE], limit: 50 },
		query: { source_keys: JSON.stringify([SOURCE]), page: '1', limit: '50' },
	},
	'profile score': {
		parameters: {
			resource: 'profile',
			operation: 'score',
			sources: [SOURCE],
			board: { __rl: true, mode: 'id', value: sample.ENGINEERING_BOARD_KEY },
			jobIdentifierType: 'key',
			jobKey: dataEngineer.key,
			algorithmKey: 'algo',
			limit: 50,
		},
		query: {
			source_keys: JSON.stringify([SOURCE]),
			board_key: sample.ENGINEERING_BOARD_KEY,
			job_key: dataEngineer.key as string,
			algorithm_key: 'algo',
			use_algorithm: '1',
			sort_by: 'scoring',
			page: '1',
			limit: '50',
		},
	},
	'job search': {
		parameters: { resource: 'job', operation: 'search', boards: [BOARD], limit: 50 },
		query: { board_keys: JSON.stringify([BOARD]), page: '1', limit: '50' },
	},
	'job score': {
		parameters: {
			resource: 'job',
			operation: 'score',
			boards: [BOARD],
			source: { __rl: true, mode: 'id', value: sample.SOURCE_KEY },
			identifierType: 'key',
			profileKey: jane.key,
			algorithmKey: 'algo',
			limit: 50,
		},
		query: {
			board_keys: JSON.stringify([BOARD]),
			source_key: sample.SOURCE_KEY,
			profile_key: jane.key,
			algorithm_key: 'algo',
			use_algorithm: '1',
			sort_by: 'scoring',
			page: '1',
			limit: '50',
		},
	},
};

async function run(operation: Operation, options: IDataObject, input: IDataObject[] = [{}]) {
	const { parameters } = operations[operation];
	return await hrflow.run({ ...parameters, options }, input);
}

const profileCases: Array<[string, IDataObject, Record<string, string>, string[]]> = [
	[
		'Location: a point and a distance in km',
		{ location: { point: { latitude: 45.76, longitude: 4.83, distance: 50 } } },
		{ location_geopoint: '{"lat":45.76,"lng":4.83}', location_distance: '50' },
		['ada'],
	],
	[
		'Location from expressions, numbers as text',
		{
			location: {
				point: { latitude: '={{ "48.85" }}', longitude: '={{ 2.35 }}', distance: '={{ "20" }}' },
			},
		},
		{ location_geopoint: '{"lat":48.85,"lng":2.35}', location_distance: '20' },
		['bo'],
	],
	[
		'Summary Keywords',
		{ summaryKeywords: 'designer' },
		{ summary_keywords: '["designer"]' },
		['bo'],
	],
	[
		'Experience Keywords, comma-separated',
		{ experienceKeywords: 'acme, kafka' },
		{ experience_keywords: '["acme","kafka"]' },
		['ada'],
	],
	[
		'Education Keywords from an expression list',
		{ educationKeywords: '={{ ["ENSAD"] }}' },
		{ education_keywords: '["ENSAD"]' },
		['bo'],
	],
	[
		'Min Years of Experience (plural experiences_duration_min)',
		{ minExperienceYears: 5 },
		{ experiences_duration_min: '5' },
		['ada', 'cy'],
	],
	[
		'Max Years of Experience as text from an expression',
		{ maxExperienceYears: '={{ "3" }}' },
		{ experiences_duration_max: '3' },
		['bo'],
	],
	[
		'Min and Max Years of Education',
		{ minEducationYears: 3, maxEducationYears: 4 },
		{ educations_duration_min: '3', educations_duration_max: '4' },
		['bo'],
	],
	[
		'Skills, a value left empty is null',
		{ skills: { skill: [{ name: 'Python', value: '' }] } },
		{ skills: '[{"name":"Python","value":null}]' },
		['ada', 'cy'],
	],
	[
		'Languages with a value',
		{ languages: { language: [{ name: 'English', value: 'fluent' }] } },
		{ languages: '[{"name":"English","value":"fluent"}]' },
		['ada'],
	],
	[
		'Interests, the name from an expression',
		{ interests: { interest: [{ name: '={{ "golf" }}', value: '' }] } },
		{ interests: '[{"name":"golf","value":null}]' },
		['bo'],
	],
	[
		'Skills: a value from an expression keeps its type (a number stays a number)',
		{ skills: { skill: [{ name: 'Python', value: '={{ 1 }}' }] } },
		{ skills: '[{"name":"Python","value":1}]' },
		['cy'],
	],
	[
		'Tags Included: one group per name (any of its values), the groups all required',
		{
			tagsIncluded: {
				tag: [
					{ name: 'channel', value: 'agency' },
					{ name: 'team', value: 'data' },
					{ name: 'channel', value: 'referral' },
				],
			},
		},
		{
			tags_included:
				'[[{"name":"channel","value":"agency"},{"name":"channel","value":"referral"}],[{"name":"team","value":"data"}]]',
		},
		['ada', 'cy'],
	],
	[
		'Tags Included: two names, both required',
		{
			tagsIncluded: {
				tag: [
					{ name: 'channel', value: 'agency' },
					{ name: 'team', value: '={{ "data" }}' },
				],
			},
		},
		{
			tags_included: '[[{"name":"channel","value":"agency"}],[{"name":"team","value":"data"}]]',
		},
		['cy'],
	],
	[
		'Tags Excluded: one group, a profile with any of them left out',
		{
			tagsExcluded: {
				tag: [
					{ name: 'team', value: 'data' },
					{ name: 'channel', value: 'referral' },
				],
			},
		},
		{ tags_excluded: '[[{"name":"team","value":"data"},{"name":"channel","value":"referral"}]]' },
		['bo'],
	],
	['Name', { name: 'Bo' }, { name: 'Bo' }, ['bo']],
	['Email', { email: 'CY@example.com' }, { email: 'CY@example.com' }, ['cy']],
];

const jobCases: Array<[string, IDataObject, Record<string, string>, string[]]> = [
	['Name: sent as names, a JSON array', { name: 'engineer' }, { names: '["engineer"]' }, ['de']],
	[
		'Name from an expression list: any of the titles',
		{ name: '={{ ["designer", "analyst"] }}' },
		{ names: '["designer","analyst"]' },
		['an', 'ds'],
	],
	[
		'Location',
		{ location: { point: { latitude: 48.86, longitude: 2.35, distance: 10 } } },
		{ location_geopoint: '{"lat":48.86,"lng":2.35}', location_distance: '10' },
		['ds'],
	],
	[
		'Summary Keywords and Keywords',
		{ summaryKeywords: 'pipelines', keywords: 'kafka' },
		{ summary_keywords: '["pipelines"]', text_keywords: '["kafka"]' },
		['de'],
	],
	[
		'Skills',
		{ skills: { skill: [{ name: 'Figma', value: '' }] } },
		{ skills: '[{"name":"Figma","value":null}]' },
		['ds'],
	],
	[
		'Languages',
		{ languages: { language: [{ name: 'French', value: '' }] } },
		{ languages: '[{"name":"French","value":null}]' },
		['de'],
	],
	[
		'Number Ranges: an open end is null, numbers from text',
		{ numberRanges: { range: [{ name: 'salary', min: '42000', max: '' }] } },
		{ ranges_float: '[{"name":"salary","value_min":42000,"value_max":null}]' },
		['de'],
	],
	[
		'Date Ranges: dates as ISO instants',
		{ dateRanges: { range: [{ name: 'start', min: '', max: '2026-12-01T01:00:00+01:00' }] } },
		{ ranges_date: '[{"name":"start","value_min":null,"value_max":"2026-12-01T00:00:00.000Z"}]' },
		['de'],
	],
	[
		'Tags Included',
		{ tagsIncluded: { tag: [{ name: 'contract', value: 'permanent' }] } },
		{ tags_included: '[[{"name":"contract","value":"permanent"}]]' },
		['an', 'de'],
	],
	[
		'Tags Excluded',
		{ tagsExcluded: { tag: [{ name: 'contract', value: 'permanent' }] } },
		{ tags_excluded: '[[{"name":"contract","value":"permanent"}]]' },
		['ds'],
	],
];

const references = (items: Array<{ json: IDataObject }>) =>
	items.map((item) => String(item.json.reference)).sort();

describe.each(['profile search', 'profile score'] as Operation[])('%s', (operation) => {
	test.each(profileCases)('%s', async (_case, options, wire, found) => {
		const all = await run(operation, {});
		expect(references(all.items)).toEqual(['ada', 'bo', 'cy']);
		hrflow.emulator.requests.length = 0;
		const { items, error } = await run(operation, options);
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map(queryOf)).toEqual([
			{ ...operations[operation].query, ...wire },
		]);
		expect(references(items)).toEqual(found);
	});
});

describe.each(['job search', 'job score'] as Operation[])('%s', (operation) => {
	test.each(jobCases)('%s', async (_case, options, wire, found) => {
		const all = await run(operation, {});
		expect(references(all.items)).toEqual(['an', 'de', 'ds']);
		hrflow.emulator.requests.length = 0;
		const { items, error } = await run(operation, options);
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map(queryOf)).toEqual([
			{ ...operations[operation].query, ...wire },
		]);
		expect(references(items)).toEqual(found);
	});
});

test.each(Object.keys(operations) as Operation[])(
	'%s: filters added but left empty are not sent',
	async (operation) => {
		const { error } = await run(operation, {
			keywords: '',
			summaryKeywords: '={{ [] }}',
			name: '',
			location: {},
			skills: {},
			languages: { language: [] },
			interests: {},
			tagsIncluded: { tag: [] },
			tagsExcluded: '={{ [] }}',
			numberRanges: {},
			dateRanges: { range: [] },
			experienceKeywords: '',
		});
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests.map(queryOf)).toEqual([operations[operation].query]);
	},
);

test('an expression set on a whole list option never reaches the node (n8n keeps only its groups): nothing sent, no error', async () => {
	const { error } = await run('profile search', {
		skills: '={{ [{ name: "Python", value: null }] }}',
		location: '={{ { latitude: 45.76, longitude: 4.83, distance: 10 } }}',
	});
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.map(queryOf)).toEqual([operations['profile search'].query]);
});

test("a job operation leaves out the profile filters a workflow may hold; a profile's, the job filters", async () => {
	const profileOnly = {
		email: 'ada@example.com',
		interests: { interest: [{ name: 'Chess', value: '' }] },
		minExperienceYears: 3,
		experienceKeywords: 'acme',
	};
	const jobOnly = { numberRanges: { range: [{ name: 'salary', min: '1', max: '' }] } };
	for (const operation of ['job search', 'job score'] as Operation[]) {
		hrflow.emulator.requests.length = 0;
		expect((await run(operation, profileOnly)).error).toBeUndefined();
		expect(hrflow.emulator.requests.map(queryOf)).toEqual([operations[operation].query]);
	}
	hrflow.emulator.requests.length = 0;
	expect((await run('profile search', jobOnly)).error).toBeUndefined();
	expect(hrflow.emulator.requests.map(queryOf)).toEqual([operations['profile search'].query]);
});

describe('bad input is named before any request', () => {
	test.each([
		[
			'profile search',
			{ location: { point: { latitude: 91, longitude: 4.8, distance: 10 } } },
			'Location › Latitude must be a number of at least -90 and at most 90, not 91',
		],
		[
			'job score',
			{ location: { point: { latitude: 45.7, longitude: 4.8, distance: '={{ "" }}' } } },
			'Location › Distance (Km) is empty',
		],
		[
			'profile score',
			{ location: { point: { latitude: '={{ "north" }}', longitude: 4.8, distance: 10 } } },
			'Location › Latitude must be a number of at least -90 and at most 90, not "north"',
		],
		[
			'profile search',
			{ location: { point: { latitude: 45, longitude: 4, distance: 0 } } },
			'Location › Distance (Km) must be a number above 0, not 0',
		],
		[
			'profile score',
			{ minExperienceYears: -1 },
			'Min Years of Experience must be a whole number of at least 0, not -1',
		],
		[
			'profile search',
			{ maxEducationYears: '={{ "two" }}' },
			'Max Years of Education must be a whole number of at least 0, not "two"',
		],
		[
			'profile search',
			{ maxExperienceYears: 2.5 },
			'Max Years of Experience must be a whole number of at least 0, not 2.5',
		],
		['job search', { skills: { skill: [{ name: ' ', value: 'x' }] } }, 'Skills 1 › Name is empty'],
		[
			'profile score',
			{ interests: { interest: [{ name: 'Chess', value: '={{ { level: 1 } }}' }] } },
			'Interests 1 › Value must be text, not an object',
		],
		[
			'job search',
			{ tagsIncluded: { tag: [{ name: '={{ null }}', value: 'permanent' }] } },
			'Tags Included 1 › Name is empty',
		],
		[
			'profile search',
			{ tagsExcluded: { tag: [{ name: 'team', value: '={{ ["data"] }}' }] } },
			'Tags Excluded 1 › Value must be text, not a list',
		],
		[
			'job score',
			{ numberRanges: { range: [{ name: 'salary', min: 'lots', max: '' }] } },
			'Number Ranges 1 › Min must be a number, not "lots"',
		],
		[
			'job search',
			{ numberRanges: { range: [{ name: 'salary', min: '', max: '' }] } },
			'Number Ranges 1 has neither a min nor a max',
		],
		[
			'job search',
			{ dateRanges: { range: [{ name: 'start', min: '', max: 'soon' }] } },
			'Date Ranges 1 › To "soon" is not a date',
		],
		[
			'job score',
			{ summaryKeywords: '={{ { a: 1 } }}' },
			'Summary Keywords must be a list or comma-separated text, not an object',
		],
		[
			'job search',
			{ name: '={{ ["designer", {}] }}' },
			'Name (entry 2) must be text, not an object',
		],
		['profile score', { name: '={{ ["Bo"] }}' }, 'Name must be text, not a list'],
	] as Array<[Operation, IDataObject, string]>)('%s, %j', async (operation, options, message) => {
		const { error } = await run(operation, options);
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('Continue (using error output): the item with a bad filter to the error output, the others searched', async () => {
		const { items, errorItems } = await hrflow.run(
			{
				...operations['profile search'].parameters,
				options: { minExperienceYears: '={{ $json.years }}' },
			},
			[{ years: 5 }, { years: 'many' }],
			{ onError: 'continueErrorOutput' },
		);
		expect(references(items)).toEqual(['ada', 'cy']);
		expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			['Min Years of Experience must be a whole number of at least 0, not "many"', { item: 1 }],
		]);
		expect(hrflow.emulator.requests).toHaveLength(1);
	});
});
