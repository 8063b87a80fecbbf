// Workflows for the end-to-end suite, in n8n's import format: Manual Trigger → the input profiles
// (Edit Fields, raw JSON) → Split Out (one item per profile) → HrFlow node(s).

import type { IDataObject } from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';

/** The node's current version (its defaultVersion): the version n8n gives a node added in the editor. */
const CURRENT_VERSION = new HrFlow().currentVersion;

export interface WorkflowJson {
	id: string;
	name: string;
	nodes: IDataObject[];
	connections: IDataObject;
	settings: IDataObject;
	active: false;
}

export interface HrFlowNodeSpec {
	name: string;
	parameters: IDataObject;
	credentialId?: string;
	/** n8n's "On Error" setting, e.g. 'continueRegularOutput' for Continue On Fail. */
	onError?: string;
	/** The node's version: the current one unless given (version 1 for workflows saved before version 2). */
	typeVersion?: number;
}

export const INPUT_NODE = 'One item per profile';

/** A workflow whose HrFlow nodes each get `profiles` as input items. */
export function hrflowWorkflow(
	id: string,
	profiles: IDataObject[],
	hrflowNodes: HrFlowNodeSpec[],
): WorkflowJson {
	const trigger = 'Start';
	const fields = 'Profiles';
	const nodes: IDataObject[] = [
		{
			id: `${id}-1`,
			name: trigger,
			type: 'n8n-nodes-base.manualTrigger',
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
		},
		{
			id: `${id}-2`,
			name: fields,
			type: 'n8n-nodes-base.set',
			typeVersion: 3.4,
			position: [200, 0],
			parameters: { mode: 'raw', jsonOutput: JSON.stringify({ profiles }), options: {} },
		},
		{
			id: `${id}-3`,
			name: INPUT_NODE,
			type: 'n8n-nodes-base.splitOut',
			typeVersion: 1,
			position: [400, 0],
			parameters: { fieldToSplitOut: 'profiles', options: {} },
		},
		...hrflowNodes.map((spec, index) => ({
			id: `${id}-h${index}`,
			name: spec.name,
			type: 'n8n-nodes-hrflow.hrFlow',
			typeVersion: spec.typeVersion ?? CURRENT_VERSION,
			position: [650, index * 150],
			parameters: { resource: 'profile', ...spec.parameters },
			credentials: {
				hrFlowApi: { id: spec.credentialId ?? 'e2eRead', name: spec.credentialId ?? 'e2eRead' },
			},
			...(spec.onError ? { onError: spec.onError } : {}),
		})),
	];
	return {
		id,
		name: id,
		nodes,
		connections: {
			[trigger]: { main: [[{ node: fields, type: 'main', index: 0 }]] },
			[fields]: { main: [[{ node: INPUT_NODE, type: 'main', index: 0 }]] },
			[INPUT_NODE]: {
				main: [hrflowNodes.map((spec) => ({ node: spec.name, type: 'main', index: 0 }))],
			},
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}
