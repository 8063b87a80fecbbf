// Version 2 of the HrFlow node: Profile, Job, Text, Tracking, Rating, Source and Board; sources and
// boards picked from lists.
// Its own description, so that its cost per item is its own (n8n's engine reads every property of
// a version's description for every item).

import { NodeConnectionTypes } from 'n8n-workflow';
import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';

import { HRFLOW_DEFAULT_BASE_URL } from '../../credentials/HrFlowApi.credentials';
import { boardDescription } from './descriptions/board/Board.resource';
import { nodeProperties } from './descriptions/common/node';
import { jobDescription } from './descriptions/job/Job.resource';
import { profileDescription } from './descriptions/profile/Profile.resource';
import { ratingDescription } from './descriptions/rating/Rating.resource';
import { sourceDescription } from './descriptions/source/Source.resource';
import { textDescription } from './descriptions/text/Text.resource';
import { trackingDescription } from './descriptions/tracking/Tracking.resource';
import { getBoards, getSources, searchBoards, searchSources } from './methods/lists';
import { CREDENTIAL_TYPE } from './transport/call';

/** Version 2's fields as its operation files list them, each shown for its own operation. */
export const propertiesByOperation: INodeProperties[] = [
	{
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [
			{ name: 'Board', value: 'board' },
			{ name: 'Job', value: 'job' },
			{ name: 'Profile', value: 'profile' },
			{ name: 'Rating', value: 'rating' },
			{ name: 'Source', value: 'source' },
			{ name: 'Text', value: 'text' },
			{ name: 'Tracking', value: 'tracking' },
		],
		default: 'profile',
	},
	...profileDescription(2),
	...jobDescription(2),
	...textDescription(2),
	...trackingDescription(2),
	...ratingDescription(2),
	...sourceDescription(2),
	...boardDescription(2),
];

export class HrFlowV2 implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HrFlow',
		name: 'hrFlow',
		icon: { light: 'file:hrflow.svg', dark: 'file:hrflow.dark.svg' },
		group: ['transform'],
		version: 2,
		subtitle: '={{ $parameter["operation"] + ": " + $parameter["resource"] }}',
		description:
			"Parse résumés, keep profiles and jobs in step with your ATS, score and search candidates, teach HrFlow your hiring decisions (trackings, ratings), and use HrFlow.ai's text tools",
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
		properties: nodeProperties(propertiesByOperation),
	};

	methods = {
		listSearch: { searchSources, searchBoards },
		loadOptions: { getSources, getBoards },
	};
}
