// One emulator and one engine per test file: started before the tests, reset before each one.

import type { IDataObject, INode } from 'n8n-workflow';

import { Engine } from './engine';
import type { RunResult } from './engine';
import { BAD_KEY, sample } from './sample';
import type { Emulator } from './sample';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HrFlowEmulator } = require('../emulator/hrflow-emulator');

export { BAD_KEY, elodie, jane, kenji, queryOf, sample } from './sample';
export type { Emulator, RecordedRequest, SampleProfile } from './sample';

export interface HrFlowTestContext {
	emulator: Emulator;
	engine: Engine;
	/**
	 * Runs the HrFlow node, its current version (the version n8n gives a new node), with the default
	 * credential (read key) and these input items. Resource Profile unless `parameters` says otherwise.
	 */
	run(
		parameters: IDataObject,
		input?: IDataObject[],
		settings?: Partial<INode>,
		credentialId?: string,
	): Promise<RunResult>;
	/** The same with version 1 of the node, as workflows saved before version 2 run (Source Key, Source Keys). */
	runV1(
		parameters: IDataObject,
		input?: IDataObject[],
		settings?: Partial<INode>,
		credentialId?: string,
	): Promise<RunResult>;
}

/** Starts the emulator and the engine for the calling test file. */
export function useHrFlow(): HrFlowTestContext {
	const context = {} as HrFlowTestContext;
	beforeAll(async () => {
		await Engine.startExpressions();
		context.emulator = (await new HrFlowEmulator(sample.sampleData()).start()) as Emulator;
		context.engine = new Engine();
		const base = { userEmail: sample.USER_EMAIL, baseUrl: context.emulator.url };
		context.engine.addCredential('hrflow', { ...base, apiKey: sample.API_KEYS.read });
		context.engine.addCredential('readWrite', { ...base, apiKey: sample.API_KEYS.readWrite });
		context.engine.addCredential('writeOnly', { ...base, apiKey: sample.API_KEYS.write });
		context.engine.addCredential('badKey', { ...base, apiKey: BAD_KEY });
		context.engine.addCredential('wrongEmail', {
			...base,
			apiKey: sample.API_KEYS.read,
			userEmail: 'someone@else.com',
		});
		context.run = async (parameters, input = [{}], settings, credentialId) =>
			await context.engine.run({ resource: 'profile', ...parameters }, input, {
				settings,
				credentialId,
			});
		context.runV1 = async (parameters, input = [{}], settings, credentialId) =>
			await context.engine.run({ resource: 'profile', ...parameters }, input, {
				settings,
				credentialId,
				version: 1,
			});
	});
	beforeEach(() => context.emulator.reset());
	afterAll(async () => {
		await context.emulator?.stop();
		await Engine.stopExpressions();
	});
	return context;
}
