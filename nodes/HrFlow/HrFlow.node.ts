// The HrFlow node: one class per version, each with its own description (HrFlowV1.node.ts,
// HrFlowV2.node.ts). n8n's declarative engine reads every property of a version's description for
// every item: with one description per version, version 1 does not pay for version 2's operations.

import { VersionedNodeType } from 'n8n-workflow';
import type { INodeTypeBaseDescription } from 'n8n-workflow';

import { HrFlowV1 } from './HrFlowV1.node';
import { HrFlowV2 } from './HrFlowV2.node';

export class HrFlow extends VersionedNodeType {
	constructor() {
		const baseDescription: INodeTypeBaseDescription = {
			displayName: 'HrFlow',
			name: 'hrFlow',
			icon: { light: 'file:hrflow.svg', dark: 'file:hrflow.dark.svg' },
			group: ['transform'],
			subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
			description:
				"Parse résumés, keep profiles and jobs in step with your ATS, score and search candidates, teach HrFlow your hiring decisions (trackings, ratings), and use HrFlow.ai's text tools",
			defaultVersion: 2,
			usableAsTool: true,
		};
		super({ 1: new HrFlowV1(), 2: new HrFlowV2() }, baseDescription);
	}
}
