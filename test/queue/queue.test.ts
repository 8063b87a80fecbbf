// The scale-out suite (`npm run test:queue`): n8n in queue mode, main and two workers with
// PostgreSQL and Redis, the packed tarball installed the Community Nodes way, workflows driven
// through their production webhooks, against the HrFlow sandbox.

import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { jane, kenji, n8n, sample } from '../e2e/real-n8n';
import { mixedKeys } from '../harness/expectations';
import type { Emulator } from '../harness/sample';
import { missingServers, peakRssMb, startCluster } from './cluster';
import type { Cluster } from './cluster';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { HrFlowEmulator } = require('../emulator/hrflow-emulator');

const missing = missingServers();
if (missing) process.stderr.write(`Skipping the queue-mode suite: ${missing}.\n`);
const suite = missing ? describe.skip : describe;

const files = sample.sampleData().files as Record<string, { body: Buffer }>;
const cred = (id: string) => ({ hrFlowApi: { id, name: id } });
const webhook = (name: string, pathName: string, responseData = 'firstEntryJson') => ({
	id: name,
	name,
	type: 'n8n-nodes-base.webhook',
	typeVersion: 2,
	position: [0, 0],
	webhookId: pathName,
	parameters: {
		httpMethod: 'POST',
		path: pathName,
		responseMode: 'lastNode',
		responseData,
		options: {},
	},
});
const hrflow = (
	name: string,
	parameters: IDataObject,
	credential: string,
	x: number,
	extra: IDataObject = {},
) => ({
	id: name,
	name,
	type: 'n8n-nodes-hrflow.hrFlow',
	typeVersion: 2,
	position: [x, 0],
	parameters,
	credentials: cred(credential),
	...extra,
});
const source = (key: string) => ({ __rl: true, mode: 'id', value: key });
const chain = (...names: string[]) =>
	Object.fromEntries(
		names
			.slice(0, -1)
			.map((name, i) => [name, { main: [[{ node: names[i + 1], type: 'main', index: 0 }]] }]),
	);

function workflows(filesFolder: string) {
	return [
		{
			id: 'queueParse00001',
			name: 'Parse a résumé posted to a webhook',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				webhook('Résumé posted', 'parse-resume'),
				hrflow(
					'Parse Resume',
					{
						resource: 'profile',
						operation: 'parseResume',
						source: source(sample.SOURCE_KEY),
						binaryPropertyName: 'data',
						parseOptions: { reference: '={{ $json.body.reference }}' },
					},
					'queueWrite',
					250,
				),
			],
			connections: chain('Résumé posted', 'Parse Resume'),
		},
		{
			id: 'queueAttach0001',
			name: 'Attachments to disk',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				webhook('Reference posted', 'attachments', 'allEntries'),
				hrflow(
					'List Attachments',
					{
						resource: 'profile',
						operation: 'listAttachments',
						source: source(sample.SOURCE_KEY),
						identifierType: 'reference',
						profileReference: '={{ $json.body.reference }}',
						options: { downloadFiles: true },
					},
					'queueRead',
					250,
				),
				{
					id: 'write',
					name: 'Write Files',
					type: 'n8n-nodes-base.readWriteFile',
					typeVersion: 1,
					position: [500, 0],
					parameters: {
						operation: 'write',
						fileName: `={{ "${filesFolder}/" + $binary.data.fileName }}`,
						options: {},
					},
				},
			],
			connections: chain('Reference posted', 'List Attachments', 'Write Files'),
		},
		{
			id: 'queueMany000001',
			name: 'Get Many, Return All',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				webhook('List asked', 'get-many', 'allEntries'),
				hrflow(
					'Get Many',
					{
						resource: 'profile',
						operation: 'getMany',
						sources: [sample.MANY_SOURCE_KEY],
						returnAll: true,
						simplify: true,
						options: {},
					},
					'queueRead',
					250,
				),
			],
			connections: chain('List asked', 'Get Many'),
		},
		{
			id: 'queueErrors0001',
			name: 'Error output in a worker',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				webhook('Keys posted', 'error-output', 'allEntries'),
				{
					id: 'split',
					name: 'One item per key',
					type: 'n8n-nodes-base.splitOut',
					typeVersion: 1,
					position: [200, 0],
					parameters: { fieldToSplitOut: 'body.keys', options: {} },
				},
				hrflow(
					'Metadatas',
					{
						resource: 'profile',
						operation: 'getMetadatas',
						source: source(sample.SOURCE_KEY),
						identifierType: 'key',
						profileKey: '={{ $json["body.keys"] }}',
						options: { output: 'single' },
					},
					'queueRead',
					400,
					{ onError: 'continueErrorOutput' },
				),
				{
					id: 'merge',
					name: 'Both outputs',
					type: 'n8n-nodes-base.merge',
					typeVersion: 3,
					position: [650, 0],
					parameters: {},
				},
			],
			connections: {
				'Keys posted': { main: [[{ node: 'One item per key', type: 'main', index: 0 }]] },
				'One item per key': { main: [[{ node: 'Metadatas', type: 'main', index: 0 }]] },
				Metadatas: {
					main: [
						[{ node: 'Both outputs', type: 'main', index: 0 }],
						[{ node: 'Both outputs', type: 'main', index: 1 }],
					],
				},
			},
		},
	];
}

suite('n8n in queue mode: main, two workers, PostgreSQL, Redis', () => {
	let emulator: Emulator;
	let cluster: Cluster;
	const posted = async (pathName: string, body: FormData | IDataObject) => {
		const response = await fetch(`${cluster.mainUrl}/webhook/${pathName}`, {
			method: 'POST',
			...(body instanceof FormData
				? { body }
				: { body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } }),
		});
		return {
			status: response.status,
			body: (await response.json().catch(() => undefined)) as unknown,
		};
	};
	const resume = (index: number) =>
		sample.makePdf([`Queue Candidate ${index}`, 'Data engineer', `queue${index}@example.com`]);
	const parseForm = (index: number) => {
		const form = new FormData();
		form.append('reference', `QUEUE-${index}`);
		form.append(
			'data',
			new Blob([new Uint8Array(resume(index))], { type: 'application/pdf' }),
			`queue-${index}.pdf`,
		);
		return form;
	};
	/** Sends the parse requests `concurrency` at a time; resolves with each answer, in order. */
	const parseMany = async (indexes: number[], concurrency: number) => {
		const answers: Array<{ status: number; body: unknown }> = [];
		for (let start = 0; start < indexes.length; start += concurrency) {
			answers.push(
				...(await Promise.all(
					indexes
						.slice(start, start + concurrency)
						.map((index) => posted('parse-resume', parseForm(index))),
				)),
			);
		}
		return answers;
	};
	const startedBy = (worker: number) =>
		cluster.workers[worker].log.join('').match(/Worker started execution \d+/g)?.length ?? 0;

	beforeAll(async () => {
		n8n.ensureN8n();
		emulator = (await new HrFlowEmulator(sample.sampleData()).start()) as Emulator;
		cluster = await startCluster(async (env, folder) => {
			const data = (apiKey: string) => ({
				apiKey,
				userEmail: sample.USER_EMAIL,
				baseUrl: emulator.url,
			});
			await n8n.importIntoN8n(
				env,
				{
					credentials: [
						{
							id: 'queueRead',
							name: 'queueRead',
							type: 'hrFlowApi',
							data: data(sample.API_KEYS.read),
						},
						{
							id: 'queueWrite',
							name: 'queueWrite',
							type: 'hrFlowApi',
							data: data(sample.API_KEYS.readWrite),
						},
					],
					workflows: workflows(path.join(folder, 'files')),
				},
				path.join(folder, 'import'),
			);
			for (const id of [
				'queueParse00001',
				'queueAttach0001',
				'queueMany000001',
				'queueErrors0001',
			]) {
				const { code, stderr } = await n8n.n8nCli(['publish:workflow', `--id=${id}`], env);
				if (code !== 0) throw new Error(`publish:workflow ${id} failed: ${stderr}`);
			}
		});
	}, 15 * 60_000);

	afterAll(async () => {
		await cluster?.stop();
		await emulator?.stop();
	}, 120_000);

	test('"Parse a résumé posted to a webhook": 40 requests, 8 at a time, every one answered, 40 distinct profiles, the bytes HrFlow got are the bytes posted', async () => {
		emulator.reset();
		const indexes = Array.from({ length: 40 }, (_, i) => i + 1);
		const started = Date.now();
		const answers = await parseMany(indexes, 8);
		const minutes = (Date.now() - started) / 60_000;
		expect(answers.map((answer) => answer.status)).toEqual(indexes.map(() => 200));
		const keys = answers.map((answer) => (answer.body as IDataObject).key);
		expect(new Set(keys).size).toBe(40);
		expect(answers.map((answer) => (answer.body as IDataObject).reference)).toEqual(
			indexes.map((index) => `QUEUE-${index}`),
		);
		expect(emulator.uploads).toHaveLength(40);
		for (const upload of emulator.uploads) {
			const reference = upload.find((part) => part.name === 'reference')!.data.toString();
			const file = upload.find((part) => part.name === 'file')!;
			expect(file.data.equals(resume(Number(reference.slice('QUEUE-'.length))))).toBe(true);
		}
		process.stdout.write(
			`\nQueue mode, two workers: 40 parse executions in ${(minutes * 60).toFixed(1)} s = ${(40 / minutes).toFixed(0)} executions per minute\n`,
		);
		// Both workers ran some.
		expect(startedBy(0)).toBeGreaterThan(0);
		expect(startedBy(1)).toBeGreaterThan(0);
	}, 300_000);

	test('"Attachments to disk": List Attachments with Download Files → Write Files in a worker, files byte-identical', async () => {
		const { status } = await posted('attachments', { reference: kenji.reference });
		expect(status).toBe(200);
		for (const attachment of kenji.attachments) {
			const written = readFileSync(
				path.join(cluster.filesFolder, `${attachment.original_file_name}${attachment.extension}`),
			);
			expect(written.equals(files[attachment.file].body)).toBe(true);
		}
	}, 120_000);

	test('Get Many with Return All over three pages, in a worker', async () => {
		const { status, body } = await posted('get-many', {});
		expect(status).toBe(200);
		expect((body as IDataObject[]).map((profile) => profile.reference)).toHaveLength(
			sample.MANY_PROFILES,
		);
	}, 120_000);

	test('Continue (using error output) in a worker: the failing items by the error output, the others by the success output', async () => {
		const { status, body } = await posted('error-output', {
			keys: [jane.key, 'not-a-key', kenji.key],
		});
		expect(status).toBe(200);
		const items = body as IDataObject[];
		expect(items.filter((item) => item.error === undefined).map((item) => item.profileKey)).toEqual(
			[jane.key, kenji.key],
		);
		expect(items.filter((item) => item.error !== undefined)).toEqual([
			expect.objectContaining({ error: mixedKeys.errors.malformed, details: expect.any(Object) }),
		]);
	}, 120_000);

	test('every execution so far, in PostgreSQL: finished with success, none failed', () => {
		const byStatus = cluster.sql(
			"select status || ':' || count(*) from execution_entity group by status order by status",
		);
		expect(byStatus).toMatch(/^success:\d+$/);
		expect(Number(byStatus.split(':')[1])).toBeGreaterThanOrEqual(43);
	});

	test('a worker stopped (SIGTERM) while requests are in flight: every request answered, none run twice, the other worker goes on', async () => {
		emulator.reset();
		const indexes = Array.from({ length: 16 }, (_, i) => 100 + i);
		const rss = cluster.workers.map((worker) => peakRssMb(worker.child.pid));
		const inFlight = parseMany(indexes, 8);
		await new Promise((resolve) => setTimeout(resolve, 300));
		const stopping = cluster.workers[0].stop('SIGTERM');
		const answers = await inFlight;
		await stopping;
		// Every request gets an answer (nothing hangs); an answer is the parsed profile or n8n's error.
		expect(answers).toHaveLength(16);
		const parsed = answers.filter(
			(answer) => answer.status === 200 && (answer.body as IDataObject | undefined)?.key,
		);
		const other = answers.filter((answer) => !parsed.includes(answer));
		expect(other.every((answer) => [200, 500].includes(answer.status))).toBe(true);
		// Nothing run twice: one upload per reference at most; every profile answered was parsed once.
		const uploaded = emulator.uploads.map((upload) =>
			upload.find((part) => part.name === 'reference')!.data.toString(),
		);
		expect(new Set(uploaded).size).toBe(uploaded.length);
		expect(new Set(parsed.map((answer) => (answer.body as IDataObject).key)).size).toBe(
			parsed.length,
		);
		expect(
			parsed
				.map((answer) => (answer.body as IDataObject).reference)
				.every((reference) => uploaded.includes(String(reference))),
		).toBe(true);
		process.stdout.write(
			`Worker 1 stopped with SIGTERM during 16 requests: ${parsed.length} answered with the parsed profile, ${other.length} otherwise (${other.map((answer) => `${answer.status} ${JSON.stringify(answer.body)}`).join('; ')}); ${uploaded.length} résumés reached HrFlow, none twice\n` +
				`Peak RSS of the workers: ${rss.map((mb) => `${mb.toFixed(0)} MB`).join(', ')}\n`,
		);
		// The remaining worker takes everything now.
		const before = startedBy(1);
		const after = await posted('parse-resume', parseForm(199));
		expect(after.status).toBe(200);
		expect(startedBy(1)).toBe(before + 1);

		// One worker left: the same 40-request run, to compare.
		emulator.reset();
		const started = Date.now();
		const alone = await parseMany(
			Array.from({ length: 40 }, (_, i) => 200 + i),
			8,
		);
		const minutes = (Date.now() - started) / 60_000;
		expect(alone.every((answer) => answer.status === 200)).toBe(true);
		process.stdout.write(
			`Queue mode, one worker: 40 parse executions in ${(minutes * 60).toFixed(1)} s = ${(40 / minutes).toFixed(0)} executions per minute\n`,
		);
	}, 600_000);
});
