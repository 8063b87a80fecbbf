// The HrFlow Trigger drains large backlogs in a real n8n under its durable scheduler with a short
// poll budget (N8N_SCHEDULER_ENABLED, N8N_SCHEDULER_POLL_TRIGGERS_ENABLED, N8N_SCHEDULER_POLL_TIMEOUT
// of 6 s: a 3 s budget) and a slow HrFlow (200 ms a listing page): 1,500 profiles, then 1,500 more
// with archived ones among them (short pages), each written exactly once, in order, across polls.
// Once with n8n's durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED=true), where the first
// backlog arrives between the activation poll and the first scheduled one; once without.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject } from 'n8n-workflow';

import { freePort, n8n, sample, useRealN8n } from './real-n8n';

const SCHEDULER = {
	N8N_SCHEDULER_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TRIGGERS_ENABLED: 'true',
	N8N_SCHEDULER_POLL_TIMEOUT: '6',
};

function backlogWorkflow(id: string, log: string) {
	const node = (
		name: string,
		type: string,
		typeVersion: number,
		parameters: IDataObject,
		x: number,
		extra: IDataObject = {},
	) => ({ id: `${id}-${name}`, name, type, typeVersion, parameters, position: [x, 0], ...extra });
	return {
		id,
		name: `New profiles → one log (${id})`,
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
				{ operation: 'toJson', mode: 'once', options: { fileName: 'poll.json' } },
				250,
			),
			// Each poll's profiles appended to one log: the order they were emitted in, duplicates kept.
			node(
				'Write file',
				'n8n-nodes-base.readWriteFile',
				1,
				{ operation: 'write', fileName: log, options: { append: true } },
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

const folderOf = (workFolder: string) => path.join(workFolder, 'files', 'backlog');
const logOf = (workFolder: string, id: string) => path.join(folderOf(workFolder), `${id}.log`);
const real = useRealN8n(
	(workFolder) =>
		['durableBacklog1', 'staticBacklog01'].map((id) => backlogWorkflow(id, logOf(workFolder, id))),
	(workFolder) => {
		mkdirSync(folderOf(workFolder), { recursive: true });
		return { N8N_RESTRICT_FILE_ACCESS_TO: path.join(workFolder, 'files'), ...SCHEDULER };
	},
);

let counter = 0;
let clock = 0;
/**
 * Adds profiles five a second as a busy ATS would, from now or after the last one added (HrFlow's
 * clock only moves forward: a created_at behind the cursor is New Profile's known limit);
 * `archived(i)` ones archived.
 */
function arrive(count: number, archived: (i: number) => boolean = () => false): string[] {
	clock = Math.max(clock + 1000, Math.floor(Date.now() / 1000) * 1000);
	const kept: string[] = [];
	for (let i = 0; i < count; i++) {
		counter++;
		if (i > 0 && i % 5 === 0) clock += 1000;
		const created = new Date(clock).toISOString().replace(/\.\d{3}Z$/, '+0000');
		const reference = `BACKLOG-${counter}`;
		const profile = real.emulator.storedProfile({
			key: sample.hrflowKey(`e2e backlog ${counter}`),
			reference,
			info: { full_name: reference },
			created_at: created,
			updated_at: created,
		});
		if (archived(i)) profile.archived_at = created;
		else kept.push(reference);
		real.emulator.sources[sample.SOURCE_KEY].profiles.push(profile);
	}
	return kept;
}

/** The references written, in the order the polls emitted them; and how many polls wrote. */
function written(id: string) {
	const file = logOf(real.workFolder, id);
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	return {
		references: [...text.matchAll(/"reference":\s*"([^"]+)"/g)].map((match) => match[1]),
		polls: text.split(/\](?=\s*\[)/).filter((part) => part.trim()).length,
	};
}

async function until(check: () => boolean, what: string, timeoutMs = 360_000) {
	const deadline = Date.now() + timeoutMs;
	while (!check()) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 1000));
	}
}

const listings = () =>
	real.emulator.requests.filter((request) => request.path === '/v1/storing/profiles').length;

test.each([
	['durable poll cursors', 'durableBacklog1', 'true'],
	['poll cursors in static data', 'staticBacklog01', 'false'],
])(
	'%s: 1,500 profiles, then 1,500 with archived ones (short pages), behind a slow listing and a 3 s poll budget: each written once, in order, across polls',
	async (_mode, id, durable) => {
		const env = { ...real.env, N8N_POLLER_DURABLE_CURSORS_ENABLED: durable };
		await n8n.n8nCli(['publish:workflow', `--id=${id}`], env);
		real.emulator.reset();
		const started = Date.now();
		const editor = await n8n.startEditor(env, { port: await freePort(), stdio: 'ignore' });
		try {
			// The activation poll: HrFlow's newest profile becomes the cursor.
			await until(() => listings() >= 1, 'the activation poll');
			real.emulator.quirks.listingDelayMs = 200;
			const first = arrive(1500);
			await until(() => written(id).references.length >= first.length, 'the first 1,500 profiles');
			// Every third one archived, and a whole page of them: HrFlow's pages come back short.
			const second = arrive(1500, (i) => i % 3 === 1 || (i >= 600 && i < 700));
			const expected = [...first, ...second];
			await until(
				() => written(id).references.length >= expected.length,
				'the profiles of the short pages',
			);
			// One more poll writes nothing more.
			const before = listings();
			await until(() => listings() > before, 'one more poll');
			await new Promise((resolve) => setTimeout(resolve, 3000));
			const { references, polls } = written(id);
			expect(references).toEqual(expected);
			// Across polls: the budget cut the backlogs short.
			expect(polls).toBeGreaterThanOrEqual(4);
			console.log(
				`${id}: ${expected.length} profiles in ${polls} polls, ${Math.round((Date.now() - started) / 1000)} s`,
			);
		} finally {
			await editor.stop();
			await n8n.n8nCli(['unpublish:workflow', `--id=${id}`], env);
		}
	},
	900_000,
);
