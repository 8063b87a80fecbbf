const path = require('node:path');
const { src, dest, parallel } = require('gulp');

// tsc compiles the TypeScript; icons and the codex (*.node.json) are copied beside the built files.
function copyAssets(folder) {
	const task = () =>
		src(path.join(folder, '**', '*.{png,svg,node.json}'), { encoding: false }).pipe(
			dest(path.join('dist', folder)),
		);
	task.displayName = `copy ${folder} assets`;
	return task;
}

// parallel() waits for every stream it is given, so the build ends only once all assets are in dist/.
exports['build:assets'] = parallel(copyAssets('nodes'), copyAssets('credentials'));

// Stale files from an earlier build must not reach the tarball.
exports.clean = async function clean() {
	require('node:fs').rmSync('dist', { recursive: true, force: true });
};
