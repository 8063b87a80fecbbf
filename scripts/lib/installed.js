// Stops `npm start` and `npm run demo` at once, in one line, on a clone whose development tools
// are not installed, before minutes of installing n8n end in "gulp: not found".
'use strict';
const { existsSync } = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..', '..');

function requireInstalledTools() {
	const missing = ['gulp', 'tsc'].filter(
		(tool) => !existsSync(path.join(root, 'node_modules', '.bin', tool)),
	);
	if (missing.length) {
		process.stderr.write(
			`The project's tools are not installed (${missing.join(', ')} missing): run \`npm install --ignore-scripts\` first.\n`,
		);
		process.exit(1);
	}
}

module.exports = { requireInstalledTools };
