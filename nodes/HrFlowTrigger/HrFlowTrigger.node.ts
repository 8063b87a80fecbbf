import { NodeConnectionTypes } from 'n8n-workflow';
import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';

import { timeOf } from './cursor';
import type { Cursor } from './cursor';
import { eventsListing, EVENTS } from './events';
import type { Event, FollowState } from './events';
import {
	boardsFields,
	booleanValue,
	cleanNodeError,
	credentialFacts,
	CREDENTIAL_TYPE,
	getBoards,
	getSources,
	noItem,
	readKeyList,
	sourcesField,
} from './fromHrFlowNode';
import { listPage } from './listing';
import type { Listing } from './listing';
import { newestRecords } from './pages';

export class HrFlowTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'HrFlow Trigger',
		name: 'hrFlowTrigger',
		// The HrFlow node's icons: one copy in the package (n8n resolves file: paths from this file's folder).
		icon: { light: 'file:../HrFlow/hrflow.svg', dark: 'file:../HrFlow/hrflow.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{ { profileCreated: "New Profile", profileUpdated: "Profile Updated", jobCreated: "New Job", jobUpdated: "Job Updated" }[$parameter["event"]] }}',
		// n8n's node creator shows the trigger's description as the app's (the HrFlow node and its
		// trigger are one app there, above the node's actions): it says what the app does.
		description:
			'Parse résumés, keep profiles and jobs in step with your ATS, score and search candidates with HrFlow.ai. The trigger starts a workflow when a profile or a job arrives or changes',
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
					{
						name: 'New Job',
						value: 'jobCreated',
						description:
							"A job was added to one of the boards, by its created_at: a job indexed with a created_at older than the newest job's is seen by Job Updated only",
					},
					{
						name: 'New Profile',
						value: 'profileCreated',
						description:
							"A profile arrived in one of the sources (a résumé parsed, a candidate indexed), by its created_at: a profile indexed with a created_at older than the newest profile's (an import of old records) is seen by Profile Updated only",
					},
					{
						name: 'Profile Updated',
						value: 'profileUpdated',
						description: 'A profile of the sources changed',
					},
				],
			},
			{
				...sourcesField,
				hint: 'The HrFlow sources to watch',
				displayOptions: { show: { event: eventsListing('profiles') } },
			},
			{
				...boardsFields[0],
				hint: 'The HrFlow boards to watch',
				displayOptions: { show: { event: eventsListing('jobs') } },
			},
			{
				displayName: 'Simplify',
				name: 'simplify',
				type: 'boolean',
				default: false,
				description:
					'Whether to output only the fields people use instead of the whole profile or job',
			},
		],
	};

	methods = { loadOptions: { getSources, getBoards } };

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const event = this.getNodeParameter('event') as Event;
		const {
			records,
			url,
			containers,
			field,
			follow,
			simplify: simplifyRecord,
		} = EVENTS[event] ?? EVENTS.profileCreated;
		// IPollFunctions has no item: errors are about the trigger itself (item 0).
		const where = noItem(this);
		try {
			const keys = readKeyList(
				{ ...where, getNodeParameter: (name, fallback) => this.getNodeParameter(name, fallback) },
				containers.parameter,
				containers.label,
				containers.key,
			);
			const simplify = booleanValue(
				where,
				this.getNodeParameter('simplify', false),
				'Simplify',
				false,
			);
			const shape = (record: IDataObject): INodeExecutionData => ({
				json: simplify ? simplifyRecord(record) : record,
			});
			const listing: Listing = { records, url, keys, field };
			const newestFirst = async (page: number) =>
				await listPage(this, listing, { order: 'desc', page });
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
				state.cursor = {
					time,
					keys: newest
						.filter((record) => timeOf(record, field) === time)
						.map((record) => String(record.key)),
				};
				await commitActivationCursor(this);
				return null;
			}
			// Only a successful poll changes the state: a failed one throws before.
			const found = await follow(this, listing, state as FollowState);
			return found.length ? [found.map(shape)] : null;
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
