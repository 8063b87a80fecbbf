import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { boardsFields } from '../HrFlow/descriptions/common/board.fields';
import { sourcesField } from '../HrFlow/descriptions/common/source.fields';
import { getBoards, getSources } from '../HrFlow/methods/lists';
import { simplifyJob } from '../HrFlow/resources/job/job';
import { simplifyProfile } from '../HrFlow/resources/profile/profile';
import { booleanValue } from '../HrFlow/shared/values';
import { readKeyList } from '../HrFlow/shared/sources';
import { cleanNodeError } from '../HrFlow/transport/errors';
import { credentialFacts, CREDENTIAL_TYPE } from '../HrFlow/transport/request';
import { advance, isSeen, timeOf } from './cursor';
import type { Cursor } from './cursor';
import { listPage } from './listing';

type Event = 'profileCreated' | 'profileUpdated' | 'jobCreated' | 'jobUpdated';

const EVENTS: Record<Event, { url: string; containers: 'sources' | 'boards'; field: 'created_at' | 'updated_at' }> = {
	profileCreated: { url: '/storing/profiles', containers: 'sources', field: 'created_at' },
	profileUpdated: { url: '/storing/profiles', containers: 'sources', field: 'updated_at' },
	jobCreated: { url: '/storing/jobs', containers: 'boards', field: 'created_at' },
	jobUpdated: { url: '/storing/jobs', containers: 'boards', field: 'updated_at' },
};

export class HrFlowTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HrFlow Trigger',
		name: 'hrFlowTrigger',
		icon: { light: 'file:hrflow.svg', dark: 'file:hrflow.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{ { profileCreated: "New Profile", profileUpdated: "Profile Updated", jobCreated: "New Job", jobUpdated: "Job Updated" }[$parameter["event"]] }}',
		description: 'Starts the workflow when a profile or a job arrives in HrFlow.ai, or changes',
		defaults: { name: 'HrFlow Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CREDENTIAL_TYPE, required: true }],
		properties: [
			{
				displayName: 'Event',
				name: 'event',
				type: 'options',
				noDataExpression: true,
				default: 'profileCreated',
				options: [
					{ name: 'Job Updated', value: 'jobUpdated', description: 'A job of the boards changed' },
					{ name: 'New Job', value: 'jobCreated', description: 'A job was added to one of the boards' },
					{ name: 'New Profile', value: 'profileCreated', description: 'A profile arrived in one of the sources (a résumé parsed, a candidate indexed)' },
					{ name: 'Profile Updated', value: 'profileUpdated', description: 'A profile of the sources changed' },
				],
			},
			{ ...sourcesField, hint: 'The HrFlow sources to watch', displayOptions: { show: { event: ['profileCreated', 'profileUpdated'] } } },
			{ ...boardsFields[0], hint: 'The HrFlow boards to watch', displayOptions: { show: { event: ['jobCreated', 'jobUpdated'] } } },
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description: 'Whether to output only the fields people use instead of the whole profile or job',
			},
		],
	};

	methods = { loadOptions: { getSources, getBoards } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as Event;
		const { url, containers, field } = EVENTS[event] ?? EVENTS.profileCreated;
		const itemContext = { getNode: () => this.getNode(), getItemIndex: () => 0 };
		try {
			// IPollFunctions has no item: errors are about the trigger itself (item 0).
			const keys = readKeyList({ ...itemContext, getNodeParameter: (name, fallback) => this.getNodeParameter(name, fallback) }, containers, containers === 'sources' ? 'Sources' : 'Boards', containers === 'sources' ? 'source' : 'board');
			const simplify = booleanValue(itemContext, this.getNodeParameter('simplify', false), 'Simplify', false);
			const shape = (record: IDataObject): INodeExecutionData => ({
				json: simplify ? (url === '/storing/jobs' ? simplifyJob(record) : simplifyProfile(record)) : record,
			});
			const page = (number: number, limit: number) => listPage(this, url, containers, keys, field, number, limit);
			const state = this.getWorkflowStaticData('node') as { cursor?: Cursor };

			// Fetch Test Event: the most recent record, so fields can be mapped; the cursor stays.
			if (this.getMode() === 'manual') {
				const [latest] = (await page(1, 1)).records;
				return latest ? [[shape(latest)]] : null;
			}
			// The first poll after the first activation: remember where HrFlow is, emit nothing.
			if (!state.cursor) {
				const newest = (await page(1, 100)).records;
				const time = newest.length ? timeOf(newest[0], field) : 0;
				state.cursor = { time, keys: newest.filter((record) => timeOf(record, field) === time).map((record) => String(record.key)) };
				return null;
			}
			const cursor = state.cursor;
			const listed: IDataObject[] = [];
			const started = Date.now();
			for (let number = 1; ; number++) {
				const { records, last } = await page(number, 100);
				listed.push(...records);
				// Newest first: a page that reaches what was emitted before is the last one needed.
				if (last || records.some((record) => isSeen(record, field, cursor))) break;
				// Leave the rest to the next poll rather than be cut off (n8n's budget for one poll).
				if (Date.now() - started > this.getPollBudgetMs() / 2) break;
			}
			const { records, cursor: next } = advance(listed, field, cursor);
			// Only a successful poll moves the cursor.
			state.cursor = next;
			return records.length ? [records.map(shape)] : null;
		} catch (error) {
			throw cleanNodeError(this.getNode(), error, 0, await credentialFacts(this));
		}
	}
}
