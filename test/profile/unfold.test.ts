// Profile › Predict Next Steps (version 2) through n8n's engine: GET /profile/unfolding with the
// SDK's parameters (max_steps always, job_text when set), the predicted experiences as one item,
// bad Max Steps and an email named before any request, HrFlow's 400 (no experience) and 500 kept,
// both On Error modes.

import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { profileWrites, richProfile } from '../harness/writes';

const hrflow = useHrFlow();
const { run, createRich } = profileWrites(hrflow);
const unfolding = (parameters: Record<string, unknown>) => ({
	operation: 'unfold',
	identifierType: 'reference',
	profileReference: richProfile.reference,
	...parameters,
});
const queries = () =>
	hrflow.emulator.requests.map((request): [string, Record<string, string>] => [
		request.path,
		queryOf(request),
	]);

test('by reference, no option: max_steps 1 sent, one item with the one predicted experience', async () => {
	await createRich();
	const { items, error } = await run(unfolding({}), [{}], undefined, 'hrflow');
	expect(error).toBeUndefined();
	expect(queries()).toEqual([
		[
			'/v1/profile/unfolding',
			{ source_key: sample.SOURCE_KEY, reference: richProfile.reference, max_steps: '1' },
		],
	]);
	expect(items).toHaveLength(1);
	expect(items[0].pairedItem).toEqual({ item: 0 });
	expect(Object.keys(items[0].json)).toEqual(['experiences']);
	expect(items[0].json.experiences).toEqual([
		expect.objectContaining({ title: 'Senior Professor', company: 'Sorbonne' }),
	]);
});

test('by key, Max Steps 3 and Job Text: both sent, three experiences, the last towards the job', async () => {
	const { key } = await createRich();
	const { items, error } = await run(
		unfolding({
			identifierType: 'key',
			profileKey: key,
			options: { maxSteps: 3, jobText: 'Nobel laureate: leads a research institute' },
		}),
	);
	expect(error).toBeUndefined();
	expect(queries()).toEqual([
		[
			'/v1/profile/unfolding',
			{
				source_key: sample.SOURCE_KEY,
				key,
				max_steps: '3',
				job_text: 'Nobel laureate: leads a research institute',
			},
		],
	]);
	const experiences = items[0].json.experiences as Array<{ title: string }>;
	expect(experiences.map((experience) => experience.title)).toEqual([
		'Senior Professor',
		'Lead Professor',
		'Nobel laureate',
	]);
});

test('Max Steps and Job Text from expressions, per item: a number or numeric text; an empty Job Text is not sent', async () => {
	await createRich();
	const { items, error } = await run(
		unfolding({
			profileReference: '={{ $json.ref }}',
			options: { maxSteps: '={{ $json.steps }}', jobText: '={{ $json.job }}' },
		}),
		[
			{ ref: richProfile.reference, steps: 2, job: '' },
			{ ref: richProfile.reference, steps: '4', job: 'CTO' },
		],
	);
	expect(error).toBeUndefined();
	expect(queries().map(([, query]) => query)).toEqual([
		{ source_key: sample.SOURCE_KEY, reference: richProfile.reference, max_steps: '2' },
		{
			source_key: sample.SOURCE_KEY,
			reference: richProfile.reference,
			max_steps: '4',
			job_text: 'CTO',
		},
	]);
	expect(
		items.map((item) => [(item.json.experiences as unknown[]).length, item.pairedItem]),
	).toEqual([
		[2, { item: 0 }],
		[4, { item: 1 }],
	]);
});

describe('bad input fails naming the field, before any request', () => {
	test.each([
		['0', 0],
		['-1', -1],
		['1.5', 1.5],
		['"abc"', 'abc'],
		['an expression giving the number 0', '={{ 0 }}'],
		['an expression giving the text "2.5"', '={{ "2.5" }}'],
		['an expression giving a list', '={{ [2] }}'],
	])('Max Steps %s', async (_case, maxSteps) => {
		const { error } = await run(unfolding({ options: { maxSteps } }));
		expect(error?.message).toMatch(/^Max Steps must be a whole number of at least 1, not /);
		expect(error?.description).toContain('Set Max Steps to how many experiences to predict');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('Job Text as an object from an expression', async () => {
		const { error } = await run(unfolding({ options: { jobText: '={{ { a: 1 } }}' } }));
		expect(error?.message).toBe('Job Text must be text, not an object');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('a profile by email: HrFlow predicts from a key or a reference only', async () => {
		const { error } = await run(unfolding({ identifierType: 'email', profileEmail: jane.email }));
		expect(error?.message).toBe(
			'HrFlow predicts the next steps of a profile found by key or reference, not by email',
		);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test("a profile with no experience: HrFlow's 400 kept, the hint says why it may be; regular output", async () => {
	const parameters = unfolding({ profileReference: jane.reference });
	const { items, error } = await run(parameters, [{}], { onError: 'continueRegularOutput' });
	expect(error).toBeUndefined();
	expect(items).toEqual([
		{
			json: {
				error: 'HrFlow error 400: Unable to unfold the profile: it has no experiences',
				description: expect.stringContaining('or the profile has no experience to predict from'),
				httpCode: '400',
			},
			pairedItem: { item: 0 },
		},
	]);
});

test("HrFlow's transient 500: its message kept, the hint says to try again; error output", async () => {
	await createRich();
	hrflow.emulator.failNext('/v1/profile/unfolding', 500, {
		code: 500,
		message: 'Internal server error: unfolding model unavailable',
	});
	const { items, errorItems, error } = await run(unfolding({}), [{ id: 3 }], {
		onError: 'continueErrorOutput',
	});
	expect(error).toBeUndefined();
	expect(items).toEqual([]);
	expect(errorItems).toEqual([
		{
			json: {
				id: 3,
				error: 'HrFlow error 500: Internal server error: unfolding model unavailable',
				details: {
					description: expect.stringMatching(/Try again later, or turn on Retry On Fail/),
					httpCode: '500',
				},
			},
			pairedItem: { item: 0 },
		},
	]);
});

test('an unknown reference stops the workflow with the profile hint', async () => {
	const { error } = await run(unfolding({ profileReference: 'nobody' }));
	expect(error?.message).toBe('HrFlow error 400: Unable to find object: profile');
	expect(error?.httpCode).toBe('400');
	expect(error?.description).toMatch(/^No profile matches this source and identifier/);
});
