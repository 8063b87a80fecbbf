// The HrFlow Trigger in a real, running n8n: an active workflow "New profile → write the profile to
// a file", polling every minute. Profiles added to the sandbox are written exactly once; after
// deactivation and reactivation nothing is replayed, and what arrived meanwhile is written once.

import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { freePort, n8n, sample, useRealN8n } from './real-n8n';

const WORKFLOW = 'e2eTriggerNew01';
let counter = 0;

function triggerWorkflow(folder: string) {
	const node = (
		name: string,
		type: string,
		typeVersion: number,
		parameters: IDataObject,
		x: number,
		extra: IDataObject = {},
	) => ({ id: name, name, type, typeVersion, parameters, position: [x, 0], ...extra });
	return {
		id: WORKFLOW,
		name: 'New profile → write the profile to a file',
		nodes: [
			node(
				'New profile',
				'n8n-nodes-hrflow.hrFlowTrigger',
				1,
				{
					pollTimes: { item: [{ mode: 'everyMinute' }] },
					event: 'profileCreated',
					sources: [sample.SOURCE_KEY],
					simplify: true,
				},
				0,
				{
					credentials: { hrFlowApi: { id: 'e2eRead', name: 'e2eRead' } },
				},
			),
			node(
				'To file',
				'n8n-nodes-base.convertToFile',
				1.1,
				{ operation: 'toJson', mode: 'each', options: { fileName: '={{ $json.reference }}.json' } },
				250,
			),
			// Append: a profile emitted twice would leave two documents in its file.
			node(
				'Write file',
				'n8n-nodes-base.readWriteFile',
				1,
				{
					operation: 'write',
					fileName: `={{ "${folder}/" + $binary.data.fileName }}`,
					options: { append: true },
				},
				500,
			),
		],
		connections: {
			'New profile': { main: [[{ node: 'To file', type: 'main', index: 0 }]] },
			'To file': { main: [[{ node: 'Write file', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1' },
		active: false as const,
	};
}

const folderOf = (workFolder: string) => path.join(workFolder, 'files', 'new-profiles');
const real = useRealN8n(
	(workFolder) => [triggerWorkflow(folderOf(workFolder))],
	(workFolder) => {
		mkdirSync(folderOf(workFolder), { recursive: true });
		return { N8N_RESTRICT_FILE_ACCESS_TO: path.join(workFolder, 'files') };
	},
);

/** Adds profiles to the sandbox's source, created now (as HrFlow stores a new profile). */
function arrive(count: number): string[] {
	const now = new Date().toISOString().replace(/\.\d{3}Z$/, '+0000');
	return Array.from({ length: count }, () => {
		counter++;
		const profile = real.emulator.storedProfile({
			key: sample.hrflowKey(`e2e trigger ${counter}`),
			reference: `TRIG-${counter}`,
			info: { full_name: `Trigger ${counter}` },
			created_at: now,
			updated_at: now,
		});
		real.emulator.sources[sample.SOURCE_KEY].profiles.push(profile);
		return `TRIG-${counter}`;
	});
}

async function until(check: () => boolean, what: string, timeoutMs = 150_000) {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

const polls = () =>
	real.emulator.requests.filter((request) => request.path === '/v1/storing/profiles').length;
const written = () =>
	existsSync(folderOf(real.workFolder)) ? readdirSync(folderOf(real.workFolder)).sort() : [];
/** Each file holds exactly one profile: the trigger emitted it once. */
const documentsIn = (file: string) =>
	readFileSync(path.join(folderOf(real.workFolder), file), 'utf8')
		.split(/\n(?=\[|\{)/)
		.filter((text) => text.trim()).length;

async function runActive<T>(during: () => Promise<T>): Promise<T> {
	const editor = await n8n.startEditor(real.env, { port: await freePort(), stdio: 'ignore' });
	try {
		return await during();
	} finally {
		await editor.stop();
	}
}

test('active on a one-minute poll: new profiles written exactly once; deactivated and reactivated, no replay', async () => {
	await n8n.n8nCli(['publish:workflow', `--id=${WORKFLOW}`], real.env);
	real.emulator.reset();
	const first = await runActive(async () => {
		// The first poll after activation remembers where HrFlow is and emits nothing.
		await until(() => polls() >= 1, 'the first poll');
		expect(written()).toEqual([]);
		const arrived = arrive(3);
		const before = polls();
		await until(() => written().length === 3, 'the new profiles to be written');
		// One more poll with nothing new writes nothing more.
		await until(() => polls() >= before + 2, 'one more poll');
		return arrived;
	});
	expect(written()).toEqual(first.map((reference) => `${reference}.json`).sort());
	for (const file of written()) expect(documentsIn(file)).toBe(1);
	expect(
		JSON.parse(readFileSync(path.join(folderOf(real.workFolder), `${first[0]}.json`), 'utf8')),
	).toMatchObject({ reference: first[0], name: 'Trigger 1' });

	// Deactivated: profiles arrive meanwhile; reactivated: they are written once, the others not again.
	await n8n.n8nCli(['unpublish:workflow', `--id=${WORKFLOW}`], real.env);
	const meanwhile = arrive(2);
	await n8n.n8nCli(['publish:workflow', `--id=${WORKFLOW}`], real.env);
	await runActive(async () => {
		await until(() => written().length === 5, 'the profiles that arrived while inactive');
		const before = polls();
		await until(() => polls() >= before + 1, 'one more poll');
	});
	expect(written()).toEqual(
		[...first, ...meanwhile].map((reference) => `${reference}.json`).sort(),
	);
	for (const file of written()) expect(documentsIn(file)).toBe(1);
}, 600_000);
