// CONTRIBUTING.md walks a newcomer through adding an operation: every file, folder and function it
// names must exist, and the test its worked example shows must be a real, running test.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const guide = readFileSync(join(root, 'CONTRIBUTING.md'), 'utf8');

/** The TypeScript of the guide's code blocks (indented in its numbered steps). */
const codeBlocks = () =>
	[...guide.matchAll(/ *```ts\n([\s\S]*?) *```/g)].map(([, block]) => block).join('\n');

/** Every exported name under `folder`. */
function exportedNames(folder: string): Set<string> {
	const names = new Set<string>();
	for (const entry of readdirSync(folder)) {
		const path = join(folder, entry);
		if (statSync(path).isDirectory()) exportedNames(path).forEach((name) => names.add(name));
		else if (path.endsWith('.ts')) {
			for (const [, name] of readFileSync(path, 'utf8').matchAll(
				/export (?:async )?(?:function|const|class|interface|type) (\w+)/g,
			))
				names.add(name);
		}
	}
	return names;
}

test('every path CONTRIBUTING.md names exists (placeholders such as <resource> aside)', () => {
	const paths = [...guide.matchAll(/`((?:nodes|test|credentials|docs)\/[^`\s]*)`/g)]
		.map(([, path]) => path)
		.filter((path) => !/[<>*]/.test(path));
	expect(paths.length).toBeGreaterThan(10);
	expect(paths.filter((path) => !existsSync(join(root, path)))).toEqual([]);
});

test("every function CONTRIBUTING.md names, in its text and its code, is exported by the node's code or the test harness", () => {
	const exported = new Set([
		...exportedNames(join(root, 'nodes')),
		...exportedNames(join(root, 'test', 'harness')),
	]);
	// A name written as a call in the text (`readSourceKey(this)`), and every function the code calls.
	const inText = [...guide.matchAll(/`\[?(\w+)\(/g)].map(([, name]) => name);
	const called = [...codeBlocks().matchAll(/(?<![.\w])([a-z]\w*)\(/g)]
		.map(([, name]) => name)
		.filter((name) => !['test', 'expect'].includes(name));
	// `run(input, call)` and `call({ ... })` are the parameters of steps, `runV1()` a harness method.
	const named = [...new Set([...inText, ...called])].filter(
		(name) => !['run', 'call', 'runV1'].includes(name),
	);
	expect(named).toEqual(
		expect.arrayContaining([
			'single',
			'steps',
			'paged',
			'archiveProfile',
			'readSourceKey',
			'itemOf',
			'resourceDescription',
			'useHrFlow',
		]),
	);
	expect(named.filter((name) => !exported.has(name))).toEqual([]);
});

test("the worked example's test is a test of the suite, word for word", () => {
	const example = /(test\('Archive by reference[\s\S]*?\n\s*\}\);)/.exec(codeBlocks())?.[1];
	expect(example).toBeDefined();
	const archiveTests = readFileSync(join(root, 'test', 'profile', 'archive.test.ts'), 'utf8');
	const normalise = (text: string) => text.replace(/\s+/g, ' ').trim();
	expect(normalise(archiveTests)).toContain(normalise(example!));
});
