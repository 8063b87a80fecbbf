// What n8n's editor shows for a node's parameters, computed with n8n's own functions: which fields a
// (resource, operation) shows for each value of the selectors the fields wait on, and each field's
// definition as the user sees it (a collection with the entries it offers there).

import { NodeHelpers } from 'n8n-workflow';
import type {
	INode,
	INodeParameters,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
	NodeParameterValue,
} from 'n8n-workflow';

/** The fields shown for `values`, by name: each as the user sees it (its definition but for when it shows). */
export function shownFields(
	properties: INodeProperties[],
	version: number,
	values: INodeParameters,
): Record<string, string> {
	const description = { name: 'hrFlow', version, properties } as INodeTypeDescription;
	const node = {
		name: 'HrFlow',
		type: 'hrFlow',
		typeVersion: version,
		position: [0, 0],
		parameters: values,
	} as unknown as INode;
	// As the editor does on every change: the parameters shown, with their defaults (stale values of hidden ones dropped).
	const parameters =
		NodeHelpers.getNodeParameters(properties, values, true, false, node, description) ?? {};
	const shown: Record<string, string> = {};
	for (const property of properties) {
		if (
			!(property.name in parameters) ||
			!NodeHelpers.displayParameter(parameters, property, node, description, parameters)
		)
			continue;
		const entries =
			property.type === 'collection'
				? (property.options as INodeProperties[])
						.filter((entry) =>
							NodeHelpers.displayParameter({}, entry, node, description, parameters),
						)
						.map(withoutDisplay)
				: property.options;
		shown[property.name] = JSON.stringify({ ...withoutDisplay(property), options: entries });
	}
	return shown;
}

function withoutDisplay<T extends { displayOptions?: unknown }>(
	property: T,
): Omit<T, 'displayOptions'> {
	const { displayOptions: _displayOptions, ...definition } = property;
	return definition;
}

/** The names fields wait on (show or hide conditions), resource and operation aside. */
function selectorNames(properties: INodeProperties[]): string[] {
	const names = properties.flatMap((property) => [
		...Object.keys(property.displayOptions?.show ?? {}),
		...Object.keys(property.displayOptions?.hide ?? {}),
	]);
	return [...new Set(names)].filter(
		(name) => /^\w/.test(name) && !['resource', 'operation'].includes(name),
	);
}

/** Every value a selector can hold: its options, true and false, and each value a condition names. */
function selectorValues(properties: INodeProperties[], name: string): NodeParameterValue[] {
	const values = new Set<NodeParameterValue>();
	for (const property of properties) {
		if (property.name === name) {
			for (const option of (property.options ?? []) as INodePropertyOptions[])
				values.add(option.value as NodeParameterValue);
			if (property.type === 'boolean') [true, false].forEach((value) => values.add(value));
		}
		for (const conditions of [
			property.displayOptions?.show?.[name],
			property.displayOptions?.hide?.[name],
		]) {
			for (const condition of conditions ?? [])
				if (typeof condition !== 'object' || condition === null)
					values.add(condition as NodeParameterValue);
		}
	}
	return [...values];
}

/**
 * The parameter values to look at: for every (resource, operation) offered, every combination of the
 * selectors it shows, and each value of a selector it does not show (a value left over from another
 * operation, as saved workflows and the editor can hold).
 */
export function displayCases(properties: INodeProperties[], version: number): INodeParameters[] {
	const selectors = selectorNames(properties);
	const cases: INodeParameters[] = [];
	for (const selector of properties.filter((property) => property.name === 'operation')) {
		for (const resource of selector.displayOptions?.show?.resource as string[]) {
			for (const { value: operation } of selector.options as INodePropertyOptions[]) {
				const base: INodeParameters = { resource, operation: operation as string };
				const shownSelectors = selectors.filter(
					(name) => name in shownFields(properties, version, base),
				);
				let combinations: INodeParameters[] = [base];
				for (const name of shownSelectors) {
					combinations = combinations.flatMap((combination) =>
						selectorValues(properties, name).map((value) => ({ ...combination, [name]: value })),
					);
				}
				const leftOver = selectors
					.filter((name) => !shownSelectors.includes(name))
					.flatMap((name) =>
						selectorValues(properties, name).map((value) => ({ ...base, [name]: value })),
					);
				cases.push(...combinations, ...leftOver);
			}
		}
	}
	return cases;
}
