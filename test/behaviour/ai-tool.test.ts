// The node as an AI Agent tool: n8n-core's createNodeAsTool (what n8n's AI Agent uses for the
// generated "hrFlowTool" node type) turns an HrFlow node whose identifier comes from $fromAI()
// into a tool with a description and an argument schema; calling the tool runs the node.

import { NodeHelpers } from 'n8n-workflow';
import type { INode } from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';
import { jane, sample, useHrFlow } from '../harness/hrflow';

// Not in n8n-core's public exports: the AI Agent reaches it through n8n's node loader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const {
	createNodeAsTool,
} = require('n8n-core/dist/execution-engine/node-execution-context/utils/create-node-as-tool');

const hrflow = useHrFlow();

/** The node's version class, as n8n's node types give it for the node's version. */
const versionOf = (node: INode) => NodeHelpers.getVersionedNodeType(new HrFlow(), node.typeVersion);

const toolNode = (operation: string): INode => ({
	id: 'tool',
	name: 'HrFlow',
	type: 'n8n-nodes-hrflow.hrFlowTool',
	typeVersion: 1,
	position: [0, 0],
	parameters: {
		resource: 'profile',
		operation,
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'reference',
		profileReference:
			"={{ $fromAI('profileReference', 'The candidate reference in the ATS, e.g. ATS-1042', 'string') }}",
	},
});

test.each([
	['get', 'Get a profile in HrFlow'],
	['getMetadatas', 'Get profile metadatas in HrFlow'],
	['listAttachments', 'List profile attachments in HrFlow'],
])(
	'%s becomes a tool the agent can read: "%s", with the $fromAI argument',
	async (operation, description) => {
		const node = toolNode(operation);
		const { response: tool } = createNodeAsTool({
			node,
			nodeType: versionOf(node),
			handleToolInvocation: async () => '',
		});
		expect(tool.description).toBe(description);
		expect(Object.keys(tool.schema.shape)).toEqual(['profileReference']);
		expect(tool.schema.shape.profileReference.description).toBe(
			'The candidate reference in the ATS, e.g. ATS-1042',
		);
		// The agent's call is validated against the schema: a missing reference is refused before the node runs.
		await expect(tool.invoke({})).rejects.toThrow(/profileReference/);
	},
);

test("invoking the tool runs the node and answers with the profile's metadatas", async () => {
	const node = toolNode('getMetadatas');
	const { response: tool } = createNodeAsTool({
		node,
		nodeType: versionOf(node),
		// n8n resolves $fromAI() from the agent's arguments; here the argument becomes the value.
		handleToolInvocation: async (args: { profileReference: string }) => {
			const { items } = await hrflow.runV1({
				...node.parameters,
				profileReference: args.profileReference,
			});
			return JSON.stringify(items.map((item) => item.json));
		},
	});
	const answer = JSON.parse(await tool.invoke({ profileReference: jane.reference }));
	expect(answer).toEqual(jane.metadatas);
	expect(hrflow.emulator.requests[0].query.profile_reference).toEqual([jane.reference]);
});

test('version 2: the tool with the Source picked from the list, and a $fromAI() source key', async () => {
	const node: INode = {
		...toolNode('get'),
		typeVersion: 2,
		parameters: {
			resource: 'profile',
			operation: 'get',
			source: {
				__rl: true,
				mode: 'id',
				value: "={{ $fromAI('sourceKey', 'The 40-character key of the HrFlow source', 'string') }}",
			},
			identifierType: 'reference',
			profileReference:
				"={{ $fromAI('profileReference', 'The candidate reference in the ATS, e.g. ATS-1042', 'string') }}",
			simplify: true,
		},
	};
	const { response: tool } = createNodeAsTool({
		node,
		nodeType: versionOf(node),
		handleToolInvocation: async (args: { sourceKey: string; profileReference: string }) => {
			const { items } = await hrflow.run({
				...node.parameters,
				source: { __rl: true, mode: 'id', value: args.sourceKey },
				profileReference: args.profileReference,
			});
			return JSON.stringify(items.map((item) => item.json));
		},
	});
	expect(Object.keys(tool.schema.shape).sort()).toEqual(['profileReference', 'sourceKey']);
	const [profile] = JSON.parse(
		await tool.invoke({ sourceKey: sample.SOURCE_KEY, profileReference: jane.reference }),
	);
	expect(profile).toMatchObject({ key: jane.key, name: 'Jane Doe' });
});

test('an agent can create or update a job: Job › Create or Update as a tool, its arguments from $fromAI()', async () => {
	const node: INode = {
		...toolNode('upsert'),
		typeVersion: 2,
		parameters: {
			resource: 'job',
			operation: 'upsert',
			board: {
				__rl: true,
				mode: 'list',
				value: sample.BOARD_KEY,
				cachedResultName: 'Open positions',
			},
			jobReference:
				"={{ $fromAI('requisitionId', 'The ATS requisition ID of the job, e.g. REQ-2026-017', 'string') }}",
			jobDefinition: 'fields',
			name: "={{ $fromAI('title', 'The job title', 'string') }}",
			jobFields: {},
		},
	};
	const { response: tool } = createNodeAsTool({
		node,
		nodeType: versionOf(node),
		handleToolInvocation: async (args: { requisitionId: string; title: string }) => {
			const { items } = await hrflow.engine.run(
				{ ...node.parameters, jobReference: args.requisitionId, name: args.title },
				[{}],
				{ credentialId: 'readWrite' },
			);
			return JSON.stringify(items.map((item) => item.json));
		},
	});
	expect(tool.description).toBe('Create or update a job in HrFlow');
	expect(Object.keys(tool.schema.shape).sort()).toEqual(['requisitionId', 'title']);
	const [job] = JSON.parse(
		await tool.invoke({ requisitionId: 'REQ-2026-099', title: 'Recruiter' }),
	);
	expect(job).toMatchObject({ action: 'created', reference: 'REQ-2026-099', name: 'Recruiter' });
});

describe('an agent can score the candidates of a source for a job, and ask a profile a question', () => {
	test('Profile › Score Profiles for a Job: "score the candidates of source X for job Y"', async () => {
		const node: INode = {
			...toolNode('score'),
			typeVersion: 2,
			parameters: {
				resource: 'profile',
				operation: 'score',
				sources:
					"={{ $fromAI('sourceKeys', 'The keys of the HrFlow sources whose candidates to score', 'string') }}",
				board: {
					__rl: true,
					mode: 'list',
					value: sample.ENGINEERING_BOARD_KEY,
					cachedResultName: 'Engineering',
				},
				jobIdentifierType: 'reference',
				jobReference:
					"={{ $fromAI('jobReference', 'The reference of the job in the ATS, e.g. ENG-1', 'string') }}",
				algorithmKey: 'algo-skills',
				simplify: true,
				limit: 3,
			},
		};
		const { response: tool } = createNodeAsTool({
			node,
			nodeType: versionOf(node),
			handleToolInvocation: async (args: { sourceKeys: string; jobReference: string }) => {
				const { items } = await hrflow.run({
					...node.parameters,
					sources: args.sourceKeys,
					jobReference: args.jobReference,
				});
				return JSON.stringify(items.map((item) => item.json));
			},
		});
		expect(tool.description).toBe('Score profiles for a job in HrFlow');
		expect(Object.keys(tool.schema.shape).sort()).toEqual(['jobReference', 'sourceKeys']);
		const ranked = JSON.parse(
			await tool.invoke({ sourceKeys: sample.MANY_SOURCE_KEY, jobReference: 'ENG-1' }),
		);
		expect(ranked).toHaveLength(3);
		expect(ranked[0]).toMatchObject({ name: expect.any(String), score: expect.any(Number) });
	});

	test('Profile › Ask: "ask the profile a question"', async () => {
		const node: INode = {
			...toolNode('ask'),
			typeVersion: 2,
			parameters: {
				resource: 'profile',
				operation: 'ask',
				source: {
					__rl: true,
					mode: 'list',
					value: sample.SOURCE_KEY,
					cachedResultName: 'Sandbox candidates',
				},
				identifierType: 'reference',
				profileReference:
					"={{ $fromAI('profileReference', 'The candidate reference in the ATS, e.g. ATS-1042', 'string') }}",
				questions: [
					"={{ $fromAI('question', 'The question to ask about the candidate, in plain words', 'string') }}",
				],
			},
		};
		const { response: tool } = createNodeAsTool({
			node,
			nodeType: versionOf(node),
			handleToolInvocation: async (args: { profileReference: string; question: string }) => {
				const { items } = await hrflow.run({
					...node.parameters,
					profileReference: args.profileReference,
					questions: [args.question],
				});
				return JSON.stringify(items.map((item) => item.json));
			},
		});
		expect(tool.description).toBe('Ask a profile questions in HrFlow');
		expect(Object.keys(tool.schema.shape).sort()).toEqual(['profileReference', 'question']);
		const [answer] = JSON.parse(
			await tool.invoke({
				profileReference: jane.reference,
				question: 'What is the notice period?',
			}),
		);
		expect(answer).toEqual({
			answers: [{ question: 'What is the notice period?', answer: '1 month' }],
		});
	});
});
