// The tests' own layout (test/README.md): one file per operation, test/<resource>/<operation>.test.ts
// with the operation's value in kebab case, so a newcomer finds an operation's tests by its name.

import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

import type { INodePropertyOptions } from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';

const testRoot = path.join(__dirname, '..');
const kebab = (value: string) => value.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

/** Every (resource, operation) any version of the node offers. */
function operations(): Array<[string, string]> {
	const found = new Set<string>();
	for (const version of Object.values(new HrFlow().nodeVersions)) {
		for (const property of version.description.properties.filter(
			(candidate) => candidate.name === 'operation',
		)) {
			for (const resource of (property.displayOptions?.show?.resource ?? []) as string[]) {
				for (const option of property.options as INodePropertyOptions[])
					found.add(`${resource}/${String(option.value)}`);
			}
		}
	}
	return [...found].sort().map((entry) => entry.split('/') as [string, string]);
}

test('every operation of every resource has its file: test/<resource>/<operation in kebab case>.test.ts', () => {
	const missing = operations()
		.map(([resource, operation]) => path.join(resource, `${kebab(operation)}.test.ts`))
		.filter((file) => !existsSync(path.join(testRoot, file)));
	expect(missing).toEqual([]);
});

test("a resource's folder holds the files of its operations only", () => {
	const resources = new Map<string, string[]>();
	for (const [resource, operation] of operations())
		resources.set(resource, [...(resources.get(resource) ?? []), `${kebab(operation)}.test.ts`]);
	for (const [resource, files] of resources) {
		expect(
			readdirSync(path.join(testRoot, resource)).filter((file) => !files.includes(file)),
		).toEqual([]);
	}
});

test('no test file lies directly in test/', () => {
	expect(readdirSync(testRoot).filter((file) => file.endsWith('.test.ts'))).toEqual([]);
});
