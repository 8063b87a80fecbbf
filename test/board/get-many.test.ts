// Board › Get Many (version 2) through n8n's engine: GET /boards page by page, Options › Name, one
// item per board linked to its input, bad input before any request, On Error.

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { expectFailureInEachOnErrorMode } from '../harness/onError';

const hrflow = useHrFlow();
const run: typeof hrflow.run = async (...parameters) => await hrflow.run(...parameters);
const boards = () => (hrflow.emulator as unknown as { boards: Record<string, object> }).boards;

test('Return All: every board of the account, newest first (no name sent), one item each with its size, linked to its input', async () => {
	const { items, error } = await run({ resource: 'board', operation: 'getMany', returnAll: true });
	expect(error).toBeUndefined();
	expect(
		hrflow.emulator.requests.map(
			(request) => `${request.path} ${JSON.stringify(queryOf(request))}`,
		),
	).toEqual(['/v1/boards {"page":"1","limit":"100"}']);
	expect(
		items.map((item) => [
			item.json.name,
			(item.json.stats as { size: string }).size,
			item.pairedItem,
		]),
	).toEqual([
		['Open positions', '0', { item: 0 }],
		['Internships', '0', { item: 0 }],
		['Engineering', '3', { item: 0 }],
		['Sales and marketing', '0', { item: 0 }],
	]);
	expect(items[2].json.key).toBe(sample.ENGINEERING_BOARD_KEY);
});

test('Limit and Name from an expression, item by item: name sent, each board linked to its own input', async () => {
	const { items } = await run(
		{
			resource: 'board',
			operation: 'getMany',
			limit: 1,
			filters: { name: '={{ $json.name }}' },
		},
		[{ name: 'engineering' }, { name: 'i' }],
	);
	expect(
		hrflow.emulator.requests.map((request) => JSON.stringify(queryOf(request))).sort(),
	).toEqual([
		'{"name":"engineering","page":"1","limit":"1"}',
		'{"name":"i","page":"1","limit":"1"}',
	]);
	expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
		['Engineering', { item: 0 }],
		['Open positions', { item: 1 }],
	]);
});

test('Return All over pages: page 2 is read while meta.maxPage says so', async () => {
	for (let i = 0; i < 101; i++)
		boards()[sample.hrflowKey(`bulk board ${i}`)] = { name: `Bulk ${i}`, jobs: [] };
	const { items } = await run({
		resource: 'board',
		operation: 'getMany',
		returnAll: true,
		filters: { name: 'bulk' },
	});
	expect(hrflow.emulator.requests.map((request) => queryOf(request).page)).toEqual(['1', '2']);
	expect(new Set(items.map((item) => item.json.key)).size).toBe(101);
});

test('a Name that is a list fails naming Name, before any request', async () => {
	const { error } = await run({
		resource: 'board',
		operation: 'getMany',
		filters: { name: '={{ ["a"] }}' },
	});
	expect(error?.message).toBe('Name must be text, not a list');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('a write-only key may not list boards: each On Error mode gives the item linked to its input', async () => {
	const parameters = { resource: 'board', operation: 'getMany' };
	const message = 'HrFlow error 403: Unauthorized. This API key has no read permission';
	await expectFailureInEachOnErrorMode(run, parameters, {
		message,
		httpCode: '403',
		credentialId: 'writeOnly',
	});
});
