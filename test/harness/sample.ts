// The sample account and the emulator's shape, for the engine tests and the e2e suite alike.
// No n8n here: the e2e suite runs n8n in its own processes and must not load n8n-core.

import type { IDataObject } from 'n8n-workflow';

// The sample account is plain CommonJS (the sandbox runs it with bare node).
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const sample = require('../emulator/sample-data') as {
	API_KEYS: { readWrite: string; read: string; write: string };
	USER_EMAIL: string;
	SOURCE_KEY: string;
	BOARD_KEY: string;
	ENGINEERING_BOARD_KEY: string;
	OTHER_SOURCE_KEY: string;
	MANY_SOURCE_KEY: string;
	MANY_PROFILES: number;
	hrflowKey(seed: string): string;
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
	boards: Record<
		string,
		{ name: string; jobs: Array<IDataObject & { key: string; reference: string }> }
	>;
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
	storageRequests: Array<{
		method: string;
		path: string;
		headers: Record<string, string | string[] | undefined>;
	}>;
	metadatasGone: boolean;
	quirks: {
		ignorePage?: boolean;
		noMaxPage?: boolean;
		emptyPages?: number[];
		predictionsShort?: boolean;
		/** Matching answers without data.predictions; grading answers data.data.score (similar.js). */
		noPredictions?: boolean;
		gradingNested?: boolean;
		parsingReads?: number;
		listingDelayMs?: number;
	};
	sources: Record<string, { profiles: IDataObject[]; sync_parsing?: boolean }>;
	boards: Record<string, { jobs: IDataObject[] }>;
	/** A profile as the emulator stores one written as HR-JSON. */
	storedProfile(hrjson: IDataObject): IDataObject;
	reset(): void;
	failNext(
		path: string,
		status: number,
		body: unknown,
		contentType?: string | Record<string, string>,
	): void;
	attachmentJson(attachment: IDataObject): IDataObject;
	profileJson(profile: SampleProfile, source: { key: string; name: string }): IDataObject;
	uploads: Array<Array<{ name: string; filename?: string; contentType?: string; data: Buffer }>>;
	stop(): Promise<void>;
}

/** A read key of HrFlow's format that HrFlow does not know (it echoes a refused key in its 401). */
export const BAD_KEY = 'askr_00112233445566778899aabbccddeeff';

const data = sample.sampleData();
/** The sample profiles: Jane (3 metadatas, 2 files), Kenji (1 metadata, 3 files), Élodie (none). */
export const [jane, kenji, elodie] = data.sources[sample.SOURCE_KEY].profiles;

/** The query of a recorded request as plain name → value pairs (each name sent once). */
export function queryOf(request: RecordedRequest): Record<string, string> {
	return Object.fromEntries(
		Object.entries(request.query).map(([name, values]) => {
			expect(values).toHaveLength(1);
			return [name, values[0]];
		}),
	);
}
