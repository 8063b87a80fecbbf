// Get, Get Many, Parse Resume, and Get Metadatas on today's HrFlow API (no /profile/metadatas), in
// a real n8n.

import { writeFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { jane, kenji, outputOf, sample, useRealN8n } from './real-n8n';
import { hrflowWorkflow } from './workflows';
import type { WorkflowJson } from './workflows';

const resumes = {
	'ada-lovelace.pdf': sample.makePdf(['Ada Lovelace', 'Analyst']),
	'alan-turing.pdf': sample.makePdf(['Alan Turing', 'Mathematician']),
};

/** Manual trigger → `nodes` in a chain; HrFlow nodes use the credential e2eWrite. */
function chain(id: string, nodes: IDataObject[]): WorkflowJson {
	const all: IDataObject[] = [
		{ name: 'Start', type: 'n8n-nodes-base.manualTrigger', typeVersion: 1, parameters: {} },
		...nodes,
	].map((node, index) => ({
		id: `${id}-${index}`,
		position: [index * 220, 0],
		...node,
		...(String(node.type).startsWith('n8n-nodes-hrflow')
			? { credentials: { hrFlowApi: { id: 'e2eWrite', name: 'e2eWrite' } } }
			: {}),
	}));
	const connections: IDataObject = {};
	for (let i = 0; i + 1 < all.length; i++)
		connections[all[i].name as string] = {
			main: [[{ node: all[i + 1].name, type: 'main', index: 0 }]],
		};
	return {
		id,
		name: id,
		nodes: all,
		connections,
		settings: { executionOrder: 'v1' },
		active: false,
	};
}
const parseResume = {
	name: 'Parse Resume',
	type: 'n8n-nodes-hrflow.hrFlow',
	typeVersion: 1,
	parameters: {
		resource: 'profile',
		operation: 'parseResume',
		sourceKey: sample.SOURCE_KEY,
		binaryPropertyName: 'data',
	},
};

const byReference = (operation: string, extra: Record<string, unknown> = {}) => ({
	name: 'HrFlow',
	typeVersion: 1,
	parameters: {
		operation,
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'reference',
		profileReference: '={{ $json.reference }}',
		...extra,
	},
});
const profiles = [jane, kenji].map(({ reference }) => ({ reference }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const setup = require('../../scripts/lib/setup.js');

const real = useRealN8n(
	(workFolder) => [
		// The shipped example, its files in this run's folder.
		setup.loadExample(
			path.join(__dirname, '..', '..', 'examples', 'parse-get-and-list.json'),
			path.join(workFolder, 'files'),
		),
		chain('e2eParseFiles01', [
			{
				name: 'Read Files',
				type: 'n8n-nodes-base.readWriteFile',
				typeVersion: 1,
				parameters: {
					operation: 'read',
					fileSelector: `${path.join(workFolder, 'files', 'incoming')}/*.pdf`,
					options: {},
				},
			},
			parseResume,
		]),
		chain('e2eReparse00001', [
			{
				name: 'List Attachments',
				type: 'n8n-nodes-hrflow.hrFlow',
				typeVersion: 1,
				parameters: {
					resource: 'profile',
					operation: 'listAttachments',
					sourceKey: sample.SOURCE_KEY,
					identifierType: 'key',
					profileKey: jane.key,
					options: { downloadFiles: true, attachmentTypes: ['resume'] },
				},
			},
			parseResume,
		]),
		hrflowWorkflow('e2eGetSimple001', profiles, [byReference('get', { simplify: true })]),
		hrflowWorkflow('e2eMetaToday001', profiles, [byReference('getMetadatas')]),
		hrflowWorkflow(
			'e2eGetManyAll01',
			[{}],
			[
				{
					name: 'HrFlow',
					typeVersion: 1,
					parameters: { operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, returnAll: true },
				},
			],
		),
	],
	(workFolder) => {
		setup.prepareFilesFolder(path.join(workFolder, 'files'));
		const incoming = path.join(workFolder, 'files', 'incoming');
		for (const [name, data] of Object.entries(resumes))
			writeFileSync(path.join(incoming, name), data);
		// prepareFilesFolder's sample is named like the first: the folder holds exactly these two.
		return { N8N_RESTRICT_FILE_ACCESS_TO: path.join(workFolder, 'files') };
	},
);

test('Get (Simplify): one profile per input item, linked', async () => {
	const execution = await real.execute('e2eGetSimple001');
	expect(execution.result.error).toBeUndefined();
	expect(
		outputOf(execution, 'HrFlow').map((item) => [
			item.json.name,
			item.json.skills,
			item.pairedItem,
		]),
	).toEqual([
		['Jane Doe', ['Python', 'Kafka', 'SQL'], { item: 0 }],
		['Kenji Sato', ['Figma', 'User research'], { item: 1 }],
	]);
	expect(real.emulator.requests.map((request) => request.path)).toEqual([
		'/v1/profile/indexing',
		'/v1/profile/indexing',
	]);
});

test("Get Metadatas where /profile/metadatas answers 404: the profile's metadatas, same items", async () => {
	const execution = await real.execute('e2eMetaToday001', (emulator) => {
		emulator.metadatasGone = true;
	});
	expect(execution.result.error).toBeUndefined();
	expect(
		outputOf(execution, 'HrFlow').map(({ json, pairedItem }) => ({ json, pairedItem })),
	).toEqual([
		...jane.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })),
		...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 1 } })),
	]);
	expect(
		real.emulator.requests.filter((request) => request.path === '/v1/profile/indexing'),
	).toHaveLength(2);
});

test('Get Many with Return All: every page, one item per profile', async () => {
	const execution = await real.execute('e2eGetManyAll01');
	expect(execution.result.error).toBeUndefined();
	const items = outputOf(execution, 'HrFlow');
	expect(items).toHaveLength(sample.MANY_PROFILES);
	expect(new Set(items.map((item) => item.json.reference)).size).toBe(sample.MANY_PROFILES);
	expect(real.emulator.requests.map((request) => request.query.page[0])).toEqual(['1', '2', '3']);
});

test('Read Files from Disk → Parse Resume: each file parsed, received byte for byte', async () => {
	const execution = await real.execute('e2eParseFiles01');
	expect(execution.result.error).toBeUndefined();
	const received = Object.fromEntries(
		real.emulator.uploads.map((upload) => {
			const file = upload.find((part) => part.name === 'file')!;
			return [file.filename, file.data];
		}),
	);
	expect(Object.keys(received).sort()).toEqual(Object.keys(resumes).sort());
	for (const [name, data] of Object.entries(resumes))
		expect(received[name].equals(data)).toBe(true);
	const items = outputOf(execution, 'Parse Resume');
	expect(items.map((item) => (item.json.info as IDataObject).full_name).sort()).toEqual([
		'ada lovelace',
		'alan turing',
	]);
	expect(items.map((item) => (item.pairedItem as { item: number }).item).sort()).toEqual([0, 1]);
});

test('List Attachments (Download Files) → Parse Resume: the downloaded resume is parsed again', async () => {
	const execution = await real.execute('e2eReparse00001');
	expect(execution.result.error).toBeUndefined();
	const [upload] = real.emulator.uploads;
	const file = upload.find((part) => part.name === 'file')!;
	const original = sample.sampleData().files[jane.attachments[0].file].body as Buffer;
	expect([file.filename, file.contentType, file.data.equals(original)]).toEqual([
		'jane-doe-resume.pdf',
		'application/pdf',
		true,
	]);
	expect(outputOf(execution, 'Parse Resume')).toHaveLength(1);
});

test('example "Parse resumes, get the profiles, list the source"', async () => {
	const execution = await real.execute('hrflowExample0003');
	expect(execution.result.error).toBeUndefined();
	const parsed = outputOf(execution, 'Parse Resume');
	expect(parsed).toHaveLength(2);
	const got = outputOf(execution, 'Get the profile');
	expect(got.map((item) => [item.json.key, item.json.name, item.json.tags])).toEqual(
		parsed.map((item) => [
			item.json.key,
			(item.json.info as IDataObject).full_name,
			[{ name: 'channel', value: 'n8n' }],
		]),
	);
	const listed = outputOf(execution, 'List the source').map((item) => item.json.key);
	expect(listed).toHaveLength(3 + 2);
	expect(listed).toEqual(expect.arrayContaining(parsed.map((item) => item.json.key)));
});
