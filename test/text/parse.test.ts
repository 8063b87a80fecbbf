// Text › Parse (version 2) through n8n's engine: the entities and the parsing HrFlow finds in a text.

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

test('Parse: { text } sent; the entities and the parsing as the item', async () => {
	const { items, error } = await hrflow.run(text('parse', { text: '={{ $json.cv }}' }), [
		{ cv: 'Data Engineer at Acme, Python and SQL. jane@example.com' },
	]);
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({ text: 'Data Engineer at Acme, Python and SQL. jane@example.com' });
	expect(items[0].json).toMatchObject({
		parsing: {
			skills_hard: ['Python', 'SQL'],
			job_titles: ['Data Engineer'],
			companies: ['Acme'],
			emails: ['jane@example.com'],
		},
		entities: expect.arrayContaining([{ start: 0, end: 13, label: 'job_title' }]),
	});
	expect(items[0].pairedItem).toEqual({ item: 0 });
});

test("Parse: the item is HrFlow's parsing as its TextParsingResponse schema checks it (skills labelled skill_hard)", async () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { textParsing } = require('../emulator/hrflow-schemas') as {
		textParsing: (data: unknown) => string[];
	};
	const { items, error } = await hrflow.run(text('parse', { text: 'Python and SQL at Acme' }));
	expect(error).toBeUndefined();
	expect(textParsing(items[0].json)).toEqual([]);
	expect(items[0].json.entities).toEqual(
		expect.arrayContaining([{ start: 0, end: 6, label: 'skill_hard' }]),
	);
});

test('Parse with an empty text fails before any request', async () => {
	const { error } = await hrflow.run(text('parse', { text: '={{ $json.missing }}' }));
	expect(error?.message).toBe('Text is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});
