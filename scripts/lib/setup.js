// What `npm start` and `npm run demo` share: n8n installed, the package packed and installed into
// the project's n8n user folder, HrFlow reached either through the sandbox or,
// with HRFLOW_API_KEY and HRFLOW_USER_EMAIL set, the real API, and the example workflow imported.
'use strict';
const { createHash } = require('node:crypto');
const { existsSync, mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const { sandboxCredential, startSandbox } = require('../sandbox.js');
const { makePdf } = require('../../test/emulator/sample-data.js');
const { ensureN8n, importIntoN8n, installPackage, n8nEnv, packPackage, root } = require('./n8n.js');

// Outside the clone on purpose: n8n lets community packages find its own n8n-workflow only as a
// fallback, so below this project they would load the project's copy instead (a second instance:
// n8n's instanceof checks on errors then fail). One folder per clone.
const USER_FOLDER = path.join(
	os.homedir(),
	'.cache',
	'n8n-nodes-hrflow',
	createHash('sha1').update(root).digest('hex').slice(0, 10),
);
const EXAMPLE_WORKFLOW = path.join(root, 'examples', 'profile-metadatas-and-attachments.json');
const EXAMPLES = [
	'profile-metadatas-and-attachments.json',
	'resumes-to-disk.json',
	'parse-get-and-list.json',
	'sync-jobs-from-a-spreadsheet.json',
	'shortlist-candidates-for-a-job.json',
	'new-candidate-notify.json',
	'teach-hrflow-your-hiring-decisions.json',
	'best-candidates-for-a-new-job.json',
].map((name) => path.join(root, 'examples', name));
// The examples write files where n8n's Docker image lets file nodes write by default.
const EXAMPLE_FILES_FOLDER = '/home/node/.n8n-files';

/** The examples' files folder: resumes/ to write into, incoming/ with a sample resume to parse. */
function prepareFilesFolder(filesFolder) {
	mkdirSync(path.join(filesFolder, 'resumes'), { recursive: true });
	mkdirSync(path.join(filesFolder, 'incoming'), { recursive: true });
	const sample = path.join(filesFolder, 'incoming', 'ada-lovelace.pdf');
	if (!existsSync(sample))
		writeFileSync(sample, makePdf(['Ada Lovelace', 'Analyst, London', 'ada@example.com']));
}

/** An example workflow, its file paths moved from EXAMPLE_FILES_FOLDER to `filesFolder`. */
function loadExample(file, filesFolder) {
	const text = readFileSync(file, 'utf8');
	return JSON.parse(filesFolder ? text.split(EXAMPLE_FILES_FOLDER).join(filesFolder) : text);
}
const CREDENTIAL_ID = 'hrflowSandbox';

const say = (message) => process.stderr.write(`${message}\n`);

/** The real HrFlow API when the environment names a key and an email, else undefined. */
function realApiCredential() {
	const {
		HRFLOW_API_KEY: apiKey,
		HRFLOW_USER_EMAIL: userEmail,
		HRFLOW_BASE_URL: baseUrl,
	} = process.env;
	if (!apiKey || !userEmail) return undefined;
	return {
		id: CREDENTIAL_ID,
		name: 'HrFlow API',
		type: 'hrFlowApi',
		data: { apiKey, userEmail, baseUrl: baseUrl || 'https://api.hrflow.ai/v1' },
	};
}

/**
 * Prepares n8n and HrFlow. Returns { env, sandbox, workflow, stop }: `sandbox` is the running
 * emulator (undefined against the real API), `stop` shuts it down.
 */
async function prepare(extraEnv = {}) {
	ensureN8n();
	say(
		`Building and installing n8n-nodes-hrflow into the n8n user folder ${USER_FOLDER} (as the Community Nodes screen does)...`,
	);
	installPackage(USER_FOLDER, packPackage());

	const real = realApiCredential();
	const sandbox = real ? undefined : await startSandbox();
	if (sandbox)
		say(`HrFlow sandbox running on ${sandbox.url}: sample profiles, no HrFlow account needed.`);
	else say(`Using the real HrFlow API at ${real.data.baseUrl} as ${real.data.userEmail}.`);

	const filesFolder = path.join(USER_FOLDER, 'files');
	prepareFilesFolder(filesFolder);
	const workflows = EXAMPLES.map((file) => loadExample(file, filesFolder));
	if (real && process.env.HRFLOW_SOURCE_KEY) {
		for (const node of workflows.flatMap((workflow) => workflow.nodes)) {
			if (node.parameters.sourceKey) node.parameters.sourceKey = process.env.HRFLOW_SOURCE_KEY;
			if (node.parameters.source)
				node.parameters.source = { __rl: true, mode: 'id', value: process.env.HRFLOW_SOURCE_KEY };
			if (node.parameters.sources) node.parameters.sources = [process.env.HRFLOW_SOURCE_KEY];
		}
	}
	if (real && process.env.HRFLOW_BOARD_KEY) {
		for (const node of workflows.flatMap((workflow) => workflow.nodes)) {
			if (node.parameters.board)
				node.parameters.board = { __rl: true, mode: 'id', value: process.env.HRFLOW_BOARD_KEY };
			if (node.parameters.boards) node.parameters.boards = [process.env.HRFLOW_BOARD_KEY];
		}
	}
	const env = n8nEnv(USER_FOLDER, { N8N_RESTRICT_FILE_ACCESS_TO: filesFolder, ...extraEnv });
	await importIntoN8n(
		env,
		{ credentials: [real ?? sandboxCredential(sandbox, CREDENTIAL_ID)], workflows },
		path.join(root, '.cache', 'scratch'),
	);
	const [workflow] = workflows;
	return {
		env,
		sandbox,
		workflow,
		stop: async () => {
			await sandbox?.stop();
		},
	};
}

module.exports = {
	USER_FOLDER,
	EXAMPLE_WORKFLOW,
	EXAMPLES,
	loadExample,
	prepareFilesFolder,
	prepare,
};
