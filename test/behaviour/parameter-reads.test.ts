// An operation reads its parameters with readParameter (parameters/read.ts): the value
// getNodeParameter gives, without evaluating a second time what n8n's engine has already
// evaluated twice for the item, where the answer is plain: a value that is no expression, or an
// expression reading one property of the item that holds text, a number or a boolean.

import { WorkflowExpression } from 'n8n-workflow';
import type { IDataObject } from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';
import { readParameter } from '../../nodes/HrFlow/parameters/read';
import { jane, queryOf, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const source = { __rl: true, mode: 'id', value: sample.SOURCE_KEY };
const getByReference = (profileReference: string) => ({
	operation: 'get',
	source,
	identifierType: 'reference',
	profileReference,
});

/** The run's Profile Reference evaluations per item (n8n's engine makes two) and the references sent. */
async function referencesSent(
	profileReference: string,
	input: IDataObject[],
): Promise<{ evaluations: number; sent: string[]; errors: string[] }> {
	hrflow.emulator.requests.length = 0;
	const spy = jest.spyOn(WorkflowExpression.prototype, 'getParameterValue');
	try {
		const { items } = await hrflow.run(getByReference(profileReference), input, {
			onError: 'continueRegularOutput',
		});
		const evaluations =
			spy.mock.calls.filter(([value]) => value === profileReference).length / input.length;
		const sent = hrflow.emulator.requests
			.filter((request) => request.path === '/v1/profile/indexing')
			.map((request) => String(queryOf(request).reference));
		return {
			evaluations,
			sent,
			errors: items.map((item) => String(item.json.error ?? '')).filter(Boolean),
		};
	} finally {
		spy.mockRestore();
	}
}

test('an expression reading a property of the item that holds text is read from the item: no third evaluation, the same reference sent', async () => {
	const { evaluations, sent } = await referencesSent('={{ $json.reference }}', [
		{ reference: jane.reference },
		{ reference: jane.reference },
	]);
	expect(sent).toEqual([jane.reference, jane.reference]);
	expect(evaluations).toBe(2);
});

test('a nested property path and a number are read from the item too; a number is sent as n8n gives it', async () => {
	const { evaluations, sent } = await referencesSent('={{ $json.candidate.ats.id }}', [
		{ candidate: { ats: { id: 1042 } } },
	]);
	expect(sent).toEqual(['1042']);
	expect(evaluations).toBe(2);
});

test('a missing property, an array element, any other expression: n8n evaluates it (a third evaluation), with its own answer', async () => {
	const missing = await referencesSent('={{ $json.reference }}', [{ other: 'x' }]);
	expect(missing.evaluations).toBe(3);
	expect(missing.sent).toEqual([]);
	expect(missing.errors.join()).toMatch(/Profile Reference/);
	const element = await referencesSent('={{ $json.references[0] }}', [
		{ references: [jane.reference] },
	]);
	expect([element.evaluations, element.sent]).toEqual([3, [jane.reference]]);
	const computed = await referencesSent('={{ $json.prefix + "-1042" }}', [{ prefix: 'candidate' }]);
	expect([computed.evaluations, computed.sent]).toEqual([3, ['candidate-1042']]);
});

test("a property holding an object is n8n's to evaluate; the node then says what is wrong", async () => {
	const { evaluations, errors } = await referencesSent('={{ $json.candidate }}', [
		{ candidate: { id: 1042 } },
	]);
	expect(evaluations).toBe(3);
	expect(errors.join()).toMatch(/Profile Reference/);
});

test('readParameter: a property the item only inherits (constructor, __proto__) is never read from the item', () => {
	const evaluated: string[] = [];
	for (const expression of [
		'={{ $json.constructor }}',
		'={{ $json.__proto__ }}',
		'={{ $json.toString }}',
	]) {
		const context = {
			getNodeParameter: (
				name: string,
				fallback?: unknown,
				options?: { rawExpressions?: boolean },
			) => (options?.rawExpressions ? expression : (evaluated.push(expression), 'n8n')),
			getInputData: () => ({ json: {} }),
		};
		expect(readParameter(context, 'profileReference', '')).toBe('n8n');
	}
	expect(evaluated).toHaveLength(3);
});

test('no field of the node has a validateType: a plain value getNodeParameter would check is never read as it is', () => {
	const node = new HrFlow();
	for (const version of Object.values(node.nodeVersions)) {
		expect(
			version.description.properties
				.filter((property) => property.validateType !== undefined)
				.map((property) => property.name),
		).toEqual([]);
	}
});

const sourceProperties = new HrFlow().nodeVersions[2].description.properties.filter(
	(property) => property.name === 'source',
).length;

test('a Source picked from the list, or given as an expression reading the item, is read without evaluating it again', async () => {
	for (const value of [sample.SOURCE_KEY, '={{ $json.source }}']) {
		hrflow.emulator.requests.length = 0;
		const locator = { __rl: true, mode: 'list', value, cachedResultName: 'Sandbox candidates' };
		const spy = jest.spyOn(WorkflowExpression.prototype, 'getParameterValue');
		try {
			const { error } = await hrflow.run({ ...getByReference(jane.reference), source: locator }, [
				{ source: sample.SOURCE_KEY },
			]);
			expect(error).toBeUndefined();
			// n8n's engine reads the locator twice per Source property; getNodeParameter would be one more.
			expect(
				spy.mock.calls.filter(
					([parameter]) => JSON.stringify(parameter) === JSON.stringify(locator),
				),
			).toHaveLength(2 * sourceProperties);
		} finally {
			spy.mockRestore();
		}
		expect(queryOf(hrflow.emulator.requests[0]).source_key).toBe(sample.SOURCE_KEY);
	}
});
