// What the Tracking and Rating tests share: the profile and the job of the sample account they are
// about (Jane, in the sandbox source; Data Engineer, in the Engineering board), runs with the
// read-write key, and records made straight on the emulator (as HrFlow's SDK sends them).

import type { IDataObject, INode } from 'n8n-workflow';

import type { HrFlowTestContext } from './hrflow';
import { jane, sample } from './sample';

export const source = { __rl: true, mode: 'list', value: sample.SOURCE_KEY };
export const board = { __rl: true, mode: 'list', value: sample.ENGINEERING_BOARD_KEY };
export const dataEngineer = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY].jobs[0];
export const designer = sample.sampleData().boards[sample.ENGINEERING_BOARD_KEY].jobs[1];

/** A Create's parameters by references: Jane for the Data Engineer job. */
export const byReferences = {
	source,
	identifierType: 'reference',
	profileReference: jane.reference,
	board,
	jobIdentifierType: 'reference',
	jobReference: dataEngineer.reference,
};

export function feedback(hrflow: HrFlowTestContext, resource: 'tracking' | 'rating') {
	const run = async (
		parameters: IDataObject,
		input: IDataObject[] = [{}],
		settings?: Partial<INode>,
		credential = 'readWrite',
	) => await hrflow.run({ resource, ...parameters }, input, settings, credential);
	return {
		run,
		/** Records made with HrFlow's SDK's body (POST /tracking or /rating), the requests then forgotten. */
		async recorded(...bodies: IDataObject[]): Promise<void> {
			for (const body of bodies) {
				const response = await fetch(`${hrflow.emulator.url}/${resource}`, {
					method: 'POST',
					headers: {
						'X-API-KEY': sample.API_KEYS.readWrite,
						'X-USER-EMAIL': sample.USER_EMAIL,
						'Content-Type': 'application/json',
					},
					body: JSON.stringify({
						role: 'recruiter',
						source_key: sample.SOURCE_KEY,
						profile_key: jane.key,
						board_key: sample.ENGINEERING_BOARD_KEY,
						job_key: dataEngineer.key,
						...body,
					}),
				});
				expect(response.status).toBe(201);
			}
			hrflow.emulator.requests.length = 0;
		},
		calls: () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`),
		bodyOf: (index: number) =>
			JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8')) as IDataObject,
	};
}
