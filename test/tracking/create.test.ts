// Tracking › Create (version 2) through n8n's engine: the POST HrFlow gets (the fields HrFlow's
// SDK sends, unset options left out), HrFlow's record as the item or what was recorded, bad input
// before any request, HrFlow's errors with their hint, both On Error modes.

import { jane, sample, useHrFlow } from '../harness/hrflow';
import { board, byReferences, dataEngineer, feedback, source } from '../harness/feedback';

const hrflow = useHrFlow();
const { run, calls, bodyOf } = feedback(hrflow, 'tracking');

test("Create by references: one POST /tracking with the action, the role, the profile and the job; HrFlow's record as one item, listed by Get Many", async () => {
	const { items, error } = await run({
		operation: 'create',
		action: 'apply',
		role: 'candidate',
		...byReferences,
	});
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['POST /v1/tracking']);
	expect(bodyOf(0)).toEqual({
		action: 'apply',
		role: 'candidate',
		source_key: sample.SOURCE_KEY,
		board_key: sample.ENGINEERING_BOARD_KEY,
		profile_reference: jane.reference,
		job_reference: dataEngineer.reference,
	});
	expect(items).toEqual([
		{
			json: expect.objectContaining({
				key: expect.stringMatching(/^[0-9a-f]{40}$/),
				action: 'apply',
				role: 'candidate',
				profile_key: jane.key,
				job_key: dataEngineer.key,
			}),
			pairedItem: { item: 0 },
		},
	]);
	const listed = await run({
		operation: 'getMany',
		role: 'candidate',
		boards: [sample.ENGINEERING_BOARD_KEY],
	});
	expect(listed.items.map((item) => item.json.key)).toEqual([items[0].json.key]);
});

test("by keys, with every option: author_email, comment and created_at in HrFlow's format (milliseconds and offset)", async () => {
	const { error } = await run({
		operation: 'create',
		action: 'hire',
		role: 'recruiter',
		source,
		identifierType: 'key',
		profileKey: jane.key.toUpperCase(),
		board,
		jobIdentifierType: 'key',
		jobKey: dataEngineer.key,
		additionalFields: {
			authorEmail: ' recruiter@example.com ',
			comment: 'Strong Kafka experience',
			createdAt: '2026-10-31T09:30:00-05:00',
		},
	});
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({
		action: 'hire',
		role: 'recruiter',
		source_key: sample.SOURCE_KEY,
		board_key: sample.ENGINEERING_BOARD_KEY,
		profile_key: jane.key,
		job_key: dataEngineer.key,
		author_email: 'recruiter@example.com',
		comment: 'Strong Kafka experience',
		created_at: '2026-10-31T09:30:00.000-05:00',
	});
});

test.each([
	[
		"the date picker (no offset: the workflow's time zone)",
		'2026-10-31T09:30:00',
		/^2026-10-31T09:30:00\.000[+-]\d{2}:\d{2}$/,
	],
	[
		'an expression giving a Luxon DateTime',
		'={{ DateTime.fromISO("2026-10-31T14:30:00.250Z", { zone: "utc" }) }}',
		/^2026-10-31T14:30:00\.250\+00:00$/,
	],
	[
		'an expression giving milliseconds',
		'={{ Date.UTC(2026, 9, 31, 14, 30) }}',
		/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:00\.000[+-]\d{2}:\d{2}$/,
	],
])("Created At from %s is sent in HrFlow's format", async (_what, createdAt, expected) => {
	const { error } = await run({
		operation: 'create',
		action: 'view',
		...byReferences,
		additionalFields: { createdAt },
	});
	expect(error).toBeUndefined();
	const sent = bodyOf(0).created_at as string;
	expect(sent).toMatch(expected);
	if (createdAt.includes('Date.UTC')) expect(Date.parse(sent)).toBe(Date.UTC(2026, 9, 31, 14, 30));
});

test.each([
	['data: []', []],
	['data: null', null],
	['data: {}', {}],
])('HrFlow answers %s: the item is what was recorded (the body sent)', async (_what, data) => {
	hrflow.emulator.failNext('/v1/tracking', 201, { code: 201, message: 'Tracking saved', data });
	const { items, error } = await run({ operation: 'create', action: 'apply', ...byReferences });
	expect(error).toBeUndefined();
	expect(items).toEqual([{ json: bodyOf(0), pairedItem: { item: 0 } }]);
	expect(items[0].json).toMatchObject({ action: 'apply', profile_reference: jane.reference });
});

test('expressions, item by item: each item its own tracking, linked to it; an action given as a number is sent as text', async () => {
	const { items, error } = await run(
		{
			operation: 'create',
			action: '={{ $json.stage }}',
			role: '={{ $json.role }}',
			...byReferences,
			profileReference: '={{ $json.candidate }}',
		},
		[
			{ stage: 'interview', role: 'Recruiter', candidate: jane.reference },
			{ stage: 42, role: 'manager', candidate: 'ATS-2077' },
		],
	);
	expect(error).toBeUndefined();
	expect(
		[bodyOf(0), bodyOf(1)].map(({ action, role, profile_reference }) => [
			action,
			role,
			profile_reference,
		]),
	).toEqual([
		['interview', 'recruiter', jane.reference],
		['42', 'manager', 'ATS-2077'],
	]);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
});

describe('bad input fails naming the field, before any request', () => {
	test.each([
		['no action', { action: '  ' }, 'Action is empty'],
		[
			'an action that is an object',
			{ action: '={{ { stage: 1 } }}' },
			'Action must be text, not an object',
		],
		[
			'a role HrFlow does not have',
			{ role: '={{ "boss" }}' },
			'Role "boss" is not one of recruiter, candidate, employee or manager',
		],
		[
			'a profile found by email',
			{ identifierType: 'email', profileEmail: jane.email },
			'HrFlow records trackings and ratings for a profile found by key or reference, not by email',
		],
		[
			'a profile key that is no key',
			{ identifierType: 'key', profileKey: 'abc' },
			'Profile Key "abc" is not an HrFlow key',
		],
		['no job reference', { jobReference: '={{ $json.missing }}' }, 'Job Reference is empty'],
		[
			'a board that is no key',
			{ board: { __rl: true, mode: 'id', value: '={{ "nope" }}' } },
			'Board "nope" is not an HrFlow key',
		],
		[
			'an author email that is no email',
			{ additionalFields: { authorEmail: 'jane' } },
			'Author Email "jane" is not a valid email address',
		],
		[
			'a date that is no date',
			{ additionalFields: { createdAt: 'last Tuesday' } },
			'Created At "last Tuesday" is not a date',
		],
		[
			'a date that is a list',
			{ additionalFields: { createdAt: '={{ [1] }}' } },
			'Created At [1] is not a date',
		],
	])('%s', async (_what, parameters, message) => {
		const { error } = await run({
			operation: 'create',
			action: 'apply',
			...byReferences,
			...parameters,
		});
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test("HrFlow's error is kept, with what to check: an unknown profile reference", async () => {
	const { error } = await run({
		operation: 'create',
		action: 'apply',
		...byReferences,
		profileReference: 'ATS-0000',
	});
	expect(calls()).toEqual(['POST /v1/tracking']);
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid parameters. Unable to find object: profile',
		description: expect.stringContaining(
			'Check the Source and the Profile Key or Profile Reference',
		),
		httpCode: '400',
	});
});

test('a read key may not write: each On Error mode outputs the item linked to its input, the key redacted', async () => {
	const parameters = { operation: 'create', action: 'apply', ...byReferences };
	const message =
		'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key] for permission: write';
	const regular = await run(parameters, [{}], { onError: 'continueRegularOutput' }, 'hrflow');
	expect(regular.items).toEqual([
		{
			json: expect.objectContaining({ error: message, httpCode: '401' }),
			pairedItem: { item: 0 },
		},
	]);
	const errorOutput = await run(
		parameters,
		[{ id: 1 }, { id: 2 }],
		{ onError: 'continueErrorOutput' },
		'hrflow',
	);
	expect(errorOutput.items).toEqual([]);
	expect(errorOutput.errorItems).toEqual([
		{
			json: { id: 1, error: message, details: expect.objectContaining({ httpCode: '401' }) },
			pairedItem: { item: 0 },
		},
		{
			json: { id: 2, error: message, details: expect.objectContaining({ httpCode: '401' }) },
			pairedItem: { item: 1 },
		},
	]);
});
