import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeType, INodeTypeDescription } from 'n8n-workflow';

import { HRFLOW_DEFAULT_BASE_URL } from '../../credentials/HrFlowApi.credentials';
import { profileDescription } from './descriptions/profile/Profile.resource';
import { nodeProperties } from './descriptions/common/node';
import { fromVersion } from './descriptions/common/operation';
import { jobDescription } from './descriptions/job/Job.resource';
import { textDescription } from './descriptions/text/Text.resource';
import { getBoards, getSources, searchBoards, searchSources } from './methods/lists';
import { CREDENTIAL_TYPE } from './transport/request';

export class HrFlow implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HrFlow',
		name: 'hrFlow',
		icon: { light: 'file:hrflow.svg', dark: 'file:hrflow.dark.svg' },
		group: ['transform'],
		version: [1, 2],
		defaultVersion: 2,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description: 'Parse résumés, keep profiles and jobs in step with your ATS, score and search candidates, and use HrFlow.ai\'s text tools',
		defaults: { name: 'HrFlow' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		// Plain values, no expressions: the engine evaluates these once per item. The credential's
		// authenticate function puts its own Base URL in place of this default.
		requestDefaults: {
			baseURL: HRFLOW_DEFAULT_BASE_URL,
			json: true,
			// HrFlow's error answers are read by a postReceive, which keeps HrFlow's message.
			ignoreHttpStatusErrors: true,
		},
		// One property per parameter name wherever n8n can show it exactly (descriptions/common/node.ts).
		properties: nodeProperties([
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Job', value: 'job' },
					{ name: 'Profile', value: 'profile' },
					{ name: 'Text', value: 'text' },
				],
				default: 'profile',
				displayOptions: { show: fromVersion(2) },
			},
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [{ name: 'Profile', value: 'profile' }],
				default: 'profile',
				displayOptions: { show: { '@version': [1] } },
			},
			...profileDescription,
			...jobDescription,
			...textDescription,
		]),
	};

	methods = {
		listSearch: { searchSources, searchBoards },
		loadOptions: { getSources, getBoards },
	};
}
