// What the write tests of both resources share: runs with the read-write key in the sandbox source
// or the sample board, each picked from its list; a profile and a job with every part HrFlow stores,
// created before an update and read back after it; jobs created to act on. The sandbox's PUT
// replaces the stored record with the body (the strictest reading of HrFlow's docs), so a field the
// node does not send back is lost here as it would be on HrFlow.

import type { IDataObject, INode } from 'n8n-workflow';

import type { HrFlowTestContext } from './hrflow';
import { sample } from './sample';

export const source = {
	__rl: true,
	mode: 'list',
	value: sample.SOURCE_KEY,
	cachedResultName: 'Sandbox candidates',
};
export const board = {
	__rl: true,
	mode: 'list',
	value: sample.BOARD_KEY,
	cachedResultName: 'Open positions',
};

/** A profile with every part HrFlow stores, coordinates and a soft skill with a value included. */
export const richProfile = {
	reference: 'ATS-7001',
	info: {
		full_name: 'Marie Curie',
		first_name: 'Marie',
		last_name: 'Curie',
		email: 'marie@example.com',
		phone: '+33 1 00 00 00 00',
		date_birth: '1867-11-07',
		location: { text: 'Paris, France', lat: 48.8566, lng: 2.3522 },
		urls: [{ type: 'linkedin', url: 'https://linkedin.example.com/marie' }],
		summary: 'Physicist and chemist',
		gender: 'female',
	},
	text: 'Marie Curie. Physicist, Paris.',
	experiences: [
		{
			title: 'Professor',
			company: 'Sorbonne',
			date_start: '1906-01-01',
			date_end: null,
			description: 'Physics chair',
		},
	],
	educations: [
		{ title: 'Licence', school: 'Sorbonne', date_start: '1891-01-01', date_end: '1894-01-01' },
	],
	skills: [
		{ name: 'Radiochemistry', type: 'hard', value: 'expert' },
		{ name: 'Perseverance', type: 'soft', value: null },
	],
	languages: [
		{ name: 'French', value: 'native' },
		{ name: 'Polish', value: 'native' },
	],
	interests: [{ name: 'Cycling', value: null }],
	tags: [
		{ name: 'channel', value: 'referral' },
		{ name: 'stage', value: 'interview' },
	],
	metadatas: [
		{ name: 'notice_period', value: '30' },
		{ name: 'salary', value: '60k' },
	],
};

/** A job with every part HrFlow stores, coordinates included. */
export const richJob = {
	name: 'Senior Data Engineer',
	reference: 'REQ-90',
	url: 'https://careers.example.com/jobs/90',
	summary: 'Streaming pipelines at scale.',
	location: { text: 'Lyon, France', lat: 45.764, lng: 4.8357 },
	sections: [
		{ name: 'requirements', title: 'What you bring', description: '5 years of data engineering' },
		{ name: 'perks', title: 'What we offer', description: 'Remote Fridays' },
	],
	skills: [
		{ name: 'Kafka', type: 'hard', value: 'advanced' },
		{ name: 'Mentoring', type: 'soft', value: null },
	],
	languages: [{ name: 'English', value: 'fluent' }],
	tags: [
		{ name: 'team', value: 'data' },
		{ name: 'remote', value: 'partial' },
	],
	metadatas: [{ name: 'salary_range', value: '55-65k' }],
	ranges_float: [{ name: 'salary', value_min: 55000, value_max: 65000, unit: 'EUR' }],
	ranges_date: [{ name: 'start', value_min: '2027-01-01', value_max: '2027-03-01' }],
};

/** Job › Create's fields for a job, every field given. */
export const seniorDataEngineer = {
	jobDefinition: 'fields',
	name: 'Senior Data Engineer',
	jobFields: {
		reference: 'REQ-17',
		summary: 'Streaming pipelines at scale.',
		url: 'https://careers.example.com/jobs/17',
		location: 'Lyon, France',
		skills: 'Python, SQL , Kafka',
		tags: { tag: [{ name: 'team', value: 'data' }] },
		metadatas: { metadata: [{ name: 'salary_range', value: '55-65k' }] },
		sections: {
			section: [
				{
					name: 'requirements',
					title: 'What you bring',
					description: '5 years of data engineering',
				},
			],
		},
		createdAt: '2026-11-01T10:00:00.000Z',
	},
};

/** A record without its updated_at, which every write changes. */
export const withoutDates = ({ updated_at: _updated, ...record }: IDataObject) => record;

/** What HrFlow received: the calls as "METHOD path", a request's JSON body, the PUT's JSON body. */
export function received(hrflow: HrFlowTestContext) {
	return {
		calls: () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`),
		bodyOf: (index: number) => JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8')),
		putBody: () =>
			JSON.parse(
				hrflow.emulator.requests
					.find((request) => request.method === 'PUT')!
					.body!.toString('utf8'),
			) as IDataObject,
	};
}

/** Profile writes: the sandbox source, the read-write key unless another is given. */
export function profileWrites(hrflow: HrFlowTestContext) {
	const run = async (
		parameters: IDataObject,
		input: IDataObject[] = [{}],
		settings?: Partial<INode>,
		credential = 'readWrite',
	) => await hrflow.run({ source, ...parameters }, input, settings, credential);
	return {
		run,
		/** The rich profile, created in the sandbox; the requests made so far forgotten. */
		async createRich(): Promise<IDataObject> {
			const { items, error } = await run({
				operation: 'create',
				profileDefinition: 'json',
				profileJson: JSON.stringify(richProfile),
			});
			expect(error).toBeUndefined();
			hrflow.emulator.requests.length = 0;
			return items[0].json;
		},
		/** The profile as HrFlow holds it now, by reference. */
		async stored(reference = richProfile.reference): Promise<IDataObject> {
			const { items, error } = await run({
				operation: 'get',
				identifierType: 'reference',
				profileReference: reference,
			});
			expect(error).toBeUndefined();
			return items[0].json;
		},
	};
}

/** Job writes: the sample board, the read-write key unless another is given. */
export function jobWrites(hrflow: HrFlowTestContext) {
	const run = async (
		parameters: IDataObject,
		input: IDataObject[] = [{}],
		settings?: Partial<INode>,
		credential = 'readWrite',
	) => await hrflow.run({ resource: 'job', board, ...parameters }, input, settings, credential);
	return {
		run,
		/** The rich job, created in the sample board; the requests made so far forgotten. */
		async createRich(): Promise<IDataObject> {
			const { items, error } = await run({
				operation: 'create',
				jobDefinition: 'json',
				jobJson: JSON.stringify(richJob),
			});
			expect(error).toBeUndefined();
			hrflow.emulator.requests.length = 0;
			return items[0].json;
		},
		/** The rich job as HrFlow holds it now, by reference. */
		async stored(): Promise<IDataObject> {
			const { items, error } = await run({
				operation: 'get',
				jobIdentifierType: 'reference',
				jobReference: richJob.reference,
			});
			expect(error).toBeUndefined();
			return items[0].json;
		},
		/** Creates the jobs of `references` in the sample board; returns their keys. */
		async given(...references: string[]): Promise<string[]> {
			const keys: string[] = [];
			for (const reference of references) {
				const { items } = await run({
					operation: 'create',
					...seniorDataEngineer,
					name: `Job ${reference}`,
					jobFields: { ...seniorDataEngineer.jobFields, reference },
				});
				keys.push(String(items[0].json.key));
			}
			hrflow.emulator.requests.length = 0;
			return keys;
		},
	};
}
