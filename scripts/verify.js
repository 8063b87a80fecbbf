'use strict';
// `npm run verify`: what n8n checks before it verifies a community package, run locally.
// 1. The lint stage of n8n's own scanner (@n8n/scan-community-package's analyzePackage, its rules
//    and its settings: inline eslint-disable comments ignored) on the sources, then on the packed
//    tarball, as the scanner does. Its other stages need a published package with npm provenance
//    and the internet, so they cannot run before publishing.
// 2. Package hygiene: no runtime dependency, n8n-workflow the only peer ("*"), the tarball holds
//    dist/ (no source maps, no tests), README, LICENSE and package.json, and everything the n8n
//    field names.
const { mkdtempSync, readFileSync, rmSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const { packPackage, root } = require('./lib/n8n.js');

const problems = [];
const check = (ok, message) => {
	if (!ok) problems.push(message);
	console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

function tarballFiles(tarball) {
	const list = spawnSync('tar', ['-tzf', tarball], { encoding: 'utf8' });
	return list.stdout
		.split('\n')
		.filter(Boolean)
		.map((file) => file.replace(/^package\//, ''));
}

async function lintStage(analyzePackage, directory, patterns, label) {
	const result = await analyzePackage(directory, patterns);
	check(
		result.passed,
		`n8n scanner lint stage on the ${label}${result.passed ? '' : `: ${result.message}`}`,
	);
	if (!result.passed && result.details) console.log(result.details);
}

async function main() {
	const scanner = path.join(
		root,
		'node_modules',
		'@n8n',
		'scan-community-package',
		'scanner',
		'scanner.mjs',
	);
	const { analyzePackage, SOURCE_FILE_PATTERNS } = await import(scanner);

	const tarball = packPackage();
	const unpacked = mkdtempSync(path.join(os.tmpdir(), 'hrflow-verify-'));
	try {
		spawnSync('tar', ['-xzf', tarball, '-C', unpacked, '--strip-components=1']);
		await lintStage(analyzePackage, root, SOURCE_FILE_PATTERNS, 'sources');
		await lintStage(analyzePackage, unpacked, ['**/*.js', 'package.json'], 'packed tarball');

		const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
		check(Object.keys(manifest.dependencies ?? {}).length === 0, 'no runtime dependencies');
		check(
			JSON.stringify(manifest.peerDependencies) === JSON.stringify({ 'n8n-workflow': '*' }),
			'n8n-workflow is the only peer dependency, as "*"',
		);
		check(
			manifest.keywords?.includes('n8n-community-node-package'),
			'keyword n8n-community-node-package',
		);
		check(manifest.n8n?.n8nNodesApiVersion === 1, 'n8n.n8nNodesApiVersion is 1');

		const files = tarballFiles(tarball);
		const strays = files.filter(
			(file) => !/^(dist\/|README\.md$|LICENSE$|package\.json$)/.test(file),
		);
		check(
			strays.length === 0,
			`the tarball holds only dist/, README.md, LICENSE and package.json${strays.length ? `: also ${strays.join(', ')}` : ''}`,
		);
		check(
			files.includes('LICENSE') && files.includes('README.md'),
			'the tarball has a LICENSE and a README',
		);
		const maps = files.filter((file) => file.endsWith('.map'));
		check(maps.length === 0, `no source maps shipped${maps.length ? `: ${maps.join(', ')}` : ''}`);
		const tests = files.filter((file) => /(^|\/)(test|tests|__tests__)\/|\.test\.js$/.test(file));
		check(tests.length === 0, 'no test files shipped');
		const declared = [...(manifest.n8n?.nodes ?? []), ...(manifest.n8n?.credentials ?? [])];
		const missing = declared.filter((file) => !files.includes(file));
		check(
			missing.length === 0,
			`every node and credential in package.json's n8n field is in the tarball${missing.length ? `: missing ${missing.join(', ')}` : ''}`,
		);
		const icons = files.filter((file) => file.endsWith('.svg'));
		check(icons.length >= 2, `light and dark icons shipped (${icons.join(', ')})`);
	} finally {
		rmSync(unpacked, { recursive: true, force: true });
	}
	console.log(
		problems.length
			? `\n${problems.length} problem(s): not ready for verification.`
			: "\nReady for n8n's verification checks that can run before publishing.",
	);
	process.exit(problems.length ? 1 : 0);
}

void main();
