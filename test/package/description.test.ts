// What the editor shows of the node: its subtitle for every operation, its description.

import { Workflow } from 'n8n-workflow';
import type { INode, INodeTypes } from 'n8n-workflow';

import { Engine } from '../harness/engine';
import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';

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
