// The README's operation table is the user's list of what the node does: every operation of every
// resource, with its HrFlow endpoint and the node versions that offer it, and nothing else.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { INodeProperties } from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';

const readme = readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');

/** "Resource | Operation | Version" of every row of the Operations table. */
function tableRows(): Array<{ row: string; endpoint: string }> {
	const section = readme.slice(
		readme.indexOf('## Operations'),
		readme.indexOf('\n## ', readme.indexOf('## Operations') + 3),
	);
	return section
		.split('\n')
		.filter((line) => /^\| \w/.test(line) && !line.startsWith('| Resource'))
		.map((line) => {
			const [resource, operation, endpoint, versions] = line
				.split('|')
				.slice(1, -1)
				.map((cell) => cell.trim());
			return { row: `${resource} | ${operation} | ${versions}`, endpoint };
		});
}

/** "Resource | Operation | Version" of every operation the node offers, in any version. */
function offered(): string[] {
	const node = new HrFlow();
	const versions = Object.keys(node.nodeVersions).map(Number);
	const seen = new Map<string, number[]>();
	for (const version of versions) {
		const properties = node.nodeVersions[version].description.properties as INodeProperties[];
		const resources = (properties.find((property) => property.name === 'resource')?.options ??
			[]) as Array<{ name: string; value: string }>;
		for (const selector of properties.filter((property) => property.name === 'operation')) {
			const resource = String(selector.displayOptions?.show?.resource?.[0]);
			const resourceName = resources.find((option) => option.value === resource)?.name ?? 'Profile';
			for (const option of (selector.options ?? []) as Array<{ name: string }>) {
				const row = `${resourceName} | ${option.name}`;
				seen.set(row, [...(seen.get(row) ?? []), version]);
			}
		}
	}
	return [...seen].map(([row, inVersions]) => `${row} | ${inVersions.join(', ')}`);
}

test('the README lists every operation of the node once, with the versions that offer it', () => {
	const rows = tableRows().map(({ row }) => row);
	expect(rows.length).toBeGreaterThan(40);
	expect([...rows].sort()).toEqual(offered().sort());
});

test('every row of the operation table names its HrFlow endpoint', () => {
	for (const { row, endpoint } of tableRows())
		expect([row, endpoint]).toEqual([row, expect.stringMatching(/`(GET|POST|PUT|PATCH) \/[a-z]/)]);
});
