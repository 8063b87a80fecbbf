// `npm run demo`: runs the example workflow "Profile metadatas and attachments" headless in a real
// n8n (the n8n CLI's execute) and prints what the HrFlow nodes output as tables. Exits 0 only if
// items came back.
'use strict';
require('./lib/installed.js').requireInstalledTools();
const { executeWorkflow } = require('./lib/n8n.js');
const { prepare } = require('./lib/setup.js');

const INPUT_NODE = 'One item per profile';

function table(headers, rows) {
	const widths = headers.map((header, i) =>
		Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
	);
	const line = (cells) =>
		cells
			.map((cell, i) => String(cell).padEnd(widths[i]))
			.join('  ')
			.trimEnd();
	return [line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join(
		'\n',
	);
}

const size = (bytes) => (bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KB` : `${bytes} B`);

async function main() {
	// The demo's own n8n process gets its own task-runner port, so it runs beside `npm start`.
	const setup = await prepare({
		N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5689',
	});
	let exitCode = 1;
	try {
		const { result } = await executeWorkflow(setup.env, setup.workflow.id);
		if (result.error) console.error(`The workflow failed: ${result.error.message}`);
		const output = (name) => result.runData?.[name]?.[0]?.data?.main?.[0] ?? [];
		const inputs = output(INPUT_NODE).map((item) => item.json);
		const profileOf = (item) => {
			const input = inputs[item.pairedItem?.item ?? 0] ?? {};
			return input.reference ?? input.email ?? '?';
		};

		const metadatas = output('Get Metadatas');
		const attachments = output('List Attachments');
		console.log('\nGet Metadatas (profile found by reference): one item per metadata\n');
		console.log(
			table(
				['profile', 'metadata', 'value'],
				metadatas.map((item) => [profileOf(item), item.json.name, item.json.value]),
			),
		);
		console.log('\nList Attachments (profile found by email): one item per file\n');
		console.log(
			table(
				['profile', 'type', 'file name', 'size'],
				attachments.map((item) => {
					const email = inputs[item.pairedItem?.item ?? 0]?.email ?? '?';
					return [
						email,
						item.json.type,
						`${item.json.file_name}${item.json.extension ?? ''}`,
						size(Number(item.json.file_size)),
					];
				}),
			),
		);
		const count = metadatas.length + attachments.length;
		console.log(
			`\n${count} items from a real n8n (${setup.sandbox ? 'HrFlow sandbox' : 'HrFlow API'}).`,
		);
		exitCode = count > 0 && !result.error ? 0 : 1;
	} finally {
		await setup.stop();
	}
	process.exit(exitCode);
}

void main();
