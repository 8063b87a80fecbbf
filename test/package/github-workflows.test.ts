// The GitHub Actions workflows cannot run here: their shape is checked instead. Publishing must be
// from a version tag, with npm provenance (the OIDC id-token permission), after lint, build, the
// engine tests and verify.

import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

import { parse } from 'yaml';

interface Step {
	name?: string;
	run?: string;
	uses?: string;
	with?: Record<string, unknown>;
	env?: Record<string, string>;
}
interface Workflow {
	on: Record<string, { tags?: string[]; branches?: string[] } | null>;
	permissions: Record<string, string>;
	jobs: Record<string, { 'runs-on': string; steps: Step[] }>;
}

const load = (file: string) =>
	parse(
		readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', file), 'utf8'),
	) as Workflow;
const runs = (workflow: Workflow) =>
	Object.values(workflow.jobs).flatMap((job) => job.steps.map((step) => step.run ?? ''));
const indexOf = (commands: string[], text: string) =>
	commands.findIndex((command) => command.includes(text));

describe('publish.yml', () => {
	const workflow = load('publish.yml');
	const commands = runs(workflow);
	const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);

	test('runs on a version tag only', () => {
		expect(Object.keys(workflow.on)).toEqual(['push']);
		expect(workflow.on.push).toEqual({ tags: ['v*.*.*'] });
	});

	test('may sign provenance (id-token: write) and read the repository, nothing more', () => {
		expect(workflow.permissions).toEqual({ contents: 'read', 'id-token': 'write' });
	});

	test('on Node 24 with the npm registry, installing from the lockfile', () => {
		const setup = steps.find((step) => step.uses?.startsWith('actions/setup-node'));
		expect(setup?.with).toMatchObject({
			'node-version': 24,
			'registry-url': 'https://registry.npmjs.org',
		});
		expect(indexOf(commands, 'npm ci')).toBeGreaterThanOrEqual(0);
	});

	test('lint, build, the engine tests and verify, in that order, all before publishing with provenance', () => {
		const order = [
			'npm run lint',
			'npm run build',
			'npm test',
			'npm run verify',
			'npm publish --provenance --access public',
		].map((command) => indexOf(commands, command));
		expect(order.every((index) => index >= 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	test('the npm token comes from a secret, and is only a fallback: trusted publishing needs none', () => {
		const publish = steps.find((step) => step.run?.includes('npm publish'));
		expect(publish?.env).toEqual({ NODE_AUTH_TOKEN: '${{ secrets.NPM_TOKEN }}' });
		expect(
			readFileSync(path.join(__dirname, '..', '..', '.github', 'workflows', 'publish.yml'), 'utf8'),
		).toMatch(/trusted publishing/i);
	});

	test('trusted publishing: npm 11.5.1 or later before publishing, the version check right for older and newer npm', () => {
		const upgrade = indexOf(commands, 'npm install -g npm@^11.5.1');
		expect(upgrade).toBeGreaterThanOrEqual(0);
		expect(upgrade).toBeLessThan(indexOf(commands, 'npm publish'));
		const check = /node -e "(.*?)" "\$\(npm --version\)"/.exec(commands[upgrade])![1];
		const passes = (version: string) =>
			spawnSync(process.execPath, ['-e', check, version]).status === 0;
		expect(['10.9.2', '11.4.2', '11.5.0'].map(passes)).toEqual([false, false, false]);
		expect(['11.5.1', '11.6.0', '12.0.0'].map(passes)).toEqual([true, true, true]);
	});

	test("refuses to publish unless package.json's repository is the GitHub repository it runs in", () => {
		const index = indexOf(commands, 'GITHUB_REPOSITORY');
		expect(index).toBeGreaterThanOrEqual(0);
		expect(index).toBeLessThan(indexOf(commands, 'npm publish'));
		const script = /node -e "([\s\S]*)"/.exec(commands[index])![1].replace(/\\"/g, '"');
		const runIn = (repository: unknown) => {
			const folder = mkdtempSync(path.join(tmpdir(), 'publish-'));
			writeFileSync(
				path.join(folder, 'package.json'),
				JSON.stringify({ name: 'n8n-nodes-hrflow', ...(repository ? { repository } : {}) }),
			);
			return spawnSync(process.execPath, ['-e', script], {
				cwd: folder,
				env: { ...process.env, GITHUB_REPOSITORY: 'hrflow/n8n-nodes-hrflow' },
			}).status;
		};
		expect(runIn(undefined)).toBe(1);
		expect(
			runIn({ type: 'git', url: 'git+https://github.com/someone-else/n8n-nodes-hrflow.git' }),
		).toBe(1);
		expect(runIn({ type: 'git', url: 'git+https://github.com/hrflow/n8n-nodes-hrflow.git' })).toBe(
			0,
		);
	});
});

describe('ci.yml', () => {
	const workflow = load('ci.yml');
	const commands = runs(workflow);

	test('runs on pull requests (and on main)', () => {
		expect(Object.keys(workflow.on)).toEqual(['pull_request', 'push']);
		expect(workflow.permissions).toEqual({ contents: 'read' });
	});

	test('runs the fast part of .ci/run: install, lint, typecheck, build, engine tests, verify', () => {
		for (const command of [
			'npm ci',
			'npm run lint',
			'npm run typecheck',
			'npm run build',
			'npm test',
			'npm run verify',
		]) {
			expect(indexOf(commands, command)).toBeGreaterThanOrEqual(0);
		}
		// The same commands as .ci/run.
		const ciRun = readFileSync(path.join(__dirname, '..', '..', '.ci', 'run'), 'utf8');
		for (const command of [
			'npm run lint',
			'npm run typecheck',
			'npm run build',
			'npm test',
			'npm run verify',
		])
			expect(ciRun).toContain(command);
	});
});
