'use strict';
// `npm run bench`: the HrFlow node against what users build instead, in one real n8n run per N.
// For N input profiles, four branches run one after the other in the same workflow:
//   HrFlow › Get Metadatas        vs  HTTP Request (custom header auth) → Split Out (data)
//   HrFlow › List Attachments     vs  HTTP Request (custom header auth) → Split Out (data)
//   HrFlow › Get                  vs  HTTP Request (custom header auth)
// each with node version 1 (Source Key as text) and, for Get Metadatas and Get, version 2 (Source
// picked from the list, a resource locator) against its own HTTP Request branch.
// Then Score Profiles for a Job with Return All over N = 1,000 profiles (10 pages), against an
// HTTP Request paging through /profiles/scoring and a Code node pairing predictions with profiles.
// Times are n8n's own (each node's executionTime in the run data); the floor is a bare Node.js
// client sending the same N requests all at once, as n8n's declarative engine does. Then the
// memory of the n8n process for List Attachments with Download Files on (200 files of 1 MB), n8n's
// in-memory binary mode against its filesystem mode. Prints tables; writes .bench/results.json.
// Usage: npm run bench [-- 100 1000 5000]
const http = require('node:http');
const { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const {
	ensureN8n,
	executeWorkflow,
	importIntoN8n,
	installPackage,
	n8nCli,
	n8nEnv,
	packPackage,
	root,
} = require('./lib/n8n.js');
const { HrFlowEmulator } = require('../test/emulator/hrflow-emulator.js');
const sample = require('../test/emulator/sample-data.js');

const SIZES = process.argv
	.slice(2)
	.map(Number)
	.filter((n) => n > 0);
const NS = SIZES.length ? SIZES : [100, 1000, 5000];
const jane = sample.sampleData().sources[sample.SOURCE_KEY].profiles[0];
const say = (message) => process.stderr.write(`${message}\n`);

function node(name, type, typeVersion, parameters, position, extra = {}) {
	return { id: name, name, type, typeVersion, parameters, position, ...extra };
}

/**
 * Manual trigger → N profiles → the four branches. n8n runs branches top to bottom and the later
 * ones run faster (a warmer process), so `hrflowFirst` says which side of each pair goes first:
 * every N runs both ways and the figures are the mean.
 */
function benchWorkflow(id, n, apiUrl, hrflowFirst) {
	const [first, second] = hrflowFirst ? [0, 200] : [200, 0];
	const profiles = Array.from({ length: n }, () => ({
		reference: jane.reference,
		email: jane.email,
	}));
	const hrflow = (name, operation, identifierType, field, y, version = 1) =>
		node(
			name,
			'n8n-nodes-hrflow.hrFlow',
			version,
			{
				resource: 'profile',
				operation,
				...(version === 1
					? { sourceKey: sample.SOURCE_KEY }
					: {
							source: {
								__rl: true,
								mode: 'list',
								value: sample.SOURCE_KEY,
								cachedResultName: 'Sandbox candidates',
							},
						}),
				identifierType,
				[field]: `={{ $json.${identifierType} }}`,
			},
			[600, y],
			{ credentials: { hrFlowApi: { id: 'benchHrFlow', name: 'benchHrFlow' } } },
		);
	const httpRequest = (name, route, query, y) =>
		node(
			name,
			'n8n-nodes-base.httpRequest',
			4.2,
			{
				url: `${apiUrl}${route}`,
				authentication: 'genericCredentialType',
				genericAuthType: 'httpCustomAuth',
				sendQuery: true,
				queryParameters: { parameters: query },
				options: {},
			},
			[600, y],
			{ credentials: { httpCustomAuth: { id: 'benchHeaders', name: 'benchHeaders' } } },
		);
	const splitOut = (name, y) =>
		node(name, 'n8n-nodes-base.splitOut', 1, { fieldToSplitOut: 'data', options: {} }, [800, y]);
	// n8n runs branches top to bottom: the warm-up branch (10 items through each node type) goes
	// first, so neither side pays the process's first-use costs (JIT, expression VM, credentials).
	const warmUp = (name, original, y) => ({ ...original, id: `${name}`, name, position: [600, y] });
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, [0, 0]),
		node('Warm-up items', 'n8n-nodes-base.limit', 1, { maxItems: 10 }, [400, -400]),
		node(
			'Profiles',
			'n8n-nodes-base.set',
			3.4,
			{ mode: 'raw', jsonOutput: JSON.stringify({ profiles }), options: {} },
			[200, 0],
		),
		node(
			'Input',
			'n8n-nodes-base.splitOut',
			1,
			{ fieldToSplitOut: 'profiles', options: {} },
			[400, 0],
		),
		hrflow('HrFlow Get Metadatas', 'getMetadatas', 'reference', 'profileReference', first),
		httpRequest(
			'HTTP Get Metadatas',
			'/profile/metadatas',
			[
				{ name: 'source_id', value: sample.SOURCE_KEY },
				{ name: 'profile_reference', value: '={{ $json.reference }}' },
			],
			second,
		),
		splitOut('Split Metadatas', second),
		hrflow('HrFlow List Attachments', 'listAttachments', 'email', 'profileEmail', 400 + first),
		httpRequest(
			'HTTP List Attachments',
			'/profile/indexing/attachments',
			[
				{ name: 'source_key', value: sample.SOURCE_KEY },
				{ name: 'email', value: '={{ $json.email }}' },
			],
			400 + second,
		),
		splitOut('Split Attachments', 400 + second),
		// Get: one item per profile either way, so the HTTP Request needs no Split Out.
		hrflow('HrFlow Get', 'get', 'reference', 'profileReference', 800 + first),
		httpRequest(
			'HTTP Get',
			'/profile/indexing',
			[
				{ name: 'source_key', value: sample.SOURCE_KEY },
				{ name: 'reference', value: '={{ $json.reference }}' },
			],
			800 + second,
		),
		// Node version 2, each against its own HTTP Request branch run next to it.
		hrflow(
			'HrFlow v2 Get Metadatas',
			'getMetadatas',
			'reference',
			'profileReference',
			1200 + first,
			2,
		),
		httpRequest(
			'HTTP Get Metadatas (v2 pair)',
			'/profile/metadatas',
			[
				{ name: 'source_id', value: sample.SOURCE_KEY },
				{ name: 'profile_reference', value: '={{ $json.reference }}' },
			],
			1200 + second,
		),
		splitOut('Split Metadatas (v2 pair)', 1200 + second),
		hrflow('HrFlow v2 Get', 'get', 'reference', 'profileReference', 1600 + first, 2),
		httpRequest(
			'HTTP Get (v2 pair)',
			'/profile/indexing',
			[
				{ name: 'source_key', value: sample.SOURCE_KEY },
				{ name: 'reference', value: '={{ $json.reference }}' },
			],
			1600 + second,
		),
	];
	nodes.push(
		warmUp(
			'Warm-up HrFlow',
			nodes.find((n) => n.name === 'HrFlow Get Metadatas'),
			-400,
		),
		warmUp(
			'Warm-up HTTP',
			nodes.find((n) => n.name === 'HTTP Get Metadatas'),
			-300,
		),
	);
	const to = (...names) => ({
		main: [names.map((name) => ({ node: name, type: 'main', index: 0 }))],
	});
	return {
		id,
		name: id,
		nodes,
		connections: {
			Start: to('Profiles'),
			Profiles: to('Input'),
			Input: to(
				'Warm-up items',
				'HrFlow Get Metadatas',
				'HTTP Get Metadatas',
				'HrFlow List Attachments',
				'HTTP List Attachments',
				'HrFlow Get',
				'HTTP Get',
				'HrFlow v2 Get Metadatas',
				'HTTP Get Metadatas (v2 pair)',
				'HrFlow v2 Get',
				'HTTP Get (v2 pair)',
			),
			'Warm-up items': to('Warm-up HrFlow', 'Warm-up HTTP'),
			'HTTP Get Metadatas': to('Split Metadatas'),
			'HTTP Get Metadatas (v2 pair)': to('Split Metadatas (v2 pair)'),
			'HTTP List Attachments': to('Split Attachments'),
		},
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/** Profile › Score Profiles for a Job (Return All) vs HTTP Request (paginated) → Code, same run. */
function scoringWorkflow(id, apiUrl, sourceKey, jobKey, hrflowFirst) {
	const [first, second] = hrflowFirst ? [0, 200] : [200, 0];
	const nodes = [
		node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, [0, 0]),
		node(
			'HrFlow Score',
			'n8n-nodes-hrflow.hrFlow',
			2,
			{
				resource: 'profile',
				operation: 'score',
				sources: [sourceKey],
				board: { __rl: true, mode: 'id', value: sample.ENGINEERING_BOARD_KEY },
				jobIdentifierType: 'key',
				jobKey,
				algorithmKey: 'bench-skills',
				returnAll: true,
				options: {},
			},
			[300, first],
			{ credentials: { hrFlowApi: { id: 'benchHrFlow', name: 'benchHrFlow' } } },
		),
		node(
			'HTTP Score',
			'n8n-nodes-base.httpRequest',
			4.2,
			{
				url: `${apiUrl}/profiles/scoring`,
				authentication: 'genericCredentialType',
				genericAuthType: 'httpCustomAuth',
				sendQuery: true,
				queryParameters: {
					parameters: [
						{ name: 'source_keys', value: JSON.stringify([sourceKey]) },
						{ name: 'board_key', value: sample.ENGINEERING_BOARD_KEY },
						{ name: 'job_key', value: jobKey },
						{ name: 'algorithm_key', value: 'bench-skills' },
						{ name: 'use_algorithm', value: '1' },
						{ name: 'sort_by', value: 'scoring' },
						{ name: 'limit', value: '100' },
					],
				},
				options: {
					pagination: {
						pagination: {
							paginationMode: 'updateAParameterInEachRequest',
							parameters: {
								parameters: [{ type: 'qs', name: 'page', value: '={{ $pageCount + 1 }}' }],
							},
							paginationCompleteWhen: 'other',
							completeExpression: '={{ $response.body.meta.page >= $response.body.meta.maxPage }}',
						},
					},
				},
			},
			[300, second],
			{ credentials: { httpCustomAuth: { id: 'benchHeaders', name: 'benchHeaders' } } },
		),
		node(
			'Pair scores',
			'n8n-nodes-base.code',
			2,
			{
				jsCode:
					'return $input.all().flatMap((page) => page.json.data.profiles.map((profile, i) => ({ json: { ...profile, score: page.json.data.predictions[i][1] } })));',
			},
			[500, second],
		),
	];
	const to = (...names) => ({
		main: [names.map((name) => ({ node: name, type: 'main', index: 0 }))],
	});
	return {
		id,
		name: id,
		nodes,
		connections: { Start: to('HrFlow Score', 'HTTP Score'), 'HTTP Score': to('Pair scores') },
		settings: { executionOrder: 'v1' },
		active: false,
	};
}

/** The floor: N GETs sent at once by a bare Node.js client, no keep-alive (as n8n sends them). */
async function bareClient(url, n) {
	const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
	const headers = {
		'X-API-KEY': sample.API_KEYS.read,
		'X-USER-EMAIL': sample.USER_EMAIL,
		Accept: 'application/json',
	};
	const started = process.hrtime.bigint();
	await Promise.all(
		Array.from(
			{ length: n },
			() =>
				new Promise((resolve, reject) => {
					http
						.get(url, { agent, headers }, (res) => {
							const chunks = [];
							res.on('data', (chunk) => chunks.push(chunk));
							res.on('end', () =>
								res.statusCode === 200
									? resolve(JSON.parse(Buffer.concat(chunks).toString()).data)
									: reject(new Error(`HTTP ${res.statusCode}`)),
							);
						})
						.on('error', reject);
				}),
		),
	);
	return Number(process.hrtime.bigint() - started) / 1e6;
}

const runTime = (result, name) => result.runData?.[name]?.[0]?.executionTime ?? NaN;
const itemCount = (result, name) => result.runData?.[name]?.[0]?.data?.main?.[0]?.length ?? 0;

function table(headers, rows) {
	const widths = headers.map((header, i) =>
		Math.max(header.length, ...rows.map((row) => String(row[i]).length)),
	);
	const line = (cells) => cells.map((cell, i) => String(cell).padStart(widths[i])).join('  ');
	return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/**
 * Runs a workflow in an n8n whose process reports its peak RSS and heap (a preloaded probe). Its
 * printed run is not read: in memory mode it holds every file in base64, and n8n exits before a
 * pipe takes it all. The exit code says whether the workflow succeeded.
 */
async function executeMeasured(env, workflowId, probeFile) {
	const probe = path.join(__dirname, 'lib', 'memory-probe.js');
	const measured = {
		...env,
		NODE_OPTIONS: `${env.NODE_OPTIONS ?? ''} --require ${probe}`.trim(),
		HRFLOW_MEMORY_PROBE: probeFile,
	};
	const { code, stderr } = await n8nCli(['execute', `--id=${workflowId}`], measured);
	if (code !== 0) throw new Error(`${workflowId} failed (${code}): ${stderr.slice(-2000)}`);
	return JSON.parse(readFileSync(probeFile, 'utf8'));
}

async function main() {
	const started = Date.now();
	ensureN8n();
	const userFolder = mkdtempSync(path.join(os.tmpdir(), 'hrflow-bench-'));
	installPackage(userFolder, packPackage());
	const data = sample.sampleData();
	// 200 attachments of 1 MB for the memory measurement.
	const big = Buffer.alloc(1024 * 1024, 7);
	const bigProfile = {
		key: sample.hrflowKey('profile: bench'),
		reference: 'BENCH-200',
		email: 'bench@example.com',
		name: 'Bench',
		metadatas: [],
		attachments: [],
	};
	for (let i = 0; i < 200; i++) {
		const file = `bench-${i}.pdf`;
		data.files[file] = { contentType: 'application/pdf', body: big };
		bigProfile.attachments.push({
			alt: file,
			extension: '.pdf',
			file_name: `bench-${i}`,
			file_size: big.length,
			original_file_name: `bench-${i}`,
			type: 'resume',
			file,
		});
	}
	data.sources[sample.SOURCE_KEY].profiles.push(bigProfile);
	// 1,000 candidates to score, each with a different set of skills.
	const SCORED = 1000;
	const benchSourceKey = sample.hrflowKey('source: bench scoring');
	const pool = ['Python', 'SQL', 'Kafka', 'Spark', 'Figma', 'Java', 'Go', 'Excel', 'Scala', 'Rust'];
	data.sources[benchSourceKey] = {
		name: 'Bench scoring',
		profiles: Array.from({ length: SCORED }, (_, i) => ({
			key: sample.hrflowKey(`profile: bench ${i}`),
			reference: `BENCH-${i}`,
			email: `bench${i}@example.com`,
			name: `Bench ${i}`,
			skills: pool.filter((_, bit) => (i >> bit) % 2 === 1),
			metadatas: [],
			attachments: [],
		})),
	};
	const scoredJobKey = data.boards[sample.ENGINEERING_BOARD_KEY].jobs[0].key;
	const emulator = await new HrFlowEmulator(data).start();
	// The emulator keeps a log of every request: not needed here, and 20,000 entries add up.
	Object.defineProperty(emulator, 'requests', { get: () => [], set: () => {} });
	let downloads = 0;
	Object.defineProperty(emulator, 'storageRequests', {
		get: () => ({ push: () => downloads++ }),
		set: () => {},
	});

	const env = n8nEnv(userFolder, {
		N8N_RUNNERS_BROKER_PORT: process.env.N8N_RUNNERS_BROKER_PORT ?? '5687',
	});
	const download = {
		id: 'benchDownload200',
		name: 'benchDownload200',
		nodes: [
			node('Start', 'n8n-nodes-base.manualTrigger', 1, {}, [0, 0]),
			node(
				'HrFlow',
				'n8n-nodes-hrflow.hrFlow',
				1,
				{
					resource: 'profile',
					operation: 'listAttachments',
					sourceKey: sample.SOURCE_KEY,
					identifierType: 'key',
					profileKey: bigProfile.key,
					options: { downloadFiles: true },
				},
				[200, 0],
				{ credentials: { hrFlowApi: { id: 'benchHrFlow', name: 'benchHrFlow' } } },
			),
		],
		connections: { Start: { main: [[{ node: 'HrFlow', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
		active: false,
	};
	const workflows = [
		...NS.flatMap((n) => [
			benchWorkflow(`bench${n}a`, n, emulator.url, true),
			benchWorkflow(`bench${n}b`, n, emulator.url, false),
		]),
		download,
		scoringWorkflow('benchScoreA', emulator.url, benchSourceKey, scoredJobKey, true),
		scoringWorkflow('benchScoreB', emulator.url, benchSourceKey, scoredJobKey, false),
	];
	await importIntoN8n(
		env,
		{
			credentials: [
				{
					id: 'benchHrFlow',
					name: 'benchHrFlow',
					type: 'hrFlowApi',
					data: {
						apiKey: sample.API_KEYS.read,
						userEmail: sample.USER_EMAIL,
						baseUrl: emulator.url,
					},
				},
				{
					id: 'benchHeaders',
					name: 'benchHeaders',
					type: 'httpCustomAuth',
					data: {
						json: JSON.stringify({
							headers: { 'X-API-KEY': sample.API_KEYS.read, 'X-USER-EMAIL': sample.USER_EMAIL },
						}),
					},
				},
			],
			workflows,
		},
		path.join(userFolder, 'import'),
	);

	const rows = [];
	const results = {
		machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.versions.node} (bench client)`,
		n8n: require('../package.json').config.n8n,
		throughput: [],
		memory: [],
	};
	for (const n of NS) {
		say(`N = ${n}: running the workflow in n8n, HrFlow first then HTTP Request first...`);
		const runs = [];
		for (const id of [`bench${n}a`, `bench${n}b`]) {
			const { result } = await executeWorkflow(env, id);
			if (result.error) throw new Error(`${id} failed: ${result.error.message}`);
			runs.push(result);
		}
		const meanTime = (name) => runs.reduce((sum, run) => sum + runTime(run, name), 0) / runs.length;
		const [result] = runs;
		for (const [operation, hrflowNode, httpNode, splitNode, route] of [
			[
				'Get Metadatas',
				'HrFlow Get Metadatas',
				'HTTP Get Metadatas',
				'Split Metadatas',
				`/profile/metadatas?source_id=${sample.SOURCE_KEY}&profile_reference=${jane.reference}`,
			],
			[
				'List Attachments',
				'HrFlow List Attachments',
				'HTTP List Attachments',
				'Split Attachments',
				`/profile/indexing/attachments?source_key=${sample.SOURCE_KEY}&email=${encodeURIComponent(jane.email)}`,
			],
			[
				'Get',
				'HrFlow Get',
				'HTTP Get',
				undefined,
				`/profile/indexing?source_key=${sample.SOURCE_KEY}&reference=${jane.reference}`,
			],
			[
				'Get Metadatas (v2)',
				'HrFlow v2 Get Metadatas',
				'HTTP Get Metadatas (v2 pair)',
				'Split Metadatas (v2 pair)',
				`/profile/metadatas?source_id=${sample.SOURCE_KEY}&profile_reference=${jane.reference}`,
			],
			[
				'Get (v2)',
				'HrFlow v2 Get',
				'HTTP Get (v2 pair)',
				undefined,
				`/profile/indexing?source_key=${sample.SOURCE_KEY}&reference=${jane.reference}`,
			],
		]) {
			const hrflowMs = Math.round(meanTime(hrflowNode));
			const lastBaselineNode = splitNode ?? httpNode;
			const baselineMs = Math.round(meanTime(httpNode) + (splitNode ? meanTime(splitNode) : 0));
			const items = itemCount(result, hrflowNode);
			if (items !== itemCount(result, lastBaselineNode)) {
				throw new Error(
					`${operation}: ${items} HrFlow items but ${itemCount(result, lastBaselineNode)} from ${lastBaselineNode}`,
				);
			}
			const bareMs = await bareClient(`${emulator.url}${route}`, n);
			const figures = {
				n,
				operation,
				items,
				hrflowMs,
				baselineMs,
				ratio: hrflowMs / baselineMs,
				itemsPerSecond: (items / hrflowMs) * 1000,
				bareMs,
				ratioToBare: hrflowMs / bareMs,
			};
			results.throughput.push(figures);
			rows.push([
				n,
				operation,
				items,
				hrflowMs,
				baselineMs,
				figures.ratio.toFixed(2),
				Math.round(figures.itemsPerSecond),
				Math.round(bareMs),
				figures.ratioToBare.toFixed(1),
			]);
		}
	}
	console.log(
		`\nHrFlow node vs HTTP Request + Split Out, n8n ${results.n8n}, ${results.machine}\n`,
	);
	console.log(
		table(
			[
				'N',
				'operation',
				'items',
				'HrFlow ms',
				'HTTP (+Split) ms',
				'ratio',
				'items/s',
				'bare ms',
				'HrFlow/bare',
			],
			rows,
		),
	);

	say(
		`Score Profiles for a Job, Return All over ${SCORED} profiles, HrFlow first then HTTP Request first...`,
	);
	const scoringRuns = [];
	for (const id of ['benchScoreA', 'benchScoreB']) {
		const { result } = await executeWorkflow(env, id);
		if (result.error) throw new Error(`${id} failed: ${result.error.message}`);
		scoringRuns.push(result);
	}
	const meanOf = (name) =>
		scoringRuns.reduce((sum, run) => sum + runTime(run, name), 0) / scoringRuns.length;
	const scoredItems = itemCount(scoringRuns[0], 'HrFlow Score');
	if (scoredItems !== SCORED || itemCount(scoringRuns[0], 'Pair scores') !== SCORED) {
		throw new Error(
			`Scoring: ${scoredItems} HrFlow items, ${itemCount(scoringRuns[0], 'Pair scores')} from the Code node; ${SCORED} expected`,
		);
	}
	const scoring = {
		n: SCORED,
		hrflowMs: Math.round(meanOf('HrFlow Score')),
		baselineMs: Math.round(meanOf('HTTP Score') + meanOf('Pair scores')),
	};
	scoring.ratio = scoring.hrflowMs / scoring.baselineMs;
	results.scoring = scoring;
	console.log(
		'\nScore Profiles for a Job, Return All (10 pages of 100) vs HTTP Request (paginated) + Code pairing predictions\n',
	);
	console.log(
		table(
			['profiles', 'HrFlow ms', 'HTTP + Code ms', 'ratio'],
			[[SCORED, scoring.hrflowMs, scoring.baselineMs, scoring.ratio.toFixed(2)]],
		),
	);

	const memoryRows = [];
	for (const [label, mode] of [
		['in memory (default)', 'default'],
		['filesystem (n8n 2.x default)', 'filesystem'],
	]) {
		say(`Download 200 × 1 MB, binary data ${label}...`);
		const probeFile = path.join(userFolder, `memory-${mode}.json`);
		downloads = 0;
		const memory = await executeMeasured(
			{ ...env, N8N_DEFAULT_BINARY_DATA_MODE: mode },
			'benchDownload200',
			probeFile,
		);
		const files = downloads;
		results.memory.push({ mode, files, ...memory });
		memoryRows.push([label, files, Math.round(memory.maxRssMb), Math.round(memory.maxHeapUsedMb)]);
	}
	console.log('\nn8n process memory, List Attachments with Download Files, 200 files of 1 MB\n');
	console.log(table(['binary data mode', 'files', 'peak RSS MB', 'peak heap MB'], memoryRows));

	mkdirSync(path.join(root, '.bench'), { recursive: true });
	writeFileSync(path.join(root, '.bench', 'results.json'), JSON.stringify(results, null, 2));
	console.log(
		`\nFigures in .bench/results.json. Took ${Math.round((Date.now() - started) / 1000)} s.`,
	);
	await emulator.stop();
	rmSync(userFolder, { recursive: true, force: true });
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
