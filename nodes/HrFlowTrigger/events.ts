// The trigger's four events, each told once: the records it lists and where, the parameter holding
// the sources or boards watched, the date it follows and how a poll follows it, and what Simplify
// outputs. Nothing else in the trigger tells events, records or URLs apart: it reads this table.

import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { pollChanges } from './changes';
import type { ChangesState } from './changes';
import { simplifyJob, simplifyProfile } from './fromHrFlowNode';
import type { ListedRecords } from './fromHrFlowNode';
import type { Listing } from './listing';
import { pollNewRecords } from './newRecords';
import type { NewRecordsState } from './newRecords';

export type Event = 'profileCreated' | 'profileUpdated' | 'jobCreated' | 'jobUpdated';

/** What the node's static data holds between polls, whichever way the event is followed. */
export type FollowState = NewRecordsState & ChangesState;

export interface EventFacts extends Omit<Listing, 'keys'> {
	/** The trigger's parameter holding the keys watched, its label and what one key is (for errors). */
	containers: {
		parameter: 'sources' | 'boards';
		label: 'Sources' | 'Boards';
		key: 'source' | 'board';
	};
	/**
	 * How a poll follows the event's date: new records oldest first from the cursor's day
	 * (created_at_min), or changes newest first down to the cursor (HrFlow has no updated_at_min).
	 */
	follow: (context: IPollFunctions, listing: Listing, state: FollowState) => Promise<IDataObject[]>;
	/** What Simplify outputs of a record. */
	simplify: (record: IDataObject) => IDataObject;
}

export const EVENTS: Record<Event, EventFacts> = {
	profileCreated: {
		records: 'profiles',
		url: '/storing/profiles',
		containers: { parameter: 'sources', label: 'Sources', key: 'source' },
		field: 'created_at',
		follow: pollNewRecords,
		simplify: simplifyProfile,
	},
	profileUpdated: {
		records: 'profiles',
		url: '/storing/profiles',
		containers: { parameter: 'sources', label: 'Sources', key: 'source' },
		field: 'updated_at',
		follow: pollChanges,
		simplify: simplifyProfile,
	},
	jobCreated: {
		records: 'jobs',
		url: '/storing/jobs',
		containers: { parameter: 'boards', label: 'Boards', key: 'board' },
		field: 'created_at',
		follow: pollNewRecords,
		simplify: simplifyJob,
	},
	jobUpdated: {
		records: 'jobs',
		url: '/storing/jobs',
		containers: { parameter: 'boards', label: 'Boards', key: 'board' },
		field: 'updated_at',
		follow: pollChanges,
		simplify: simplifyJob,
	},
};

/** The events listing `records`: where the editor shows the Sources field, or the Boards field. */
export function eventsListing(records: ListedRecords): Event[] {
	return (Object.keys(EVENTS) as Event[]).filter((event) => EVENTS[event].records === records);
}
