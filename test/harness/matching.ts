// What the scoring tests share: the sample job, the boards and sources picked from their lists, and
// Profile › Score Profiles for a Job for that job over the many-profile source.

import type { IDataObject } from 'n8n-workflow';

import { sample } from './sample';

export const [dataEngineer] = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY]
	.jobs as IDataObject[];
export const engineering = {
	__rl: true,
	mode: 'list',
	value: sample.ENGINEERING_BOARD_KEY,
	cachedResultName: 'Engineering',
};
export const sandbox = {
	__rl: true,
	mode: 'list',
	value: sample.SOURCE_KEY,
	cachedResultName: 'Sandbox candidates',
};

/** Profile › Score Profiles for a Job, the sample job's candidates in the many-profile source. */
export const scoreProfiles = (extra: IDataObject = {}): IDataObject => ({
	resource: 'profile',
	operation: 'score',
	sources: [sample.MANY_SOURCE_KEY],
	board: engineering,
	jobIdentifierType: 'key',
	jobKey: dataEngineer.key,
	algorithmKey: 'algo-skills',
	...extra,
});
