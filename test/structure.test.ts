// The request layer's rule, enforced: every operation of the node, in every version, is routed
// through transport/request.ts (hrflowRequest), and no field routes anything itself. An operation
// written the usual declarative way would silently lose redaction, pairedItem and clean errors.

import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeProperties, INodePropertyOptions, INodeTypeDescription } from 'n8n-workflow';

import { HrFlow } from '../nodes/HrFlow/HrFlow.node';
import { isHrFlowRouting } from '../nodes/HrFlow/transport/request';

/** What breaks the rule in a description, for the given version; empty when it holds. */
function routingProblems(description: INodeTypeDescription, version: number): string[] {
	const problems: string[] = [];
	const node = { typeVersion: version, parameters: {} } as unknown as INode;
	const shown = (property: INodeProperties) =>
		NodeHelpers.displayParameter({}, property, node, description) || property.displayOptions?.show?.resource !== undefined;
	for (const property of description.properties) {
		if (property.routing) problems.push(`field ${property.name} has its own routing`);
		if (property.name !== 'operation' || !shown(property)) continue;
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			if (!isHrFlowRouting(option.routing)) problems.push(`operation ${String(option.value)} is not routed through hrflowRequest`);
		}
	}
	if (description.requestDefaults && Object.keys(description.requestDefaults).some((key) => !['baseURL', 'json', 'ignoreHttpStatusErrors'].includes(key))) {
		problems.push('requestDefaults holds more than baseURL, json and ignoreHttpStatusErrors');
	}
	return problems;
}

const description = new HrFlow().description;
const versions = description.version as number[];

test('the node has versions 1 and 2, new nodes get 2', () => {
	expect(versions).toEqual([1, 2]);
	expect(description.defaultVersion).toBe(2);
});

test.each(versions)('version %i: every operation goes through hrflowRequest, no field routes anything', (version) => {
	expect(routingProblems(description, version)).toEqual([]);
	const operations = description.properties.filter((property) => property.name === 'operation');
	expect(operations.flatMap((property) => property.options ?? []).length).toBeGreaterThanOrEqual(5);
});

test('the check fails on an operation routed the usual declarative way, and on a field with its own routing', () => {
	let [operationMutated, fieldMutated] = [false, false];
	const mutated: INodeTypeDescription = {
		...description,
		properties: description.properties.map((property) =>
			property.name === 'operation' && !operationMutated && (operationMutated = true)
				? {
						...property,
						options: [
							...(property.options as INodePropertyOptions[]),
							{ name: 'Plain', value: 'plain', routing: { request: { method: 'GET', url: '/profile/indexing' } } },
						],
					}
				: property.name === 'simplify' && !fieldMutated && (fieldMutated = true)
					? { ...property, routing: { send: { type: 'query', property: 'simplify' } } }
					: property,
		),
	};
	expect(routingProblems(mutated, 2).sort()).toEqual(['field simplify has its own routing', 'operation plain is not routed through hrflowRequest']);
});

/** Whether a property's `@version` condition lets it show in `version`. */
function inVersion(property: INodeProperties, version: number): boolean {
	const conditions = property.displayOptions?.show?.['@version'] as Array<number | { _cnd: { gte: number } }> | undefined;
	if (!conditions) return true;
	return conditions.some((condition) => (typeof condition === 'number' ? condition === version : version >= condition._cnd.gte));
}

test('a shared field is one property per resource and version: none twice but for the operations it shows in', () => {
	const withoutOperations = (property: INodeProperties) =>
		JSON.stringify({ ...property, displayOptions: { ...property.displayOptions, show: { ...property.displayOptions?.show, operation: undefined } } });
	for (const version of versions) {
		const seen = new Set<string>();
		const twice: string[] = [];
		for (const property of description.properties.filter((candidate) => inVersion(candidate, version))) {
			const identity = withoutOperations(property);
			if (seen.has(identity)) twice.push(`${String(property.displayOptions?.show?.resource)} › ${property.name}`);
			seen.add(identity);
		}
		expect(twice).toEqual([]);
	}
});
