// One real n8n per e2e test file: the package packed and installed into a fresh n8n user folder the
// way the Community Nodes screen does, the strict emulator started, credentials and workflows
// imported with the n8n CLI. Workflows then run with `n8n execute`.

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { BAD_KEY, sample } from '../harness/sample';
import type { Emulator } from '../harness/sample';
import type { WorkflowJson } from './workflows';

/* eslint-disable @typescript-eslint/no-require-imports */
export const n8n = require('../../scripts/lib/n8n.js');
const { HrFlowEmulator } = require('../emulator/hrflow-emulator');
/* eslint-enable @typescript-eslint/no-require-imports */

export { BAD_KEY, elodie, jane, kenji, sample } from '../harness/sample';

export interface Execution {
	result: {
		runData?: Record<string, Array<{ data?: { main: INodeExecutionData[][] } }>>;
		error?: IDataObject;
	};
	stdout: string;
	stderr: string;
}

export interface RealN8n {
	emulator: Emulator;
	env: NodeJS.ProcessEnv;
	/** The n8n user folder (outside the project: below it, the package would load the project's n8n-workflow). */
	workFolder: string;
	/**
	 * Runs a workflow with `n8n execute`, after resetting the emulator (request logs, files) and then
	 * calling `arrange` to set up the case, e.g. to remove a file.
	 */
	execute(workflowId: string, arrange?: (emulator: Emulator) => void): Promise<Execution>;
}

export async function freePort(): Promise<number> {
	return await new Promise((resolve) => {
		const server = createServer();
		server.listen(0, '127.0.0.1', () => {
			const { port } = server.address() as { port: number };
			server.close(() => resolve(port));
		});
	});
}

export function outputOf(execution: Execution, node: string): INodeExecutionData[] {
	return execution.result.runData?.[node]?.[0]?.data?.main?.[0] ?? [];
}

/**
 * Sets up n8n for the calling test file. `workflows` gets the user folder (some write files there);
 * credentials e2eRead and hrflowSandbox (the examples') with the read key, e2eWrite with the
 * read-write key, and e2eBadKey, are imported.
 */
export function useRealN8n(
	workflows: (workFolder: string) => WorkflowJson[],
	extraEnv: (workFolder: string) => IDataObject = () => ({}),
): RealN8n {
	const context = {} as RealN8n;
	beforeAll(async () => {
		n8n.ensureN8n();
		const tarball: string = n8n.packPackage();
		context.workFolder = mkdtempSync(path.join(tmpdir(), 'hrflow-e2e-'));
		n8n.installPackage(context.workFolder, tarball);
		context.emulator = (await new HrFlowEmulator(sample.sampleData()).start()) as Emulator;
		context.env = n8n.n8nEnv(context.workFolder, {
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
			...extraEnv(context.workFolder),
		});
		const credential = (id: string, apiKey: string) => ({
			id,
			name: id,
			type: 'hrFlowApi',
			data: { apiKey, userEmail: sample.USER_EMAIL, baseUrl: context.emulator.url },
		});
		await n8n.importIntoN8n(
			context.env,
			{
				credentials: [
					credential('e2eRead', sample.API_KEYS.read),
					credential('e2eWrite', sample.API_KEYS.readWrite),
					credential('e2eBadKey', BAD_KEY),
					// The credential the shipped examples use, with the sandbox's read-write key.
					credential('hrflowSandbox', sample.API_KEYS.readWrite),
				],
				workflows: workflows(context.workFolder),
			},
			path.join(context.workFolder, 'import'),
		);
		context.execute = async (workflowId, arrange) => {
			context.emulator.reset();
			arrange?.(context.emulator);
			return (await n8n.executeWorkflow(context.env, workflowId)) as Execution;
		};
	}, 15 * 60_000);

	afterAll(async () => {
		await context.emulator?.stop();
		if (context.workFolder && !process.env.KEEP_E2E)
			rmSync(context.workFolder, { recursive: true, force: true });
	});
	return context;
}
