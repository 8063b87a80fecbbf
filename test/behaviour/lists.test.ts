// The editor's lists, called through n8n-core's own load-options context as n8n's REST API calls
// them: the Source resource locator's searchable list, and Get Many's multi-select of sources.

import { messages } from '../harness/expectations';
import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const SOURCES = 41;

describe('Source › From List (searchSources)', () => {
	test('the first page: the newest sources by name, keys as values, a token for the next page', async () => {
		const { results, paginationToken } = await hrflow.engine.listSearch('searchSources');
		expect(results).toHaveLength(30);
		expect(results.slice(0, 3)).toEqual([
			{ name: 'Sandbox candidates', value: sample.SOURCE_KEY },
			{ name: 'Empty source', value: sample.OTHER_SOURCE_KEY },
			{ name: 'Many candidates', value: sample.MANY_SOURCE_KEY },
		]);
		expect(paginationToken).toBe('2');
		expect(hrflow.emulator.requests[0].query).toEqual({ page: ['1'], limit: ['30'] });
	});

	test('the second page as the user scrolls, and no token after the last', async () => {
		const { results, paginationToken } = await hrflow.engine.listSearch(
			'searchSources',
			undefined,
			'2',
		);
		expect(results).toHaveLength(SOURCES - 30);
		expect(paginationToken).toBeUndefined();
		expect(hrflow.emulator.requests[0].query).toEqual({ page: ['2'], limit: ['30'] });
	});

	test("a name filter, sent as HrFlow's name parameter", async () => {
		const { results, paginationToken } = await hrflow.engine.listSearch(
			'searchSources',
			' linkedin ',
		);
		expect(results).toEqual([
			{ name: 'LinkedIn applicants', value: expect.stringMatching(/^[0-9a-f]{40}$/) },
		]);
		expect(paginationToken).toBeUndefined();
		expect(hrflow.emulator.requests[0].query.name).toEqual(['linkedin']);
	});

	test('an empty result', async () => {
		expect(await hrflow.engine.listSearch('searchSources', 'no such source')).toEqual({
			results: [],
			paginationToken: undefined,
		});
	});

	test("HrFlow's error, with HrFlow's message and the key redacted", async () => {
		await expect(
			hrflow.engine.listSearch('searchSources', undefined, undefined, 'badKey'),
		).rejects.toMatchObject({
			message: messages.refusedKey,
			httpCode: '401',
		});
	});
});

describe('Get Many › Sources (getSources)', () => {
	test('every source of the account, across pages, names shown and keys stored', async () => {
		const options = await hrflow.engine.loadOptions('getSources');
		expect(options).toHaveLength(SOURCES);
		expect(options[0]).toEqual({
			name: 'Sandbox candidates',
			value: sample.SOURCE_KEY,
			description: `api · ${sample.SOURCE_KEY}`,
		});
		expect(hrflow.emulator.requests.map((request) => request.query.page?.[0])).toEqual(['1']);
		expect(hrflow.emulator.requests[0].query.limit).toEqual(['100']);
	});

	test("HrFlow's error, redacted", async () => {
		await expect(hrflow.engine.loadOptions('getSources', 'badKey')).rejects.toMatchObject({
			message: messages.refusedKey,
		});
	});
});

describe('Board › From List (searchBoards) and Boards (getBoards)', () => {
	test('boards by name, newest first, keys as values', async () => {
		const { results, paginationToken } = await hrflow.engine.listSearch('searchBoards');
		expect(results.map((result) => result.name)).toEqual([
			'Open positions',
			'Internships',
			'Engineering',
			'Sales and marketing',
		]);
		expect(results[0].value).toBe(sample.BOARD_KEY);
		expect(paginationToken).toBeUndefined();
		expect(hrflow.emulator.requests[0].path).toBe('/v1/boards');
	});

	test('a name filter', async () => {
		const { results } = await hrflow.engine.listSearch('searchBoards', 'intern');
		expect(results.map((result) => result.name)).toEqual(['Internships']);
	});

	test('every board for the multi-select', async () => {
		const options = await hrflow.engine.loadOptions('getBoards');
		expect(options.map((option) => option.name)).toEqual([
			'Open positions',
			'Internships',
			'Engineering',
			'Sales and marketing',
		]);
	});
});
