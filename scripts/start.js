// `npm start`: builds the package, installs it into a project-local n8n (first run: n8n and Node 24
// are installed into .cache/, a few minutes), imports the example workflow and a credential, and
// starts the n8n editor on http://localhost:5678. Ctrl+C stops n8n and the sandbox.
'use strict';
require('./lib/installed.js').requireInstalledTools();
const { startEditor } = require('./lib/n8n.js');
const { prepare, USER_FOLDER } = require('./lib/setup.js');

async function main() {
	const port = Number(process.env.N8N_PORT ?? 5678);
	const setup = await prepare();
	let editor;
	let stopping = false;
	const stop = async (code = 0) => {
		if (stopping) return;
		stopping = true;
		await editor?.stop();
		await setup.stop();
		process.exit(code);
	};
	process.on('SIGINT', () => void stop(0));
	process.on('SIGTERM', () => void stop(0));

	try {
		editor = await startEditor(setup.env, { port });
	} catch (error) {
		console.error(error.message);
		await stop(1);
	}
	console.log(
		[
			'',
			`n8n is running: open ${editor.url}`,
			`  First visit: create the local owner account (it stays on this machine, in ${USER_FOLDER}).`,
			'  Then open the workflow "Profile metadatas and attachments" and click "Execute workflow".',
			setup.sandbox
				? `  HrFlow: the sandbox on ${setup.sandbox.url} (sample data). Set HRFLOW_API_KEY and HRFLOW_USER_EMAIL to use your account.`
				: '  HrFlow: the real API, with the credential "HrFlow API".',
			'Ctrl+C stops n8n and the sandbox.',
			'',
		].join('\n'),
	);
	editor.exited.then((code) => stop(code));
}

void main();
