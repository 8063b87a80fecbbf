// A real n8n for `npm start`, `npm run demo` and the end-to-end tests: Node 24 and n8n (the versions
// in package.json's "config") installed once into .cache/, the package packed and installed into an
// n8n user folder the way n8n's Community Nodes screen installs it, and helpers to run the n8n CLI.
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const {
	closeSync,
	existsSync,
	mkdirSync,
	mkdtempSync,
	openSync,
	readFileSync,
	rmSync,
	writeFileSync,
} = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { node24Env } = require('../node24.js');

const root = path.resolve(__dirname, '..', '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const N8N_VERSION = packageJson.config.n8n;
const PACKAGE_NAME = packageJson.name;
const n8nPrefix = path.join(root, '.cache', 'n8n');
const n8nBin = path.join(n8nPrefix, 'node_modules', 'n8n', 'bin', 'n8n');

const say = (message) => process.stderr.write(`${message}\n`);

function run(command, args, options = {}) {
	const result = spawnSync(command, args, {
		stdio: ['ignore', 'pipe', 'pipe'],
		encoding: 'utf8',
		...options,
	});
	if (result.status !== 0) {
		throw new Error(
			`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr || result.stdout}`,
		);
	}
	return result.stdout;
}

/** Installs n8n into .cache/n8n once (about 5 minutes); later calls return at once. */
function ensureN8n() {
	const installed = path.join(n8nPrefix, 'node_modules', 'n8n', 'package.json');
	if (existsSync(installed) && JSON.parse(readFileSync(installed, 'utf8')).version === N8N_VERSION)
		return;
	say(`Installing n8n ${N8N_VERSION} into .cache/n8n: the first time takes about 5 minutes...`);
	const started = Date.now();
	mkdirSync(n8nPrefix, { recursive: true });
	writeFileSync(
		path.join(n8nPrefix, 'package.json'),
		JSON.stringify({ name: 'n8n-runtime', private: true }),
	);
	const env = node24Env();
	// --ignore-scripts: the Kafka client's install script downloads libraries from the internet.
	// Only the two native modules n8n needs here are then built: SQLite and the expression VM.
	run('npm', ['install', '--ignore-scripts', '--no-audit', '--no-fund', `n8n@${N8N_VERSION}`], {
		cwd: n8nPrefix,
		env,
	});
	run('npm', ['rebuild', 'sqlite3', 'isolated-vm'], { cwd: n8nPrefix, env });
	say(`n8n ${N8N_VERSION} installed in ${Math.round((Date.now() - started) / 1000)} s.`);
}

/** Builds the package and packs it into .cache/pack; returns the tarball's path. */
function packPackage() {
	const destination = path.join(root, '.cache', 'pack');
	rmSync(destination, { recursive: true, force: true });
	mkdirSync(destination, { recursive: true });
	run('npm', ['run', 'build'], { cwd: root });
	const name = run('npm', ['pack', '--quiet', '--pack-destination', destination], { cwd: root })
		.trim()
		.split('\n')
		.pop();
	return path.join(destination, name);
}

/**
 * Installs the tarball into `userFolder` as n8n's Community Nodes screen does: unpacked into
 * .n8n/nodes/node_modules/<name>, its dev, peer and optional dependencies removed from its
 * package.json, then n8n's own `npm install` flags, and the package recorded in nodes/package.json.
 */
function installPackage(userFolder, tarball) {
	const nodesFolder = path.join(userFolder, '.n8n', 'nodes');
	const packageFolder = path.join(nodesFolder, 'node_modules', PACKAGE_NAME);
	rmSync(packageFolder, { recursive: true, force: true });
	mkdirSync(packageFolder, { recursive: true });
	run('tar', ['-xzf', tarball, '-C', packageFolder, '--strip-components=1']);
	const manifestPath = path.join(packageFolder, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...manifest } = JSON.parse(
		readFileSync(manifestPath, 'utf8'),
	);
	writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
	run(
		'npm',
		[
			'install',
			'--audit=false',
			'--fund=false',
			'--bin-links=false',
			'--install-strategy=shallow',
			'--ignore-scripts=true',
			'--package-lock=false',
		],
		{
			cwd: packageFolder,
		},
	);
	const nodesPackagePath = path.join(nodesFolder, 'package.json');
	const nodesPackage = existsSync(nodesPackagePath)
		? JSON.parse(readFileSync(nodesPackagePath, 'utf8'))
		: { name: 'installed-nodes', private: true, dependencies: {} };
	nodesPackage.dependencies = { ...nodesPackage.dependencies, [PACKAGE_NAME]: manifest.version };
	writeFileSync(nodesPackagePath, JSON.stringify(nodesPackage, null, 2));
	return packageFolder;
}

/** The environment of an n8n process using `userFolder`, quiet and local. */
function n8nEnv(userFolder, extra = {}) {
	const env = node24Env({
		...process.env,
		N8N_USER_FOLDER: userFolder,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENCRYPTION_KEY: 'n8n-nodes-hrflow-local-encryption-key',
		DB_SQLITE_POOL_SIZE: '1',
		...extra,
		// Only jest needs the VM-modules flag node24Env adds.
	});
	env.NODE_OPTIONS = process.env.NODE_OPTIONS ?? '';
	// Jest sets NODE_ENV=test, with which the n8n CLI silently does nothing.
	delete env.NODE_ENV;
	return env;
}

/**
 * Runs an n8n CLI command to completion and resolves with { code, stdout, stderr }. Asynchronous:
 * the sandbox may be serving from this same process.
 */
function n8nCli(args, env) {
	// stdout goes to a file, not a pipe: n8n exits right after printing a run, and a pipe would
	// lose whatever it had not taken yet (runs of thousands of items are tens of MB).
	const outputFolder = mkdtempSync(path.join(os.tmpdir(), 'hrflow-n8n-cli-'));
	const outputFile = path.join(outputFolder, 'stdout');
	const stdoutFd = openSync(outputFile, 'w');
	return new Promise((resolve, reject) => {
		// `node` is looked up on env.PATH, where n8nEnv put Node 24 first.
		const child = spawn('node', [n8nBin, ...args], { env, stdio: ['ignore', stdoutFd, 'pipe'] });
		closeSync(stdoutFd);
		const stderr = [];
		child.stderr.on('data', (chunk) => stderr.push(chunk));
		child.on('error', reject);
		child.on('close', (code) => {
			const stdout = readFileSync(outputFile, 'utf8');
			rmSync(outputFolder, { recursive: true, force: true });
			resolve({ code, stdout, stderr: Buffer.concat(stderr).toString('utf8') });
		});
	});
}

async function n8nCliOk(args, env) {
	const result = await n8nCli(args, env);
	if (result.code !== 0)
		throw new Error(`n8n ${args[0]} failed (${result.code}):\n${result.stderr || result.stdout}`);
	return result.stdout;
}

/** Writes JSON to a file in `folder` and returns its path. */
function writeJson(folder, name, data) {
	mkdirSync(folder, { recursive: true });
	const file = path.join(folder, name);
	writeFileSync(file, JSON.stringify(data, null, 2));
	return file;
}

/** Imports credentials and workflows (arrays of n8n's export format) into the user folder's database. */
async function importIntoN8n(env, { credentials = [], workflows = [] }, scratch) {
	if (credentials.length) {
		await n8nCliOk(
			['import:credentials', `--input=${writeJson(scratch, 'credentials.json', credentials)}`],
			env,
		);
	}
	if (workflows.length) {
		// One folder, one import: each n8n command costs seconds of start-up.
		const folder = path.join(scratch, 'workflows');
		rmSync(folder, { recursive: true, force: true });
		for (const workflow of workflows) writeJson(folder, `${workflow.id}.json`, workflow);
		await n8nCliOk(['import:workflow', '--separate', `--input=${folder}`], env);
	}
}

/**
 * Runs a workflow with `n8n execute --rawOutput`. Resolves with { result, stdout, stderr }: result
 * is the run's resultData (runData per node name, and the error if one stopped the workflow).
 */
async function executeWorkflow(env, workflowId) {
	const { code, stdout, stderr } = await n8nCli(
		['execute', `--id=${workflowId}`, '--rawOutput'],
		env,
	);
	// n8n execute exits 1 when the workflow failed, and still prints the run (indented JSON, whose
	// only unindented closing brace is its last line), then the error again.
	const start = stdout.indexOf('{');
	const end = stdout.indexOf('\n}', start);
	if (start < 0 || end < 0)
		throw new Error(`n8n execute ${workflowId} failed (${code}):\n${stdout}\n${stderr}`);
	const run = JSON.parse(stdout.slice(start, end + 2));
	return { result: run.data?.resultData ?? run, stdout, stderr };
}

/**
 * Starts the n8n editor and server (`n8n start`) and resolves once it answers on `port`.
 * Returns { url, child, stop }; stop() ends n8n and waits for it.
 */
async function startEditor(env, { port = 5678, stdio = 'inherit', timeoutMs = 120_000 } = {}) {
	const child = spawn('node', [n8nBin, 'start'], {
		env: { ...env, N8N_PORT: String(port), N8N_HOST: 'localhost' },
		stdio,
	});
	const url = `http://localhost:${port}`;
	// Whatever way this process ends, n8n must not be left listening.
	const killOnExit = () => child.kill('SIGKILL');
	process.once('exit', killOnExit);
	const exited = new Promise((resolve) =>
		child.once('exit', (code) => {
			process.off('exit', killOnExit);
			resolve(code ?? 1);
		}),
	);
	const stop = async () => {
		if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
		const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
		await exited;
		clearTimeout(timer);
	};
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`n8n start exited with code ${child.exitCode}`);
		try {
			const response = await fetch(`${url}/healthz/readiness`);
			if (response.ok) return { url, child, stop, exited };
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	await stop();
	throw new Error(`n8n did not answer on ${url} within ${timeoutMs / 1000} s`);
}

module.exports = {
	root,
	N8N_VERSION,
	PACKAGE_NAME,
	n8nBinPath: () => n8nBin,
	ensureN8n,
	packPackage,
	installPackage,
	n8nEnv,
	n8nCli,
	writeJson,
	importIntoN8n,
	executeWorkflow,
	startEditor,
};
