// Tracking › Get Many (version 2) through n8n's engine: the query HrFlow gets (lists as JSON arrays,
// sent only when they hold a value), one item per tracking over pages, linked to its input item;
// HrFlow's "Unable to find object" as no trackings; bad input before any request; On Error.

import { jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { expectFailureInEachOnErrorMode } from '../harness/onError';
import { dataEngineer, designer, feedback } from '../harness/feedback';

const hrflow = useHrFlow();
const { run, recorded } = feedback(hrflow, 'tracking');
const query = (index = 0) => queryOf(hrflow.emulator.requests[index]);

test('by boards: role and board_keys only (no source_keys, no actions), one item per tracking linked to its input', async () => {
	await recorded(
		{ action: 'view' },
		{ action: 'apply', job_key: designer.key },
		{ action: 'hire', role: 'manager' },
	);
	const { items, error } = await run({
		operation: 'getMany',
		role: 'recruiter',
		boards: [sample.ENGINEERING_BOARD_KEY],
		returnAll: true,
	});
	expect(error).toBeUndefined();
	expect(query()).toEqual({
		role: 'recruiter',
		board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
		page: '1',
		limit: '100',
	});
	expect(items.map((item) => [item.json.action, item.json.job_key])).toEqual([
		['apply', designer.key],
		['view', dataEngineer.key],
	]);
	expect(items.every((item) => (item.pairedItem as { item: number }).item === 0)).toBe(true);
});

test('by sources, Actions comma-separated: source_keys and actions as JSON arrays', async () => {
	await recorded(
		{ action: 'view' },
		{ action: 'apply', profile_key: kenji.key },
		{ action: 'hire' },
	);
	const { items } = await run({
		operation: 'getMany',
		role: 'recruiter',
		sources: `${sample.SOURCE_KEY.toUpperCase()}`,
		options: { actions: 'apply, hire,' },
	});
	expect(query()).toMatchObject({
		source_keys: JSON.stringify([sample.SOURCE_KEY]),
		actions: JSON.stringify(['apply', 'hire']),
	});
	expect(query().board_keys).toBeUndefined();
	expect(items.map((item) => [item.json.action, item.json.profile_key])).toEqual([
		['hire', jane.key],
		['apply', kenji.key],
	]);
});

test('Sources, Boards and Actions from expressions (lists), both sides sent', async () => {
	await recorded({ action: 'interview' }, { action: 'view' });
	const { items } = await run(
		{
			operation: 'getMany',
			role: 'recruiter',
			sources: '={{ $json.sources }}',
			boards: '={{ $json.boards }}',
			options: { actions: '={{ $json.stages }}' },
		},
		[
			{
				sources: [sample.SOURCE_KEY],
				boards: [sample.ENGINEERING_BOARD_KEY],
				stages: ['interview'],
			},
		],
	);
	expect(query()).toMatchObject({
		source_keys: JSON.stringify([sample.SOURCE_KEY]),
		board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
		actions: JSON.stringify(['interview']),
	});
	expect(items.map((item) => item.json.action)).toEqual(['interview']);
});

test('Limit over pages, for each input item (n8n sends items at once): pages of 100, every item linked to its own input', async () => {
	await recorded(...Array.from({ length: 130 }, (_, i) => ({ action: `stage-${i}` })));
	const { items, error } = await run(
		{ operation: 'getMany', role: 'recruiter', boards: [sample.ENGINEERING_BOARD_KEY], limit: 120 },
		[{}, {}],
	);
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.map((request) => queryOf(request).page).sort()).toEqual([
		'1',
		'1',
		'2',
		'2',
	]);
	expect(items).toHaveLength(240);
	expect(
		items.slice(0, 120).every((item) => (item.pairedItem as { item: number }).item === 0),
	).toBe(true);
	expect(items.slice(120).every((item) => (item.pairedItem as { item: number }).item === 1)).toBe(
		true,
	);
	expect(items[0].json.action).toBe('stage-129');
});

test('HrFlow\'s "Unable to find object" (no tracking matches) is no trackings: no item, no error', async () => {
	const { items, error } = await run({
		operation: 'getMany',
		role: 'candidate',
		boards: [sample.ENGINEERING_BOARD_KEY],
	});
	expect(hrflow.emulator.requests).toHaveLength(1);
	expect(error).toBeUndefined();
	expect(items).toEqual([]);
});

test('HrFlow\'s "Unable to find object: source" names a key to fix: the error is kept, with what to check', async () => {
	const { error } = await run({
		operation: 'getMany',
		role: 'recruiter',
		sources: [sample.hrflowKey('no such source')],
	});
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid parameters. Unable to find object: source',
		description: expect.stringContaining('Check the Source'),
		httpCode: '400',
	});
});

describe('bad input fails naming the field, before any request', () => {
	test.each([
		[
			'neither Sources nor Boards',
			{ sources: [], boards: [] },
			'Sources and Boards are both empty',
		],
		['a source that is no key', { sources: ['abc'] }, 'Sources "abc" is not an HrFlow key'],
		[
			'Boards that is an object',
			{ boards: '={{ { a: 1 } }}' },
			'Boards must be a list or comma-separated text, not an object',
		],
		[
			'Actions that is a number',
			{ boards: [sample.ENGINEERING_BOARD_KEY], options: { actions: '={{ 3 }}' } },
			'Actions must be a list or comma-separated text, not a number',
		],
		[
			'a role HrFlow does not have',
			{ boards: [sample.ENGINEERING_BOARD_KEY], role: '={{ "ceo" }}' },
			'Role "ceo" is not one of recruiter, candidate, employee or manager',
		],
		[
			'a limit of 0',
			{ boards: [sample.ENGINEERING_BOARD_KEY], limit: '={{ 0 }}' },
			'Limit must be a whole number of at least 1, not 0',
		],
	])('%s', async (_what, parameters, message) => {
		const { error } = await run({ operation: 'getMany', role: 'recruiter', ...parameters });
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test('a write-only key may not read: each On Error mode outputs the item linked to its input', async () => {
	const parameters = {
		operation: 'getMany',
		role: 'recruiter',
		boards: [sample.ENGINEERING_BOARD_KEY],
	};
	const message = 'HrFlow error 403: Unauthorized. This API key has no read permission';
	await expectFailureInEachOnErrorMode(run, parameters, {
		message,
		httpCode: '403',
		credentialId: 'writeOnly',
	});
});
