// n8n in queue mode, for real, on 127.0.0.1 and free ports, data in a temporary folder:
// PostgreSQL and Redis from Debian's packages, n8n main (`n8n start`) and workers (`n8n worker`),
// all from the project's pinned n8n with the packed tarball installed the Community Nodes way.

import { spawn, spawnSync } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import {
	chownSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { freePort, n8n } from '../e2e/real-n8n';

const isRoot = () => process.getuid?.() === 0;

/** Debian's PostgreSQL binaries, or undefined. */
function postgresBin(): string | undefined {
	const base = '/usr/lib/postgresql';
	if (!existsSync(base)) return undefined;
	const version = readdirSync(base).sort().pop();
	const bin = version && path.join(base, version, 'bin');
	return bin && existsSync(path.join(bin, 'initdb')) ? bin : undefined;
}

/** Why the suite cannot run here, or undefined when PostgreSQL and Redis are installed. */
export function missingServers(): string | undefined {
	const redis = spawnSync('redis-server', ['--version']).status === 0;
	if (postgresBin() && redis) return undefined;
	return 'the queue-mode suite needs PostgreSQL and Redis from Debian: apt-get install postgresql redis-server (.ci/run installs them)';
}

/** Runs a PostgreSQL command, as the postgres user when we are root (PostgreSQL refuses root). */
function asPostgres(command: string, args: string[]) {
	const [file, argv] = isRoot()
		? ['runuser', ['-u', 'postgres', '--', command, ...args]]
		: [command, args];
	const result = spawnSync(file, argv, { encoding: 'utf8' });
	if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout}`);
}

export interface Process {
	child: ChildProcess;
	log: string[];
	stop(signal?: NodeJS.Signals): Promise<void>;
}

function started(command: string, args: string[], env: NodeJS.ProcessEnv): Process {
	const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
	const log: string[] = [];
	child.stdout?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
	child.stderr?.on('data', (chunk: Buffer) => log.push(chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	process.once('exit', () => child.kill('SIGKILL'));
	return {
		child,
		log,
		stop: async (signal = 'SIGTERM') => {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
			await exited;
			clearTimeout(timer);
		},
	};
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 120_000) {
	const deadline = Date.now() + timeoutMs;
	while (!(await check())) {
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
}

export interface Cluster {
	/** Runs a query on n8n's PostgreSQL database; the rows as text. */
	sql(query: string): string;
	folder: string;
	/** Where every process may write files (the Write Files node). */
	filesFolder: string;
	env: NodeJS.ProcessEnv;
	mainUrl: string;
	workers: Process[];
	main: Process;
	stop(): Promise<void>;
}

/**
 * PostgreSQL, Redis, the package installed into a shared n8n user folder, credentials and
 * workflows imported and published; then n8n main and `workers` workers started.
 */
export async function startCluster(
	setup: (env: NodeJS.ProcessEnv, folder: string) => Promise<void>,
	workers = 2,
): Promise<Cluster> {
	const folder = mkdtempSync(path.join(tmpdir(), 'hrflow-queue-'));
	const stops: Array<() => Promise<void>> = [];
	const stop = async () => {
		for (const step of stops.reverse()) await step().catch(() => undefined);
		if (!process.env.KEEP_QUEUE) rmSync(folder, { recursive: true, force: true });
	};
	try {
		// PostgreSQL: its own cluster, trust on 127.0.0.1 only.
		const bin = postgresBin()!;
		const pgData = path.join(folder, 'postgres');
		mkdirSync(pgData);
		if (isRoot()) {
			const postgres = spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim();
			chownSync(folder, Number(postgres), Number(postgres));
			chownSync(pgData, Number(postgres), Number(postgres));
		}
		const pgPort = await freePort();
		asPostgres(path.join(bin, 'initdb'), [
			'-D',
			pgData,
			'-A',
			'trust',
			'-U',
			'postgres',
			'--no-sync',
		]);
		asPostgres(path.join(bin, 'pg_ctl'), [
			'-D',
			pgData,
			'-w',
			'-l',
			path.join(pgData, 'log'),
			'-o',
			`-p ${pgPort} -c listen_addresses=127.0.0.1 -c unix_socket_directories=${pgData} -c fsync=off`,
			'start',
		]);
		stops.push(async () =>
			asPostgres(path.join(bin, 'pg_ctl'), ['-D', pgData, '-m', 'fast', 'stop']),
		);
		asPostgres(path.join(bin, 'createdb'), [
			'-h',
			'127.0.0.1',
			'-p',
			String(pgPort),
			'-U',
			'postgres',
			'n8n',
		]);

		// Redis, nothing kept on disk.
		const redisPort = await freePort();
		const redis = started(
			'redis-server',
			['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
			process.env,
		);
		stops.push(() => redis.stop());
		await waitFor(() => redis.log.join('').includes('Ready to accept connections'), 'Redis');

		const userFolder = path.join(folder, 'n8n');
		const filesFolder = path.join(folder, 'files');
		mkdirSync(filesFolder, { recursive: true });
		n8n.installPackage(userFolder, n8n.packPackage());
		const env: NodeJS.ProcessEnv = n8n.n8nEnv(userFolder, {
			EXECUTIONS_MODE: 'queue',
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(pgPort),
			DB_POSTGRESDB_DATABASE: 'n8n',
			DB_POSTGRESDB_USER: 'postgres',
			DB_POSTGRESDB_PASSWORD: '',
			QUEUE_BULL_REDIS_HOST: '127.0.0.1',
			QUEUE_BULL_REDIS_PORT: String(redisPort),
			// n8n 2.40's choice for queue mode: the bytes in Postgres, which every process reads.
			N8N_DEFAULT_BINARY_DATA_MODE: 'database',
			N8N_RESTRICT_FILE_ACCESS_TO: filesFolder,
			N8N_LOG_LEVEL: 'info',
			N8N_GRACEFUL_SHUTDOWN_TIMEOUT: '30',
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
		});
		await setup(env, folder);

		const mainPort = await freePort();
		const main = started('node', [n8n.n8nBinPath(), 'start'], {
			...env,
			N8N_PORT: String(mainPort),
			N8N_RUNNERS_BROKER_PORT: String(await freePort()),
		});
		stops.push(() => main.stop());
		const mainUrl = `http://127.0.0.1:${mainPort}`;
		await waitFor(
			async () => (await fetch(`${mainUrl}/healthz/readiness`).catch(() => undefined))?.ok === true,
			'n8n main',
			180_000,
		);

		const workerProcesses: Process[] = [];
		for (let i = 0; i < workers; i++) {
			const workerEnv = {
				...env,
				N8N_RUNNERS_BROKER_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_PORT: String(await freePort()),
				QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			};
			// Each worker its own host name (n8n names a worker after it), where unshare can give one.
			const unshare = isRoot() && spawnSync('unshare', ['--uts', 'true']).status === 0;
			const worker = unshare
				? started(
						'unshare',
						[
							'--uts',
							'sh',
							'-c',
							`hostname hrflow-worker-${i + 1} && exec node ${n8n.n8nBinPath()} worker --concurrency=5`,
						],
						workerEnv,
					)
				: started('node', [n8n.n8nBinPath(), 'worker', '--concurrency=5'], workerEnv);
			stops.push(() => worker.stop());
			workerProcesses.push(worker);
			await waitFor(
				async () =>
					(
						await fetch(
							`http://127.0.0.1:${workerEnv.QUEUE_HEALTH_CHECK_PORT}/healthz/readiness`,
						).catch(() => undefined)
					)?.ok === true,
				`worker ${i + 1}`,
				180_000,
			);
		}
		const sql = (query: string) => {
			const result = spawnSync(
				path.join(bin, 'psql'),
				['-h', '127.0.0.1', '-p', String(pgPort), '-U', 'postgres', '-d', 'n8n', '-tAc', query],
				{ encoding: 'utf8' },
			);
			if (result.status !== 0) throw new Error(`psql: ${result.stderr}`);
			return result.stdout.trim();
		};
		return { sql, folder, filesFolder, env, mainUrl, workers: workerProcesses, main, stop };
	} catch (error) {
		await stop();
		throw error;
	}
}

/** Peak resident memory of a process and its children (VmHWM), in MB. */
export function peakRssMb(pid: number | undefined): number {
	if (pid === undefined) return 0;
	let total = 0;
	for (const id of [pid, ...childrenOf(pid)]) {
		const match = /VmHWM:\s+(\d+) kB/.exec(readStatus(id));
		total += match ? Number(match[1]) / 1024 : 0;
	}
	return total;
}

function readStatus(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/status`, 'utf8');
	} catch {
		return '';
	}
}

function childrenOf(pid: number | undefined): number[] {
	if (!pid) return [];
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8')
			.trim()
			.split(/\s+/)
			.filter(Boolean)
			.map(Number);
		return children.flatMap((child) => [child, ...childrenOf(child)]);
	} catch {
		return [];
	}
}
