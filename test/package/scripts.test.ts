// The project's own commands on a clone where `npm install` was not run: one clear line, at once.

import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '..', '..');

test.each(['start.js', 'demo.js'])(
	'npm %s without the tools installed says so and exits at once',
	(script) => {
		const clone = mkdtempSync(path.join(tmpdir(), 'hrflow-clone-'));
		try {
			for (const entry of ['package.json', 'scripts', 'test', 'examples'])
				cpSync(path.join(root, entry), path.join(clone, entry), { recursive: true });
			const started = Date.now();
			const result = spawnSync(process.execPath, [path.join(clone, 'scripts', script)], {
				cwd: clone,
				encoding: 'utf8',
				timeout: 30_000,
			});
			expect(Date.now() - started).toBeLessThan(10_000);
			expect(result.status).toBe(1);
			expect(result.stderr.trim()).toBe(
				"The project's tools are not installed (gulp, tsc missing): run `npm install --ignore-scripts` first.",
			);
		} finally {
			rmSync(clone, { recursive: true, force: true });
		}
	},
);
