// Text › Find Related Words (version 2) through n8n's engine: { word, top_n } sent, one item per
// related word, none when HrFlow finds none, bad input before any request, HrFlow's errors.

import type { IDataObject } from 'n8n-workflow';

import { useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const related = (extra: IDataObject = {}) => ({
	resource: 'text',
	operation: 'findRelatedWords',
	...extra,
});
const bodyOf = (index: number) =>
	JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));

test('Find Related Words: POST /text/linking { word, top_n }; one item per word, { word, similarity }, nearest first, each linked to its input', async () => {
	const { items, error } = await hrflow.run(related({ word: 'ai', topN: 7 }));
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
		'POST /v1/text/linking',
	]);
	expect(bodyOf(0)).toEqual({ word: 'ai', top_n: 7 });
	expect(items).toHaveLength(7);
	expect(items[0]).toEqual({
		json: { word: 'artificial intelligence', similarity: expect.any(Number) },
		pairedItem: { item: 0 },
	});
	expect(items.every((item) => Object.keys(item.json).join() === 'word,similarity')).toBe(true);
	const similarities = items.map((item) => item.json.similarity as number);
	expect(similarities).toEqual([...similarities].sort((a, b) => b - a));
	expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
});

test('Top N left as it is: 5; the word trimmed', async () => {
	const { items } = await hrflow.run(related({ word: '  python ' }));
	expect(bodyOf(0)).toEqual({ word: 'python', top_n: 5 });
	expect(items).toHaveLength(5);
});

test('Top N 0 is sent, and no related word gives no item (Always Output Data gives one empty item)', async () => {
	const { items, error } = await hrflow.run(related({ word: 'ai', topN: 0 }));
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({ word: 'ai', top_n: 0 });
	expect(items).toEqual([]);
	const always = await hrflow.run(related({ word: 'ai', topN: 0 }), [{}], {
		alwaysOutputData: true,
	});
	expect(always.items.map((item) => item.json)).toEqual([{}]);
});

test('several input items, Word and Top N from expressions (Top N as text too): each word with its input', async () => {
	const { items } = await hrflow.run(
		related({ word: '={{ $json.skill }}', topN: '={{ $json.count }}' }),
		[
			{ skill: 'sql', count: 2 },
			{ skill: 'figma', count: '1' },
		],
	);
	expect([bodyOf(0), bodyOf(1)]).toEqual([
		{ word: 'sql', top_n: 2 },
		{ word: 'figma', top_n: 1 },
	]);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 0 }, { item: 1 }]);
});

test.each([
	[{ word: '={{ $json.blank }}' }, 'Word is empty'],
	[{ word: '={{ $json.list }}' }, 'Word must be text, not a list'],
	[{ word: 'ai', topN: -1 }, 'Top N must be a whole number of at least 0, not -1'],
	[{ word: 'ai', topN: 2.5 }, 'Top N must be a whole number of at least 0, not 2.5'],
	[{ word: 'ai', topN: '={{ "many" }}' }, 'Top N must be a whole number of at least 0, not "many"'],
])('%j fails naming the field, before any request', async (parameters, message) => {
	const { error } = await hrflow.run(related(parameters), [{ list: ['ai'], blank: '  ' }]);
	expect(error?.message).toBe(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('the Top N hint says what to set', async () => {
	const { error } = await hrflow.run(related({ word: 'ai', topN: -1 }));
	expect(error?.description).toBe('Set Top N to how many related words to return, e.g. 5.');
});

test("HrFlow's error keeps its message and code; with Continue (using error output) the item goes there, linked", async () => {
	hrflow.emulator.failNext('/v1/text/linking', 400, {
		code: 400,
		message: 'Invalid parameters: word is required, not null',
	});
	const { error } = await hrflow.run(related({ word: 'ai' }));
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid parameters: word is required, not null',
		httpCode: '400',
	});
	const { items, errorItems } = await hrflow.run(
		related({ word: 'ai' }),
		[{ n: 1 }],
		{ onError: 'continueErrorOutput' },
		'writeOnly',
	);
	expect(items).toEqual([]);
	expect(errorItems).toEqual([
		{
			json: {
				n: 1,
				error: 'HrFlow error 403: Unauthorized. This API key has no read permission',
				details: expect.objectContaining({ httpCode: '403' }),
			},
			pairedItem: { item: 0 },
		},
	]);
});
