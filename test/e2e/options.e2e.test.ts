// The node's options in a real n8n: attachments downloaded into binary data and written to disk by
// n8n's "Read/Write Files from Disk" node (bytes compared), no HrFlow header on the storage host,
// the type filter, download failures, and metadatas as one item per profile.

import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

import { messages } from '../harness/expectations';
import { jane, kenji, outputOf, sample, useRealN8n } from './real-n8n';
import { hrflowWorkflow } from './workflows';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js');
const root = path.resolve(__dirname, '..', '..');
import type { HrFlowNodeSpec } from './workflows';

const files = sample.sampleData().files as Record<string, { body: Buffer }>;
const profiles = [jane, kenji].map(({ key, reference }) => ({ key, reference }));

const listAttachments = (
	options: Record<string, unknown>,
	extra: Partial<HrFlowNodeSpec> = {},
): HrFlowNodeSpec => ({
	name: 'HrFlow',
	typeVersion: 1,
	parameters: {
		operation: 'listAttachments',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: '={{ $json.key }}',
		options,
	},
	...extra,
});

const real = useRealN8n(
	(workFolder) => [
		// The shipped example "Save candidates' resumes to disk", writing into this run's folder.
		setup.loadExample(
			path.join(root, 'examples', 'resumes-to-disk.json'),
			path.join(workFolder, 'files'),
		),
		// The same example as it shipped with version 1 of the node: saved workflows keep running.
		setup.loadExample(
			path.join(__dirname, 'fixtures', 'resumes-to-disk.v1.json'),
			path.join(workFolder, 'files'),
		),
		hrflowWorkflow('e2eDownloadFail', profiles, [listAttachments({ downloadFiles: true })]),
		hrflowWorkflow('e2eDownloadCont', profiles, [
			listAttachments({ downloadFiles: true }, { onError: 'continueRegularOutput' }),
		]),
		hrflowWorkflow('e2eSingleMeta01', profiles, [
			{
				name: 'HrFlow',
				typeVersion: 1,
				parameters: {
					operation: 'getMetadatas',
					sourceKey: sample.SOURCE_KEY,
					identifierType: 'reference',
					profileReference: '={{ $json.reference }}',
					options: { output: 'single', metadataNames: 'linkedin, portfolio' },
				},
			},
		]),
	],
	// n8n 2.x lets file nodes write only where it is told to, into a folder that exists.
	(workFolder) => {
		mkdirSync(path.join(workFolder, 'files', 'resumes'), { recursive: true });
		return { N8N_RESTRICT_FILE_ACCESS_TO: path.join(workFolder, 'files') };
	},
);

test.each([
	['version 2 (the shipped example)', 'hrflowExample0002'],
	['version 1 (as saved before version 2)', 'hrflowExampleV1a'],
])(
	'example "Save candidates\' resumes to disk", node %s: List Attachments (Download Files) → Write Files, byte for byte',
	async (_version, workflowId) => {
		rmSync(path.join(real.workFolder, 'files', 'resumes'), { recursive: true, force: true });
		mkdirSync(path.join(real.workFolder, 'files', 'resumes'), { recursive: true });
		const execution = await real.execute(workflowId);
		expect(execution.result.error).toBeUndefined();
		const items = outputOf(execution, 'Download resumes');
		expect(
			items.map((item) => [
				item.json.type,
				item.binary?.data?.fileName,
				item.binary?.data?.mimeType,
				item.pairedItem,
			]),
		).toEqual([
			['resume', 'jane-doe-resume.pdf', 'application/pdf', { item: 0 }],
			['resume', 'kenji-sato-resume.pdf', 'application/pdf', { item: 1 }],
		]);
		for (const attachment of [jane.attachments[0], kenji.attachments[0]]) {
			const written = readFileSync(
				path.join(
					real.workFolder,
					'files',
					'resumes',
					`${attachment.original_file_name}${attachment.extension}`,
				),
			);
			expect(written.equals(files[attachment.file].body)).toBe(true);
		}
		// Only the chosen type was fetched, and never with an HrFlow header.
		expect(real.emulator.storageRequests.map((request) => request.path)).toEqual(
			[jane, kenji].map((profile) => `/files/${profile.attachments[0].file}`),
		);
		for (const request of real.emulator.storageRequests) {
			expect(request.headers['x-api-key']).toBeUndefined();
			expect(request.headers['x-user-email']).toBeUndefined();
		}
	},
);

describe('a failed download', () => {
	const removeJaneOriginal = (emulator: unknown) =>
		delete (emulator as { files: Record<string, unknown> }).files[jane.attachments[1].file];

	test('stops the workflow, naming the file and the HTTP code', async () => {
		const execution = await real.execute('e2eDownloadFail', removeJaneOriginal);
		expect(execution.result.error).toMatchObject({
			message: messages.downloadFailed(
				'jane-doe-cv-original.pdf',
				'the storage host answered HTTP 404',
			),
			httpCode: '404',
		});
	});

	test('with Continue On Fail, is an error item for its input; the other input goes on', async () => {
		const execution = await real.execute('e2eDownloadCont', removeJaneOriginal);
		const items = outputOf(execution, 'HrFlow');
		expect(items[0].json.error).toBe(
			messages.downloadFailed('jane-doe-cv-original.pdf', 'the storage host answered HTTP 404'),
		);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(
			items.slice(1).map((item) => [item.json.type, item.pairedItem, Boolean(item.binary?.data)]),
		).toEqual([
			['resume', { item: 1 }, true],
			['cover', { item: 1 }, true],
			['other', { item: 1 }, true],
		]);
	});
});

test('Get Metadatas › Single Item with Metadata Names: one item per profile', async () => {
	const execution = await real.execute('e2eSingleMeta01');
	expect(
		outputOf(execution, 'HrFlow').map(({ json, pairedItem }) => ({ json, pairedItem })),
	).toEqual([
		{
			json: {
				linkedin: 'https://www.linkedin.com/in/jane-doe-example',
				profileReference: jane.reference,
			},
			pairedItem: { item: 0 },
		},
		{
			json: { portfolio: 'https://example.com/kenji', profileReference: kenji.reference },
			pairedItem: { item: 1 },
		},
	]);
});
