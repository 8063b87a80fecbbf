// Source › Get Many (version 2) through n8n's engine: GET /sources page by page, Options › Name,
// one item per source linked to its input, bad input before any request, On Error.

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { expectFailureInEachOnErrorMode } from '../harness/onError';

const hrflow = useHrFlow();
const run: typeof hrflow.run = async (...parameters) => await hrflow.run(...parameters);

test('Return All: every source of the account over pages of 100 (no name sent), one item each, linked to its input', async () => {
	const total = Object.keys(hrflow.emulator.sources).length;
	const { items, error } = await run({ resource: 'source', operation: 'getMany', returnAll: true });
	expect(error).toBeUndefined();
	expect(
		hrflow.emulator.requests.map(
			(request) => `${request.path} ${JSON.stringify(queryOf(request))}`,
		),
	).toEqual(['/v1/sources {"page":"1","limit":"100"}']);
	expect(items).toHaveLength(total);
	expect(items[0]).toEqual({
		json: expect.objectContaining({
			key: expect.any(String),
			name: 'Sandbox candidates',
			stats: { size: '3' },
		}),
		pairedItem: { item: 0 },
	});
});

test('Limit and Name from an expression, item by item: name sent, one item per source linked to its own input', async () => {
	const { items } = await run(
		{
			resource: 'source',
			operation: 'getMany',
			limit: 3,
			filters: { name: '={{ $json.year }}' },
		},
		[{ year: 2024 }, { year: ' Q1 ' }],
	);
	expect(
		hrflow.emulator.requests.map((request) => JSON.stringify(queryOf(request))).sort(),
	).toEqual(['{"name":"2024","page":"1","limit":"3"}', '{"name":"Q1","page":"1","limit":"3"}']);
	expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([
		['Archive 2024 Q4', { item: 0 }],
		['Archive 2024 Q3', { item: 0 }],
		['Archive 2024 Q2', { item: 0 }],
		['Archive 2025 Q1', { item: 1 }],
		['Archive 2024 Q1', { item: 1 }],
		['Archive 2023 Q1', { item: 1 }],
	]);
});

test('Return All over pages: page 2 is read while meta.maxPage says so', async () => {
	for (let i = 0; i < 120; i++)
		hrflow.emulator.sources[sample.hrflowKey(`bulk ${i}`)] = {
			name: `Bulk ${i}`,
			created_at: `2025-01-01T00:00:${String(i % 60).padStart(2, '0')}+0000`,
			profiles: [],
		} as never;
	const { items } = await run({
		resource: 'source',
		operation: 'getMany',
		returnAll: true,
		filters: { name: 'bulk' },
	});
	expect(hrflow.emulator.requests.map((request) => queryOf(request).page)).toEqual(['1', '2']);
	expect(items).toHaveLength(120);
	expect(new Set(items.map((item) => item.json.key)).size).toBe(120);
});

test('Name matching nothing: no item, no error', async () => {
	const { items, error } = await run({
		resource: 'source',
		operation: 'getMany',
		filters: { name: 'no such source' },
	});
	expect(error).toBeUndefined();
	expect(items).toEqual([]);
});

test('a Name that is an object fails naming Name, before any request', async () => {
	const { error } = await run({
		resource: 'source',
		operation: 'getMany',
		filters: { name: '={{ { a: 1 } }}' },
	});
	expect(error?.message).toBe('Name must be text, not an object');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('a write-only key may not list sources: each On Error mode gives the item linked to its input', async () => {
	const parameters = { resource: 'source', operation: 'getMany' };
	const message = 'HrFlow error 403: Unauthorized. This API key has no read permission';
	await expectFailureInEachOnErrorMode(run, parameters, {
		message,
		httpCode: '403',
		credentialId: 'writeOnly',
	});
});
