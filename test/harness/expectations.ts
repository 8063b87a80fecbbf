// What the engine tests (test/profile/, test/behaviour/, ...) and the end-to-end suites (test/e2e/,
// test/queue/) both expect of the node: the same workflow, run in-process through n8n-core or in a
// real n8n, sends the same requests and gives the same items and messages. Kept here once, so that
// a changed message or output changes both suites; what one suite alone asserts stays in its test.
// No n8n here (the e2e suite must not load n8n-core): the sample account and plain values.

import type { IDataObject } from 'n8n-workflow';

import { jane, kenji, sample } from './sample';
import type { Emulator, SampleProfile } from './sample';

/**
 * How Get Metadatas and List Attachments find a profile (by key, reference or email): HrFlow's
 * endpoint, the names of its query parameters, and the items a profile gives.
 */
export const lookups = {
	getMetadatas: {
		path: '/v1/profile/metadatas',
		query: {
			sourceKey: 'source_id',
			key: 'profile_id',
			reference: 'profile_reference',
			email: 'profile_email',
		},
		expected: (profile: SampleProfile, _emulator: Emulator): IDataObject[] => profile.metadatas,
	},
	listAttachments: {
		path: '/v1/profile/indexing/attachments',
		query: { sourceKey: 'source_key', key: 'key', reference: 'reference', email: 'email' },
		expected: (profile: SampleProfile, emulator: Emulator): IDataObject[] =>
			profile.attachments.map((attachment) => emulator.attachmentJson(attachment)),
	},
} as const;

/** The node's messages both suites check, for the values they check them with. */
export const messages = {
	/** HrFlow's 401 for a refused key, which HrFlow echoes in it: the key redacted. */
	refusedKey: 'HrFlow error 401: Unauthorized. Invalid secret key: [redacted API key]',
	/** A field that must hold an HrFlow key (40 hexadecimal characters) and does not. */
	notAnHrFlowKey: (field: string, value: string) => `${field} "${value}" is not an HrFlow key`,
	notAnEmail: (field: string, value: string) => `${field} "${value}" is not a valid email address`,
	/** An attachment download (List Attachments › Download Files) that failed, and why. */
	downloadFailed: (file: string, reason: string) =>
		`Could not download attachment "${file}": ${reason}`,
	/** A Base URL that redirected to another host: the redirect not followed. */
	redirectedToAnotherHost: (baseUrl: string, host: string) =>
		`The Base URL ${baseUrl} redirected to another host (${host}): the redirect was not followed, so the API key and user email were not sent there`,
	/** Test connection, when the Base URL answers with a redirect. */
	testRedirected: (status: number) => `The Base URL answered with a redirect (HTTP ${status})`,
	/** A User Email with characters outside Latin-1, refused before any request. */
	userEmailNotAHeader: (email: string) =>
		`User Email "${email}" in the HrFlow API credential has characters an HTTP header cannot carry`,
};

const malformedKey = messages.notAnHrFlowKey('Profile Key', 'not-a-key');
const noProfileMatches = 'HrFlow error 400: Invalid profile array';

/**
 * Get Metadatas (version 1) by the key each input item holds, for four items: Jane, a key that is
 * not an HrFlow key, a key no profile has, Kenji. What each way n8n has to go on after a failed
 * item gives for them.
 */
export const mixedKeys = {
	parameters: {
		operation: 'getMetadatas',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: '={{ $json.key }}',
	},
	input: [{ key: jane.key }, { key: 'not-a-key' }, { key: 'f'.repeat(40) }, { key: kenji.key }],
	/** The two failures: the malformed key, refused before any request, and HrFlow's answer for the unknown key. */
	errors: {
		malformed: malformedKey,
		unknown: noProfileMatches,
	},
	/** Continue (using error output): the success output, Jane's and Kenji's metadatas linked to their items. */
	successOutput: [
		...jane.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })),
		...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 3 } })),
	],
	/** Continue (using error output): the error output, with the input item's fields n8n adds to an error item. */
	errorOutput: [
		{
			json: {
				key: 'not-a-key',
				error: malformedKey,
				details: { description: expect.stringContaining('40 hexadecimal characters') },
			},
			pairedItem: { item: 1 },
		},
		{
			json: {
				key: 'f'.repeat(40),
				error: noProfileMatches,
				details: { description: expect.stringContaining('No profile matches'), httpCode: '400' },
			},
			pairedItem: { item: 2 },
		},
	],
	/** Continue On Fail, or Continue (using regular output): every item on the one output, in input order. */
	regularOutput: [
		...jane.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })),
		{
			json: {
				error: malformedKey,
				description: expect.stringContaining('40 hexadecimal characters'),
			},
			pairedItem: { item: 1 },
		},
		{
			json: {
				error: noProfileMatches,
				description: expect.stringContaining('No profile matches'),
				httpCode: '400',
			},
			pairedItem: { item: 2 },
		},
		...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 3 } })),
	],
};
