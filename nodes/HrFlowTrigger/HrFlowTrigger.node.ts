import { NodeConnectionTypes } from 'n8n-workflow';
import type { IDataObject, INodeExecutionData, INodeType, INodeTypeDescription, IPollFunctions } from 'n8n-workflow';

import { boardsFields } from '../HrFlow/descriptions/common/board.fields';
import { sourcesField } from '../HrFlow/descriptions/common/source.fields';
import { getBoards, getSources } from '../HrFlow/methods/lists';
import { simplifyJob } from '../HrFlow/resources/job/job';
import { simplifyProfile } from '../HrFlow/resources/profile/profile';
import { booleanValue } from '../HrFlow/parameters/values';
import { readKeyList } from '../HrFlow/parameters/locators';
import { cleanNodeError } from '../HrFlow/transport/errors';
import { credentialFacts, CREDENTIAL_TYPE } from '../HrFlow/transport/call';
import { pollChanges } from './changes';
import type { ChangesState } from './changes';
import { timeOf } from './cursor';
import type { Cursor } from './cursor';
import { listPage } from './listing';
import type { Listing } from './listing';
import { pollNewRecords } from './newRecords';
import type { NewRecordsState } from './newRecords';
import { newestRecords } from './pages';

type Event = 'profileCreated' | 'profileUpdated' | 'jobCreated' | 'jobUpdated';

const EVENTS: Record<Event, Omit<Listing, 'keys'>> = {
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
					{ name: 'New Job', value: 'jobCreated', description: 'A job was added to one of the boards, by its created_at: a job indexed with a created_at older than the newest job\'s is seen by Job Updated only' },
					{ name: 'New Profile', value: 'profileCreated', description: 'A profile arrived in one of the sources (a résumé parsed, a candidate indexed), by its created_at: a profile indexed with a created_at older than the newest profile\'s (an import of old records) is seen by Profile Updated only' },
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
			const listing: Listing = { url, containers, keys, field };
			const newestFirst = async (page: number) => await listPage(this, listing, { order: 'desc', page });
			const state = this.getWorkflowStaticData('node') as { cursor?: Cursor };

			// Fetch Test Event: the most recent record, so fields can be mapped; the cursor stays.
			if (this.getMode() === 'manual') {
				const [latest] = await newestRecords(newestFirst);
				return latest ? [[shape(latest)]] : null;
			}
			// The first poll after the first activation: remember where HrFlow is (its newest
			// record, never the clock), emit nothing.
			if (!state.cursor) {
				const newest = await newestRecords(newestFirst);
				const time = newest.length ? timeOf(newest[0], field) : 0;
				state.cursor = { time, keys: newest.filter((record) => timeOf(record, field) === time).map((record) => String(record.key)) };
				await commitActivationCursor(this);
				return null;
			}
			// Only a successful poll changes the state: a failed one throws before.
			const records =
				field === 'created_at'
					? await pollNewRecords(this, listing, state as NewRecordsState)
					: await pollChanges(this, listing, state as ChangesState);
			return records.length ? [records.map(shape)] : null;
		} catch (error) {
			throw cleanNodeError(this.getNode(), error, 0, await credentialFacts(this));
		}
	}
}

/**
 * n8n's durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED, n8n 2.36+) keep what a poll
 * stores only when n8n commits it, and n8n (2.40.7) commits a poll that returns nothing only on
 * scheduled polls, not the activation poll: its cursor would be lost, and with it what arrives
 * before the first scheduled poll. Committing it here keeps it; without durable cursors (or on an
 * n8n without them) there is nothing to commit and this does nothing.
 */
async function commitActivationCursor(context: IPollFunctions) {
	if (typeof context.__commitCursor === 'function') await context.__commitCursor();
}
