// Profile › Get Parsing (version 2) through n8n's engine: GET /profile/parsing by key, reference or
// email (sent as HrFlow's Python SDK 4.3 names it, `profile_email`), HrFlow's parsing as one item,
// bad input before any request, HrFlow's errors kept.

import type { IDataObject, INode } from 'n8n-workflow';

import { elodie, jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, richProfile, source } from '../harness/writes';

const hrflow = useHrFlow();
const { createRich } = profileWrites(hrflow);
const getParsing = (
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	settings?: Partial<INode>,
) => hrflow.run({ operation: 'getParsing', source, ...parameters }, input, settings);
const queries = () =>
	hrflow.emulator.requests.map((request): [string, Record<string, string>] => [
		request.path,
		queryOf(request),
	]);

// The fields of HrFlow's Parsing object (docs-api get-profile-parsing.md).
const PARSING_FIELDS = [
	'content_uid',
	'key',
	'file_name',
	'file_size',
	'persons',
	'emails',
	'phones',
	'date_birth',
	'location',
	'images',
	'picture',
	'urls',
	'gender',
	'driving_license',
	'summary',
	'text',
	'text_language',
	'educations',
	'educations_duration',
	'experiences',
	'experiences_duration',
	'skills',
	'courses',
	'certifications',
	'tasks',
	'languages',
	'interests',
	'total_pages',
	'processed_pages',
];

test.each([
	['key', { profileKey: jane.key }, { key: jane.key }],
	['reference', { profileReference: jane.reference }, { reference: jane.reference }],
	['email', { profileEmail: ` ${jane.email} ` }, { profile_email: jane.email }],
])(
	"by %s: one GET /profile/parsing with the SDK's parameters, HrFlow's parsing as one item",
	async (identifierType, field, query) => {
		const { items, error } = await getParsing({ identifierType, ...field });
		expect(error).toBeUndefined();
		expect(queries()).toEqual([
			['/v1/profile/parsing', { source_key: sample.SOURCE_KEY, ...query }],
		]);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(items[0].json).sort()).toEqual([...PARSING_FIELDS].sort());
		expect(items[0].json).toMatchObject({
			key: jane.key,
			file_name: jane.attachments.find((attachment) => attachment.type === 'resume')?.file_name,
			persons: [{ full_name: 'Jane Doe', first_name: 'Jane', last_name: 'Doe' }],
			emails: [jane.email],
			phones: ['+33 6 12 34 56 78'],
			location: {
				text: 'Lyon, France',
				geojson: expect.objectContaining({ city: 'Lyon', country: 'France' }),
			},
			skills: [
				{ name: 'Python', type: 'hard', value: null },
				{ name: 'Kafka', type: 'hard', value: null },
				{ name: 'SQL', type: 'hard', value: null },
			],
		});
	},
);

test("a stored profile's experiences and educations, with the parser's dates", async () => {
	const { key } = await createRich();
	const { items, error } = await getParsing({ identifierType: 'key', profileKey: key });
	expect(error).toBeUndefined();
	expect(items[0].json.experiences).toEqual([
		expect.objectContaining({
			title: 'Professor',
			company: 'Sorbonne',
			date_start: { iso8601: '1906-01-01T00:00:00', text: '1906-01-01', timestamp: -2019686400 },
			date_end: null,
		}),
	]);
	expect(items[0].json.educations).toEqual([
		expect.objectContaining({ title: 'Licence', school: richProfile.educations[0].school }),
	]);
});

test('several items by email from an expression, each linked to its input; the email travels intact', async () => {
	const { items, error } = await getParsing(
		{ identifierType: 'email', profileEmail: '={{ $json.mail }}' },
		[elodie, kenji].map((profile) => ({ mail: profile.email })),
	);
	expect(error).toBeUndefined();
	expect(queries().map(([, query]) => query)).toEqual([
		{ source_key: sample.SOURCE_KEY, profile_email: elodie.email },
		{ source_key: sample.SOURCE_KEY, profile_email: kenji.email },
	]);
	expect(items.map((item) => [item.json.key, item.pairedItem])).toEqual([
		[elodie.key, { item: 0 }],
		[kenji.key, { item: 1 }],
	]);
});

test.each([
	[
		'an email that is none',
		{ identifierType: 'email', profileEmail: 'jane.doe' },
		/^Profile Email "jane.doe" is not a valid email address$/,
	],
	['a key of the wrong shape', { identifierType: 'key', profileKey: 'abc' }, /^Profile Key/],
	[
		'an empty reference',
		{ identifierType: 'reference', profileReference: '={{ "" }}' },
		/^Profile Reference is empty$/,
	],
	[
		'a reference given as an object',
		{ identifierType: 'reference', profileReference: '={{ { id: 1 } }}' },
		/^Profile Reference must be text, not an object$/,
	],
])('%s fails naming the field, before any request', async (_case, parameters, message) => {
	const { error } = await getParsing(parameters);
	expect(error?.message).toMatch(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("no profile with that email: HrFlow's 400 and the profile hint, as an item of the regular output", async () => {
	const { error } = await getParsing({
		identifierType: 'email',
		profileEmail: 'nobody@example.com',
	});
	expect(error?.message).toBe('HrFlow error 400: Unable to find object: profile');
	expect(error?.description).toMatch(/^No profile matches this source and identifier/);
	const regular = await getParsing(
		{ identifierType: 'email', profileEmail: 'nobody@example.com' },
		[{}],
		{ onError: 'continueRegularOutput' },
	);
	expect(regular.items).toEqual([
		{
			json: {
				error: 'HrFlow error 400: Unable to find object: profile',
				description: expect.stringMatching(/^No profile matches/),
				httpCode: '400',
			},
			pairedItem: { item: 0 },
		},
	]);
});

test("HrFlow's answer as it comes: a list goes under `parsing`, no data is an empty item", async () => {
	hrflow.emulator.failNext('/v1/profile/parsing', 200, {
		code: 200,
		message: 'Profile parsing',
		data: [{ key: jane.key }],
	});
	hrflow.emulator.failNext('/v1/profile/parsing', 200, { code: 200, message: 'Profile parsing' });
	const { items } = await getParsing({ identifierType: 'key', profileKey: jane.key }, [{}, {}]);
	expect(items).toEqual([
		{ json: { parsing: [{ key: jane.key }] }, pairedItem: { item: 0 } },
		{ json: {}, pairedItem: { item: 1 } },
	]);
});
