// Text › Tag (version 2) through n8n's engine: each tagger with the fields it needs, Top N and the
// output language, HrFlow's errors.

import type { IDataObject } from 'n8n-workflow';

import { useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const text = (operation: string, extra: IDataObject = {}) => ({
	resource: 'text',
	operation,
	...extra,
});
const bodyOf = (index: number) =>
	JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));

test('Tag: the tagger, Top N and language sent; { tags: [{ name, id, probability }] } best first', async () => {
	const { items } = await hrflow.run(
		text('tag', {
			text: 'Figma and UX design for a data team',
			algorithmKey: 'tagger-rome-family',
			options: { topN: 3, outputLanguage: 'fr' },
		}),
	);
	expect(bodyOf(0)).toEqual({
		text: 'Figma and UX design for a data team',
		algorithm_key: 'tagger-rome-family',
		top_n: 3,
		output_lang: 'fr',
	});
	const tags = items[0].json.tags as Array<{ name: string; id: string; probability: number }>;
	expect(tags.map((tag) => tag.name)).toEqual(['Design', 'Data and IT', 'Sales']);
	expect(tags.map((tag) => tag.probability)).toEqual(
		[...tags.map((tag) => tag.probability)].sort((a, b) => b - a),
	);
	expect(tags[0]).toEqual({ name: 'Design', id: '2', probability: expect.any(Number) });
});

test('Tag with a Top N of 0 fails before any request', async () => {
	const { error } = await hrflow.run(
		text('tag', { text: 'x', algorithmKey: 'tagger-rome-family', options: { topN: 0 } }),
	);
	expect(error?.message).toBe('Top N must be a whole number of at least 1, not 0');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("HrFlow's error keeps its message: an unknown tagger", async () => {
	const { error } = await hrflow.run(text('tag', { text: 'x', algorithmKey: 'tagger-unknown' }));
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid parameters: unknown algorithm_key tagger-unknown',
		httpCode: '400',
	});
});

describe('Tag: each tagger with the fields it needs, and only those', () => {
	test.each([
		'tagger-rome-family',
		'tagger-rome-subfamily',
		'tagger-rome-category',
		'tagger-rome-jobtitle',
		'tagger-hrflow-skills',
	])(
		'%s: the request stays { text, algorithm_key, top_n, output_lang }, whatever labels fields hold',
		async (algorithmKey) => {
			const { items, error } = await hrflow.run(
				text('tag', {
					text: 'Python and SQL for a data team',
					algorithmKey,
					labels: 'a, b',
					context: 'c',
					dynamicLabels: 'd',
					dynamicContext: 'e',
				}),
			);
			expect(error).toBeUndefined();
			expect(bodyOf(0)).toEqual({
				text: 'Python and SQL for a data team',
				algorithm_key: algorithmKey,
				top_n: 1,
				output_lang: 'en',
			});
			expect((items[0].json.tags as unknown[]).length).toBe(1);
		},
	);

	test('tagger-hrflow-labels: labels (a list from an expression or comma-separated text) and context sent; every tag is one of the labels', async () => {
		const { items, error } = await hrflow.run(
			text('tag', {
				text: 'Figma and UX design, some Python',
				algorithmKey: 'tagger-hrflow-labels',
				labels: '={{ $json.labels }}',
				context: 'Which team is this résumé for?',
				options: { topN: 2 },
			}),
			[{ labels: ['Design', 'Data', 'Sales'] }],
		);
		expect(error).toBeUndefined();
		expect(bodyOf(0)).toEqual({
			text: 'Figma and UX design, some Python',
			algorithm_key: 'tagger-hrflow-labels',
			top_n: 2,
			output_lang: 'en',
			labels: ['Design', 'Data', 'Sales'],
			context: 'Which team is this résumé for?',
		});
		const tags = items[0].json.tags as Array<{ name: string; id: string }>;
		expect(tags.map((tag) => tag.name)).toEqual(['Design', 'Data']);
		expect(tags.every((tag) => /^\d+$/.test(tag.id))).toBe(true);
		await hrflow.run(
			text('tag', { text: 'x', algorithmKey: 'tagger-hrflow-labels', labels: 'Design , Data' }),
		);
		expect(bodyOf(1)).toEqual({
			text: 'x',
			algorithm_key: 'tagger-hrflow-labels',
			top_n: 1,
			output_lang: 'en',
			labels: ['Design', 'Data'],
		});
	});

	test('tagger-hrflow-dynamic: dynamic_labels and dynamic_context sent', async () => {
		const { items, error } = await hrflow.run(
			text('tag', {
				text: 'Invoice for 3 laptops',
				algorithmKey: 'tagger-hrflow-dynamic',
				dynamicLabels: 'invoice, resume, contract',
				dynamicContext: 'The kind of document',
			}),
		);
		expect(error).toBeUndefined();
		expect(bodyOf(0)).toEqual({
			text: 'Invoice for 3 laptops',
			algorithm_key: 'tagger-hrflow-dynamic',
			top_n: 1,
			output_lang: 'en',
			dynamic_labels: ['invoice', 'resume', 'contract'],
			dynamic_context: 'The kind of document',
		});
		expect((items[0].json.tags as Array<{ name: string }>).map((tag) => tag.name)).toEqual([
			'invoice',
		]);
	});

	test.each([
		[
			'tagger-hrflow-labels without labels',
			{ algorithmKey: 'tagger-hrflow-labels', labels: '={{ [] }}' },
			'Labels is empty',
		],
		[
			'tagger-hrflow-dynamic without labels',
			{ algorithmKey: 'tagger-hrflow-dynamic', dynamicLabels: '={{ " , " }}' },
			'Dynamic Labels is empty',
		],
		[
			'labels that are not a list',
			{ algorithmKey: 'tagger-hrflow-labels', labels: '={{ { a: 1 } }}' },
			'Labels must be a list or comma-separated text, not an object',
		],
	])('%s fails before any request', async (_case, extra, message) => {
		const { error } = await hrflow.run(text('tag', { text: 'x', ...extra }));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});
