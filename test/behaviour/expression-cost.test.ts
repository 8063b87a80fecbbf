// What a user's expression costs per item in n8n's declarative engine: RoutingNode reads every
// property of the description for every item, twice (runNode, then resolveBaseUrl for the
// credential's domain check), and evaluates the value of each property of that name. One property
// per name: two evaluations per item, however many operations share the field. Each node version
// has its own description, so version 1 does not read version 2's properties.

import { RoutingNode } from 'n8n-core';
import type { IDataObject } from 'n8n-workflow';

import { jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const source = { __rl: true, mode: 'id', value: sample.SOURCE_KEY };
const ITEMS = 3;

/** How many times per item n8n's engine evaluates parameter values matching `isValue` during the run. */
async function evaluationsPerItem(
	isValue: (value: unknown) => boolean,
	parameters: IDataObject,
	input: IDataObject,
	version = 2,
	credential?: string,
): Promise<number> {
	const spy = jest.spyOn(
		RoutingNode.prototype as unknown as { getParameterValue: (value: unknown) => unknown },
		'getParameterValue',
	);
	try {
		const { items, error } = await (version === 1 ? hrflow.runV1 : hrflow.run)(
			parameters,
			Array.from({ length: ITEMS }, () => input),
			undefined,
			credential,
		);
		expect(error).toBeUndefined();
		expect(items.length).toBeGreaterThanOrEqual(ITEMS);
		return spy.mock.calls.filter(([value]) => isValue(value)).length / ITEMS;
	} finally {
		spy.mockRestore();
	}
}

test('Profile › Get: an expression in Simplify (shared with Search, Score and the Job operations) is evaluated twice per item', async () => {
	const expression = '={{ $json.simplify }}';
	const parameters = {
		operation: 'get',
		source,
		identifierType: 'key',
		profileKey: jane.key,
		simplify: expression,
	};
	expect(
		await evaluationsPerItem((value) => value === expression, parameters, { simplify: true }),
	).toBe(2);
});

test('Profile › Get Many: an expression in Limit (shared with Search, Score and the Job operations) is evaluated twice per item', async () => {
	const expression = '={{ $json.limit }}';
	const parameters = { operation: 'getMany', sources: [sample.SOURCE_KEY], limit: expression };
	expect(await evaluationsPerItem((value) => value === expression, parameters, { limit: 1 })).toBe(
		2,
	);
});

test('Profile › Get Metadatas: its Options are read from two Options properties at most (Sort By has two definitions), not one per operation', async () => {
	const options = { output: 'single', metadataNames: '={{ $json.names }}' };
	const parameters = {
		operation: 'getMetadatas',
		source,
		identifierType: 'key',
		profileKey: jane.key,
		options,
	};
	const isOptions = (value: unknown) =>
		typeof value === 'object' &&
		value !== null &&
		(value as IDataObject).metadataNames === options.metadataNames;
	expect(
		await evaluationsPerItem(isOptions, parameters, { names: 'linkedin' }),
	).toBeLessThanOrEqual(4);
});

test("version 1, Profile › Get: an expression in Profile Reference is evaluated twice per item (version 2's Job › Score and Create or Update copies are not read)", async () => {
	const expression = '={{ $json.reference }}';
	const parameters = {
		operation: 'get',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'reference',
		profileReference: expression,
	};
	expect(
		await evaluationsPerItem(
			(value) => value === expression,
			parameters,
			{ reference: jane.reference },
			1,
		),
	).toBe(2);
});

test('version 2, Profile › Get by reference: an expression in Profile Reference is evaluated twice per item (one property for the lookups, Create or Update and Job › Score)', async () => {
	const expression = '={{ $json.reference }}';
	const parameters = {
		operation: 'get',
		source,
		identifierType: 'reference',
		profileReference: expression,
	};
	expect(
		await evaluationsPerItem((value) => value === expression, parameters, {
			reference: jane.reference,
		}),
	).toBe(2);
});

test('version 2, Job › Score by profile key: an expression in Profile Key is evaluated twice per item (the property Profile lookups use)', async () => {
	const expression = '={{ $json.key }}';
	const parameters = {
		resource: 'job',
		operation: 'score',
		boards: [sample.ENGINEERING_BOARD_KEY],
		source,
		identifierType: 'key',
		profileKey: expression,
		algorithmKey: 'algo-skills',
		limit: 2,
	};
	expect(
		await evaluationsPerItem((value) => value === expression, parameters, { key: jane.key }),
	).toBe(2);
});

test('version 2, Job › Create or Update: an expression in Job Reference is evaluated twice per item (the property Job lookups and Profile › Score use)', async () => {
	const expression = '={{ $json.reference }}';
	const board = { __rl: true, mode: 'id', value: sample.BOARD_KEY };
	const parameters = {
		resource: 'job',
		operation: 'upsert',
		board,
		jobReference: expression,
		jobDefinition: 'fields',
		name: 'Data Engineer',
		jobFields: {},
	};
	expect(
		await evaluationsPerItem(
			(value) => value === expression,
			parameters,
			{ reference: 'REQ-COST-1' },
			2,
			'readWrite',
		),
	).toBe(2);
});
