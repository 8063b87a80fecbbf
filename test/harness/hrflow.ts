// One emulator and one engine per test file: started before the tests, reset before each one.

import type { IDataObject, INode } from 'n8n-workflow';

import { Engine } from './engine';
import type { RunResult } from './engine';

// The emulator and the sample account are plain CommonJS (the sandbox runs them with bare node).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HrFlowEmulator } = require('../emulator/hrflow-emulator');
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const sample = require('../emulator/sample-data') as {
	API_KEYS: { readWrite: string; read: string; write: string };
	USER_EMAIL: string;
	SOURCE_KEY: string;
	OTHER_SOURCE_KEY: string;
	MANY_SOURCE_KEY: string;
	MANY_PROFILES: number;
	makePdf(lines: string[]): Buffer;
	sampleData(): SampleData;
};

export interface SampleProfile {
	key: string;
	reference: string;
	email: string;
	name: string;
	metadatas: Array<{ name: string; value: string }>;
	attachments: Array<IDataObject & { type: string; file: string }>;
}

interface SampleData {
	sources: Record<string, { profiles: SampleProfile[] }>;
	files: Record<string, { contentType: string; body: Buffer }>;
}

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string[]>;
	rawQuery: string;
	headers: Record<string, string | string[] | undefined>;
	body?: Buffer;
}

export interface Emulator {
	url: string;
	storageUrl: string;
	requests: RecordedRequest[];
	storageRequests: Array<{ method: string; path: string; headers: Record<string, string | string[] | undefined> }>;
	metadatasGone: boolean;
	reset(): void;
	failNext(path: string, status: number, body: unknown, contentType?: string): void;
	attachmentJson(attachment: IDataObject): IDataObject;
	profileJson(profile: SampleProfile, source: { key: string; name: string }): IDataObject;
	uploads: Array<Array<{ name: string; filename?: string; contentType?: string; data: Buffer }>>;
	stop(): Promise<void>;
}

const data = sample.sampleData();
/** The sample profiles: Jane (3 metadatas, 2 files), Kenji (1 metadata, 3 files), Élodie (none). */
export const [jane, kenji, elodie] = data.sources[sample.SOURCE_KEY].profiles;

export interface HrFlowTestContext {
	emulator: Emulator;
	engine: Engine;
	/** Runs the HrFlow node with the default credential (read key) and these input items. */
	run(parameters: IDataObject, input?: IDataObject[], settings?: Partial<INode>, credentialId?: string): Promise<RunResult>;
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
		context.engine.addCredential('badKey', { ...base, apiKey: 'askr_00112233445566778899aabbccddeeff' });
		context.engine.addCredential('wrongEmail', { ...base, apiKey: sample.API_KEYS.read, userEmail: 'someone@else.com' });
		context.run = async (parameters, input = [{}], settings, credentialId) =>
			await context.engine.run({ resource: 'profile', ...parameters }, input, { settings, credentialId });
	});
	beforeEach(() => context.emulator.reset());
	afterAll(async () => {
		await context.emulator?.stop();
		await Engine.stopExpressions();
	});
	return context;
}

/** The query of a recorded request as plain name → value pairs (each name sent once). */
export function queryOf(request: RecordedRequest): Record<string, string> {
	return Object.fromEntries(
		Object.entries(request.query).map(([name, values]) => {
			expect(values).toHaveLength(1);
			return [name, values[0]];
		}),
	);
}
