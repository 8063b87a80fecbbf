// The HrFlow sandbox: the tests' strict emulator serving the sample account on fixed local ports,
// so n8n can be tried without an HrFlow account. `node scripts/sandbox.js` runs it alone.
'use strict';
const { HrFlowEmulator } = require('../test/emulator/hrflow-emulator.js');
const sample = require('../test/emulator/sample-data.js');

const SANDBOX_PORT = Number(process.env.HRFLOW_SANDBOX_PORT ?? 5690);

/** Starts the sandbox: the API on SANDBOX_PORT, the file storage on the next port. */
async function startSandbox(port = SANDBOX_PORT) {
	return await new HrFlowEmulator(sample.sampleData()).start(port, port + 1);
}

/** The credential n8n uses for the sandbox (in n8n's import format). */
function sandboxCredential(emulator, id = 'hrflowSandbox') {
	return {
		id,
		name: 'HrFlow sandbox',
		type: 'hrFlowApi',
		// Read-write: the examples parse resumes too.
		data: {
			apiKey: sample.API_KEYS.readWrite,
			userEmail: sample.USER_EMAIL,
			baseUrl: emulator.url,
		},
	};
}

module.exports = { sample, SANDBOX_PORT, startSandbox, sandboxCredential };

async function main() {
	const emulator = await startSandbox();
	process.stdout.write(
		[
			`HrFlow sandbox on ${emulator.url} (files on ${emulator.storageUrl})`,
			`  API key:    ${sample.API_KEYS.read} (read), ${sample.API_KEYS.readWrite} (read-write)`,
			`  User email: ${sample.USER_EMAIL}`,
			`  Source key: ${sample.SOURCE_KEY}`,
			'  Profiles:   ATS-1042 jane.doe@example.com, ATS-2077 kenji.sato@example.jp',
			'Ctrl+C stops it.',
			'',
		].join('\n'),
	);
	const stop = async () => {
		await emulator.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (require.main === module) void main();
