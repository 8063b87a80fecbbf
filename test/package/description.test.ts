// What the editor shows of the node: its subtitle for every operation, its description.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import { Workflow } from 'n8n-workflow';
import type { INode, INodeProperties, INodeTypes } from 'n8n-workflow';

import { Engine } from '../harness/engine';
import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';
import { HrFlowTrigger } from '../../nodes/HrFlowTrigger/HrFlowTrigger.node';

const nodeType = new HrFlow().nodeVersions[2];
const operations = (nodeType.description.properties.find(
	(property) => property.name === 'operation',
)?.options ?? []) as Array<{ value: string }>;

beforeAll(async () => await Engine.startExpressions());
afterAll(async () => await Engine.stopExpressions());

test.each(operations.map((option) => option.value))(
	'the subtitle of %s reads "<operation>: <resource>"',
	async (operation) => {
		const node: INode = {
			id: 'n',
			name: 'HrFlow',
			type: 'n8n-nodes-hrflow.hrFlow',
			typeVersion: 2,
			position: [0, 0],
			parameters: { resource: 'profile', operation },
		};
		const nodeTypes: INodeTypes = {
			getByName: () => nodeType,
			getByNameAndVersion: () => nodeType,
			getKnownTypes: () => ({}),
		};
		const workflow = new Workflow({ nodes: [node], connections: {}, active: false, nodeTypes });
		await workflow.expression.acquireIsolate();
		try {
			const subtitle = workflow.expression.getSimpleParameterValue(
				node,
				nodeType.description.subtitle!,
				'internal',
				{},
			);
			expect(subtitle).toBe(`${operation}: profile`);
		} finally {
			await workflow.expression.releaseIsolate();
		}
	},
);

test('the description says what the node does now, and package.json says the same', () => {
	expect(new HrFlow().description.description).toContain('Parse résumés');
	expect(new HrFlow().nodeVersions[2].description.description).toBe(
		new HrFlow().description.description,
	);
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	expect(require('../../package.json').description).toContain('parse résumés');
});

/** Every property of a description, collections' and fixed collections' entries included. */
function everyProperty(properties: INodeProperties[]): INodeProperties[] {
	return properties.flatMap((property) => {
		const entries = (property.options ?? []) as Array<
			INodeProperties | { values?: INodeProperties[] }
		>;
		const nested = entries.flatMap((entry) =>
			'values' in entry && entry.values
				? entry.values
				: 'type' in entry
					? [entry as INodeProperties]
					: [],
		);
		return [property, ...everyProperty(nested)];
	});
}

test("n8n's newer rules: every hint at most 120 characters (hint-max-length), no emoji in an option's name (no-emoji-in-options)", () => {
	const descriptions = [...Object.values(new HrFlow().nodeVersions), new HrFlowTrigger()].map(
		(node) => node.description,
	);
	const properties = descriptions.flatMap((description) => everyProperty(description.properties));
	expect(properties.length).toBeGreaterThan(100);
	expect(
		properties
			.filter((property) => (property.hint ?? '').length > 120)
			.map((property) => property.name),
	).toEqual([]);
	const emoji = /\p{Extended_Pictographic}/u;
	const names = properties.flatMap((property) =>
		((property.options ?? []) as Array<{ name?: string }>).map((option) => option.name ?? ''),
	);
	expect(names.filter((name) => emoji.test(name))).toEqual([]);
});

test('the codex files have no subcategories: n8n refuses them from a node not built with its AI node SDK (no-codex-subcategories)', () => {
	for (const file of [
		'nodes/HrFlow/HrFlow.node.json',
		'nodes/HrFlowTrigger/HrFlowTrigger.node.json',
	]) {
		const codex = JSON.parse(
			readFileSync(path.join(__dirname, '..', '..', file), 'utf8'),
		) as Record<string, unknown>;
		expect(codex).not.toHaveProperty('subcategories');
		expect(codex.categories).toEqual(['Data & Storage', 'Productivity']);
	}
});

test("the trigger's description, which n8n's node creator shows as the whole app's above the actions, says what the app does", () => {
	const trigger = new HrFlowTrigger().description.description;
	expect(trigger).toContain('Parse résumés');
	expect(trigger).toMatch(/starts a workflow when a profile or a job arrives or changes/);
});
