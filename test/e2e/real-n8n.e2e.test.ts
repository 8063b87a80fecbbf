// End to end in a real n8n (the version in package.json's "config"): the packed tarball installed
// the way the Community Nodes screen installs it, credentials and workflows imported with the n8n
// CLI, workflows run with `n8n execute`, against the strict real.emulator. Then the n8n server: the
// credential test through its REST API, and the editor in headless Chromium.

import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { HrFlowV2 } from '../../nodes/HrFlow/HrFlowV2.node';
import { HrFlowTrigger } from '../../nodes/HrFlowTrigger/HrFlowTrigger.node';
import { lookups, messages, mixedKeys } from '../harness/expectations';
import { queryOf } from '../harness/sample';
import type { RecordedRequest } from '../harness/sample';
import {
	BAD_KEY,
	elodie,
	freePort,
	jane,
	kenji,
	n8n,
	outputOf,
	sample,
	useRealN8n,
} from './real-n8n';
import type { Execution } from './real-n8n';
import { hrflowWorkflow, INPUT_NODE } from './workflows';
import type { HrFlowNodeSpec, WorkflowJson } from './workflows';

const root = path.resolve(__dirname, '..', '..');

const operations = lookups;
const identifierTypes = ['key', 'reference', 'email'] as const;
const valueField = {
	key: 'profileKey',
	reference: 'profileReference',
	email: 'profileEmail',
} as const;

const matrixNodes: HrFlowNodeSpec[] = Object.keys(operations).flatMap((operation) =>
	identifierTypes.map((identifierType) => ({
		name: `${operation} by ${identifierType}`,
		typeVersion: 1,
		parameters: {
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType,
			[valueField[identifierType]]: `={{ $json.${identifierType} }}`,
		},
	})),
);
const matrixProfiles = [jane, kenji, elodie].map(({ key, reference, email }) => ({
	key,
	reference,
	email,
}));
const byKey = (operation: string, extra: Partial<HrFlowNodeSpec> = {}): HrFlowNodeSpec => ({
	name: 'HrFlow',
	typeVersion: 1,
	parameters: {
		operation,
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: '={{ $json.key }}',
	},
	...extra,
});

const workflows: WorkflowJson[] = [
	hrflowWorkflow('e2eMatrix000001', matrixProfiles, matrixNodes),
	hrflowWorkflow('e2eContinue0001', mixedKeys.input, [
		{
			name: 'HrFlow',
			typeVersion: 1,
			parameters: mixedKeys.parameters,
			onError: 'continueRegularOutput',
		},
	]),
	hrflowWorkflow(
		'e2eBadKey000001',
		[{ key: jane.key }],
		[byKey('listAttachments', { credentialId: 'e2eBadKey' })],
	),
	hrflowWorkflow(
		'e2eBadKeyCont01',
		[{ key: jane.key }, { key: kenji.key }],
		[byKey('getMetadatas', { credentialId: 'e2eBadKey', onError: 'continueRegularOutput' })],
	),
	hrflowWorkflow(
		'e2eBadEmail0001',
		[{ email: 'jane.doe@example' }],
		[
			{
				name: 'HrFlow',
				typeVersion: 1,
				parameters: {
					operation: 'getMetadatas',
					sourceKey: sample.SOURCE_KEY,
					identifierType: 'email',
					profileEmail: '={{ $json.email }}',
				},
			},
		],
	),
];

const real = useRealN8n(() => workflows);
const execute = (workflowId: string) => real.execute(workflowId);

test('n8n loads the package: the node, its AI-tool variant and the credential type', async () => {
	const file = path.join(real.workFolder, 'nodes.json');
	const { code, stderr } = await n8n.n8nCli(['export:nodes', `--output=${file}`], real.env);
	expect({ code, stderr: code ? stderr : '' }).toEqual({ code: 0, stderr: '' });
	const types = JSON.parse(readFileSync(file, 'utf8')) as Array<{
		name: string;
		version: number;
		properties: Array<{ name: string }>;
		credentials?: Array<{ name: string }>;
	}>;
	// One entry per node version, each with its own description.
	const versions = types.filter((type) => type.name === 'n8n-nodes-hrflow.hrFlow');
	expect(versions.map((type) => type.version).sort()).toEqual([1, 2]);
	const hrflow = versions.find((type) => type.version === 1);
	expect(versions.map((type) => type.credentials?.map((credential) => credential.name))).toEqual([
		['hrFlowApi'],
		['hrFlowApi'],
	]);
	expect(hrflow?.properties.map((property) => property.name)).toEqual(
		expect.arrayContaining([
			'resource',
			'operation',
			'sourceKey',
			'identifierType',
			'profileKey',
			'profileReference',
			'profileEmail',
		]),
	);
	expect(
		versions.find((type) => type.version === 2)?.properties.map((property) => property.name),
	).toEqual(
		expect.arrayContaining([
			'resource',
			'operation',
			'source',
			'identifierType',
			'profileKey',
			'profileReference',
			'profileEmail',
			'board',
		]),
	);
	expect(types.some((type) => type.name === 'n8n-nodes-hrflow.hrFlowTool')).toBe(true);
});

describe('both operations × all three identifier types, three input items', () => {
	let execution: Execution;
	let requests: RecordedRequest[];
	beforeAll(async () => {
		execution = await execute('e2eMatrix000001');
		requests = real.emulator.requests;
	}, 120_000);

	test('the workflow succeeds with one request per node and input item', () => {
		expect(execution.result.error).toBeUndefined();
		expect(requests).toHaveLength(matrixNodes.length * matrixProfiles.length);
	});

	describe.each(Object.entries(operations))('%s', (operation, endpoint) => {
		test.each(identifierTypes)(
			'by %s: the seed parameters, and items linked to their input',
			(identifierType) => {
				const parameter = endpoint.query[identifierType];
				const sent = requests
					.filter((request) => request.path === endpoint.path && parameter in request.query)
					.map(queryOf);
				expect(sent.sort((a, b) => a[parameter].localeCompare(b[parameter]))).toEqual(
					matrixProfiles
						.map((profile) => ({
							[endpoint.query.sourceKey]: sample.SOURCE_KEY,
							[parameter]: profile[identifierType],
						}))
						.sort((a, b) => a[parameter].localeCompare(b[parameter])),
				);
				const items = outputOf(execution, `${operation} by ${identifierType}`);
				const expected = [jane, kenji, elodie].flatMap((profile, index) =>
					endpoint
						.expected(profile, real.emulator)
						.map((json) => ({ json, pairedItem: { item: index } })),
				);
				expect(items.map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual(expected);
				// pairedItem resolves in n8n: the linked input is the profile that was looked up.
				const inputs = outputOf(execution, INPUT_NODE);
				for (const item of items) {
					const index = (item.pairedItem as { item: number }).item;
					expect(inputs[index].json[identifierType]).toBe(matrixProfiles[index][identifierType]);
				}
			},
		);
	});
});

test('Continue On Fail: bad input and HrFlow errors give error items linked to their input', async () => {
	const execution = await execute('e2eContinue0001');
	expect(execution.result.error).toBeUndefined();
	expect(real.emulator.requests).toHaveLength(3);
	expect(
		outputOf(execution, 'HrFlow').map(({ json, pairedItem }) => ({ json, pairedItem })),
	).toEqual(mixedKeys.regularOutput);
});

describe('the secret key never reaches the execution or the output of n8n', () => {
	test("a refused key stops the workflow with HrFlow's message, redacted, and the HTTP code", async () => {
		const execution = await execute('e2eBadKey000001');
		// HrFlow (the emulator) received the key and echoed it.
		expect(real.emulator.requests[0].headers['x-api-key']).toBe(BAD_KEY);
		expect(execution.result.error).toMatchObject({
			message: messages.refusedKey,
			description: expect.stringContaining('Check the API key and the user email'),
			httpCode: '401',
		});
		expect(`${execution.stdout}\n${execution.stderr}`).not.toContain(BAD_KEY);
	});

	test('with Continue On Fail, each item gets the redacted error', async () => {
		const execution = await execute('e2eBadKeyCont01');
		const items = outputOf(execution, 'HrFlow');
		expect(items.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[messages.refusedKey, { item: 0 }],
			[messages.refusedKey, { item: 1 }],
		]);
		expect(`${execution.stdout}\n${execution.stderr}`).not.toContain(BAD_KEY);
	});
});

test('a malformed email stops the workflow before any request, naming the field', async () => {
	const execution = await execute('e2eBadEmail0001');
	expect(execution.result.error?.message).toBe(
		messages.notAnEmail('Profile Email', 'jane.doe@example'),
	);
	expect(real.emulator.requests).toHaveLength(0);
});

describe('the n8n server', () => {
	const owner = {
		email: 'owner@example.com',
		firstName: 'E2e',
		lastName: 'Owner',
		password: 'Passw0rd-e2e-Owner',
	};
	let editor: { url: string; stop(): Promise<void> };
	let cookie = '';
	const api = async (route: string, body: unknown) => {
		const response = await fetch(`${editor.url}/rest${route}`, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'browser-id': 'e2e', cookie },
			body: JSON.stringify(body),
		});
		return {
			status: response.status,
			cookie: response.headers.get('set-cookie'),
			body: (await response.json()) as IDataObject,
		};
	};

	beforeAll(async () => {
		editor = await n8n.startEditor(real.env, { port: await freePort(), stdio: 'ignore' });
		const setup = await api('/owner/setup', owner);
		expect(setup.status).toBe(200);
		cookie = (setup.cookie ?? '').split(';')[0];
	}, 180_000);

	afterAll(async () => {
		await editor?.stop();
	});

	test.each([
		['e2eRead', sample.API_KEYS.read, 'OK'],
		['e2eBadKey', BAD_KEY, 'Error'],
	])("Test connection of %s through n8n's REST API", async (id, apiKey, status) => {
		real.emulator.reset();
		const { body } = await api('/credentials/test', {
			credentials: {
				id,
				name: id,
				type: 'hrFlowApi',
				data: { apiKey, userEmail: sample.USER_EMAIL, baseUrl: real.emulator.url },
			},
		});
		const result = body.data as { status: string; message: string };
		expect(result.status).toBe(status);
		// n8n sends the test request again after a 401, once, in case the credential was refreshed.
		expect(
			new Set(real.emulator.requests.map((request) => `${request.method} ${request.path}`)),
		).toEqual(new Set(['GET /v1/auth']));
		if (status === 'Error') {
			expect(result.message).toContain('Invalid secret key');
			expect(result.message).not.toContain(apiKey);
		}
	});

	test('Test connection refuses a User Email an HTTP header cannot carry, before any request', async () => {
		real.emulator.reset();
		const userEmail = '用户@example.com';
		const { body } = await api('/credentials/test', {
			credentials: {
				id: 'e2eRead',
				name: 'e2eRead',
				type: 'hrFlowApi',
				data: { apiKey: sample.API_KEYS.read, userEmail, baseUrl: real.emulator.url },
			},
		});
		const result = body.data as { status: string; message: string };
		expect(result.status).toBe('Error');
		expect(result.message).toContain(messages.userEmailNotAHeader(userEmail));
		expect(real.emulator.requests).toHaveLength(0);
	});

	test('Test connection follows no redirect to another host, and says why', async () => {
		const stolen: unknown[] = [];
		const elsewhere = createServer((req, res) => {
			stolen.push(req.headers);
			res.end('{}');
		});
		await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.2', resolve));
		try {
			real.emulator.reset();
			real.emulator.failNext('/v1/auth', 302, '', {
				Location: `http://127.0.0.2:${(elsewhere.address() as AddressInfo).port}/v1/auth`,
			});
			const { body } = await api('/credentials/test', {
				credentials: {
					id: 'e2eRead',
					name: 'e2eRead',
					type: 'hrFlowApi',
					data: {
						apiKey: sample.API_KEYS.read,
						userEmail: sample.USER_EMAIL,
						baseUrl: real.emulator.url,
					},
				},
			});
			const result = body.data as { status: string; message: string };
			expect(stolen).toEqual([]);
			expect(result.status).toBe('Error');
			expect(result.message).toContain(messages.testRedirected(302));
		} finally {
			elsewhere.closeAllConnections();
			await new Promise((resolve) => elsewhere.close(resolve));
		}
	});

	test("the Source list: the search the editor runs, through n8n's REST API", async () => {
		real.emulator.reset();
		const request = (body: IDataObject) =>
			api('/dynamic-node-parameters/resource-locator-results', {
				nodeTypeAndVersion: { name: 'n8n-nodes-hrflow.hrFlow', version: 2 },
				path: 'parameters.source',
				methodName: 'searchSources',
				currentNodeParameters: {
					resource: 'profile',
					operation: 'get',
					source: { __rl: true, mode: 'list', value: '' },
				},
				credentials: { hrFlowApi: { id: 'e2eRead', name: 'e2eRead' } },
				...body,
			});
		const first = await request({});
		expect(first.status).toBe(200);
		const page = first.body.data as {
			results: Array<{ name: string; value: string }>;
			paginationToken?: string;
		};
		expect(page.results.slice(0, 2)).toEqual([
			{ name: 'Sandbox candidates', value: sample.SOURCE_KEY },
			{ name: 'Empty source', value: sample.OTHER_SOURCE_KEY },
		]);
		expect(page.paginationToken).toBe('2');
		const searched = (await request({ filter: 'careers' })).body.data as {
			results: Array<{ name: string }>;
		};
		expect(searched.results.map((result) => result.name)).toEqual(['Careers site']);
		expect(real.emulator.requests.map((recorded) => recorded.query.name?.[0])).toEqual([
			undefined,
			'careers',
		]);
	});

	test("the Sources multi-select: every source, through n8n's REST API", async () => {
		const { status, body } = await api('/dynamic-node-parameters/options', {
			nodeTypeAndVersion: { name: 'n8n-nodes-hrflow.hrFlow', version: 2 },
			path: 'parameters.sources',
			methodName: 'getSources',
			currentNodeParameters: { resource: 'profile', operation: 'getMany' },
			credentials: { hrFlowApi: { id: 'e2eRead', name: 'e2eRead' } },
		});
		expect(status).toBe(200);
		const options = body.data as Array<{ name: string; value: string }>;
		expect(options.length).toBeGreaterThan(30);
		expect(options.map((option) => option.name)).toEqual(
			expect.arrayContaining(['Sandbox candidates', 'LinkedIn applicants', 'Agency CVs']),
		);
	});

	const chromium = '/usr/bin/chromium';
	const browserTest = existsSync(chromium) ? test : test.skip;
	if (!existsSync(chromium)) {
		process.stderr.write(
			`Skipping the editor check: no Chromium at ${chromium} (apt-get install chromium).\n`,
		);
	}

	const screenshots = path.join(root, '.e2e', 'screenshots');

	/**
	 * Signs in to the editor in headless Chromium and opens a new workflow; on a failure, a screenshot
	 * failed-<name>.png shows what the editor showed.
	 */
	async function withNewWorkflow(
		name: string,
		check: (page: import('playwright-core').Page) => Promise<void>,
		viewport = { width: 1400, height: 900 },
	) {
		// eslint-disable-next-line @typescript-eslint/no-require-imports
		const { chromium: browserType, selectors } =
			require('playwright-core') as typeof import('playwright-core');
		selectors.setTestIdAttribute('data-test-id');
		mkdirSync(screenshots, { recursive: true });
		const browser = await browserType.launch({
			executablePath: chromium,
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		});
		try {
			const page = await browser.newPage({ viewport });
			await page.goto(`${editor.url}/signin`);
			await page
				.locator('input[type=email], input[name=emailOrLdapLoginId]')
				.first()
				.fill(owner.email);
			await page.locator('input[type=password]').fill(owner.password);
			await page.keyboard.press('Enter');
			await page.waitForURL((url) => !url.pathname.includes('signin'));
			try {
				await page.goto(`${editor.url}/workflow/new`);
				await check(page);
			} catch (error) {
				// What the editor showed when the check failed.
				await page.screenshot({
					path: path.join(screenshots, `failed-${name.replace(/\W+/g, '-')}.png`),
				});
				throw error;
			}
		} finally {
			await browser.close();
		}
	}

	/** Signs in to the editor in headless Chromium, opens a new workflow and adds an HrFlow node by its action. */
	async function withNewHrFlowNode(
		action: string,
		check: (page: import('playwright-core').Page) => Promise<void>,
	) {
		await withNewWorkflow(action, async (page) => {
			await page.getByTestId('canvas-add-button').click();
			await page.getByTestId('node-creator-search-bar').fill('HrFlow');
			await page
				.getByTestId('node-creator-item-name')
				.filter({ hasText: /^HrFlow$/ })
				.click();
			// With the HrFlow Trigger in the package, n8n lists its triggers first and folds the actions.
			const actions = page.getByText(/^Actions \(\d+\)$/);
			if (!(await page.getByText(action, { exact: true }).isVisible())) await actions.click();
			await page.getByText(action, { exact: true }).click();
			await page.getByTestId('ndv').waitFor();
			await check(page);
		});
	}

	/** What the package gives the HrFlow app in n8n's node creator, and each node's Docs link. */
	const hrflowApp = (() => {
		const trigger = new HrFlowTrigger().description;
		const optionsOf = (property?: INodeProperties) =>
			(property?.options ?? []) as INodePropertyOptions[];
		const docsOf = (codexFile: string) =>
			(
				JSON.parse(readFileSync(path.join(root, 'nodes', codexFile), 'utf8')) as {
					resources: { primaryDocumentation: Array<{ url: string }> };
				}
			).resources.primaryDocumentation[0].url;
		return {
			packageName: (
				JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string }
			).name,
			// n8n folds the trigger into the app and shows the trigger's description as the app's.
			description: trigger.description,
			// One action per option of every Operation selector of the default version (2).
			actions: new HrFlowV2().description.properties
				.filter((property) => property.name === 'operation')
				.flatMap(optionsOf)
				.map((option) => option.action ?? option.name),
			// n8n lists a trigger's events as "On <event>", the event's name in lower case.
			events: optionsOf(trigger.properties.find((property) => property.name === 'event')).map(
				(option) => `On ${option.name.toLowerCase()}`,
			),
			docs: {
				action: docsOf('HrFlow/HrFlow.node.json'),
				trigger: docsOf('HrFlowTrigger/HrFlowTrigger.node.json'),
			},
		};
	})();

	/**
	 * The Docs link in the header of the open node panel (n8n's NDVHeader): the node's name, the
	 * link's text and target, its URL without the query, and the query's keys other than utm_ ones.
	 */
	async function docsLinkOf(page: import('playwright-core').Page) {
		const header = page
			.getByTestId('ndv')
			.locator('header')
			.filter({ has: page.getByTestId('node-title-container') });
		const title = header.getByTestId('node-title-container');
		const link = header.getByRole('link', { name: 'Docs' });
		const href = (await link.getAttribute('href')) ?? '';
		return {
			node: (await title.innerText()).trim(),
			text: (await link.innerText()).trim(),
			target: await link.getAttribute('target'),
			url: href.split('?')[0],
			otherQuery: [...new URL(href).searchParams.keys()].filter((key) => !key.startsWith('utm_')),
		};
	}

	browserTest(
		"in the editor's node creator, the HrFlow app says what it does and lists every action and event; each node's Docs link is its codex's",
		async () => {
			// 19 Profile, 12 Job, 7 Text, 2 each Tracking, Rating, Source, Board (version 2)
			expect(hrflowApp.actions).toHaveLength(46);
			expect([...hrflowApp.events].sort()).toEqual(
				['On job updated', 'On new job', 'On new profile', 'On profile updated'].sort(),
			);
			await withNewWorkflow(
				'node-creator',
				async (page) => {
					const creator = page.getByTestId('node-creator');
					const hrflowItem = creator.getByTestId('item-iterator-item').filter({
						has: page.getByTestId('node-creator-item-name').getByText('HrFlow', { exact: true }),
					});
					/** A category of the app's panel (Triggers, Actions), unfolded: its count and its items. */
					const category = async (name: string) => {
						const renderer = creator.locator('[data-category-collapsed]').filter({
							has: page
								.getByTestId('node-creator-category-item')
								.getByText(new RegExp(`^${name} \\(\\d+\\)$`)),
						});
						const header = renderer.getByTestId('node-creator-category-item');
						if ((await renderer.getAttribute('data-category-collapsed')) === 'true')
							await header.click();
						const items = renderer.getByTestId('node-creator-item-name');
						await items.first().waitFor();
						// The list renders in batches: read it once it stops growing.
						let names: string[] = [];
						for (let previous = -1; names.length !== previous;) {
							previous = names.length;
							await page.waitForTimeout(250);
							names = (await items.allInnerTexts()).map((text) => text.trim());
						}
						return { count: Number(/\((\d+)\)/.exec(await header.innerText())?.[1]), names };
					};

					// 1. The node panel, HrFlow typed: the app's entry, then its details panel, say what the app does.
					await page.getByTestId('canvas-add-button').click();
					await creator.getByTestId('node-creator-search-bar').fill('HrFlow');
					expect(
						(await hrflowItem.getByTestId('node-creator-item-description').innerText()).trim(),
					).toBe(hrflowApp.description);
					await hrflowItem.getByTestId('node-creator-item-name').click();
					// The details panel's description (the search result, sliding out, has its own).
					await creator
						.getByText(hrflowApp.description, { exact: true })
						.and(page.locator(':not([data-test-id=node-creator-item-description])'))
						.waitFor();
					// Once the panel has slid in.
					await hrflowItem.waitFor({ state: 'detached' });
					await page.screenshot({ path: path.join(screenshots, 'node-creator-hrflow.png') });
					// The panel's own Docs button opens the package's npm page (n8n's CommunityNodeDocsLink).
					await page.evaluate(
						'window.open = (url) => { document.body.dataset.opened = String(url); return null; }',
					);
					await creator.getByTitle('Open community node docs').click();
					expect(await page.locator('body').getAttribute('data-opened')).toBe(
						`https://www.npmjs.com/package/${hrflowApp.packageName}`,
					);

					// 2. The trigger's events as triggers, and every action of the node's version 2.
					const triggers = await category('Triggers');
					expect({ ...triggers, names: triggers.names.sort() }).toEqual({
						count: hrflowApp.events.length,
						names: [...hrflowApp.events].sort(),
					});
					const actions = await category('Actions');
					expect({ ...actions, names: actions.names.sort() }).toEqual({
						count: hrflowApp.actions.length,
						names: [...hrflowApp.actions].sort(),
					});
					await page.screenshot({ path: path.join(screenshots, 'node-creator-actions.png') });

					// 3. Each node's Docs link: the trigger's, added by one of its events, then an action's.
					await creator
						.getByTestId('node-creator-item-name')
						.getByText('On new profile', { exact: true })
						.click();
					await page.getByTestId('ndv').waitFor();
					expect(await docsLinkOf(page)).toEqual({
						node: 'HrFlow Trigger',
						text: 'Docs',
						target: '_blank',
						url: hrflowApp.docs.trigger,
						otherQuery: [],
					});
					await page.screenshot({ path: path.join(screenshots, 'ndv-docs-link-trigger.png') });
					await page.getByTestId('ndv-close-button').click();
					await page.getByTestId('ndv').waitFor({ state: 'hidden' });

					await page.getByTestId('node-creator-plus-button').click();
					await creator.getByTestId('node-creator-search-bar').fill('HrFlow');
					await hrflowItem.getByTestId('node-creator-item-name').click();
					await category('Actions');
					await creator
						.getByTestId('node-creator-item-name')
						.getByText('Get a profile', { exact: true })
						.click();
					await page.getByTestId('ndv').waitFor();
					expect(await docsLinkOf(page)).toEqual({
						node: 'Get a profile',
						text: 'Docs',
						target: '_blank',
						url: hrflowApp.docs.action,
						otherQuery: [],
					});
					await page.screenshot({ path: path.join(screenshots, 'ndv-docs-link.png') });
				},
				// Tall enough for the app's panel to show its 46 actions in the screenshot.
				{ width: 1400, height: 2700 },
			);
		},
		120_000,
	);

	browserTest(
		'in the editor, the identifier-type dropdown shows the matching value field',
		async () => {
			await withNewHrFlowNode('Get profile metadatas', async (page) => {
				const fields = ['profileKey', 'profileReference', 'profileEmail'];
				const visibleFields = async () => {
					const visible: string[] = [];
					for (const field of fields)
						if (await page.getByTestId(`parameter-input-${field}`).isVisible()) visible.push(field);
					return visible;
				};
				expect(await visibleFields()).toEqual(['profileKey']);
				await page.screenshot({ path: path.join(screenshots, 'identifier-key.png') });

				for (const [choice, field] of [
					['Reference', 'profileReference'],
					['Email', 'profileEmail'],
					['Key', 'profileKey'],
				]) {
					await page.getByTestId('parameter-input-identifierType').click();
					await page
						.locator('.el-select-dropdown__item:visible')
						.filter({ has: page.getByText(choice, { exact: true }) })
						.click();
					await page.getByTestId(`parameter-input-${field}`).waitFor();
					await page
						.locator('.el-select-dropdown__item:visible')
						.first()
						.waitFor({ state: 'hidden' });
					expect(await visibleFields()).toEqual([field]);
					await page.screenshot({
						path: path.join(screenshots, `identifier-${choice.toLowerCase()}.png`),
					});
				}
			});
		},
		120_000,
	);

	browserTest(
		'in the editor, the Source field of a new HrFlow node lists the sources by name, and a pick runs',
		async () => {
			await withNewHrFlowNode('Get a profile', async (page) => {
				// The sandbox's read credential (the node may have picked another HrFlow credential).
				await page.getByTestId('node-credentials-select').click();
				await page
					.locator('.el-select-dropdown__item:visible')
					.filter({ hasText: 'e2eRead' })
					.click();
				await page.getByTestId('resource-locator-source').getByTestId('rlc-input').click();
				const items = page.getByTestId('rlc-item');
				await items.first().waitFor();
				const names = await items.allInnerTexts();
				expect(names.map((name) => name.trim())).toEqual(
					expect.arrayContaining([
						'Sandbox candidates',
						'Careers site',
						'LinkedIn applicants',
						'Agency CVs',
					]),
				);
				await page.screenshot({ path: path.join(screenshots, 'source-list.png') });
				await items.filter({ hasText: /^Sandbox candidates$/ }).click();

				await page.getByTestId('parameter-input-identifierType').click();
				await page
					.locator('.el-select-dropdown__item:visible')
					.filter({ has: page.getByText('Reference', { exact: true }) })
					.click();
				await page
					.getByTestId('parameter-input-profileReference')
					.locator('input, textarea')
					.first()
					.fill('ATS-1042');
				real.emulator.reset();
				await page.getByTestId('node-execute-button').first().click();
				await page.getByText(jane.key, { exact: true }).first().waitFor({ timeout: 30_000 });
				await page.screenshot({ path: path.join(screenshots, 'source-picked-run.png') });
				expect(
					real.emulator.requests
						.filter((request) => request.path === '/v1/profile/indexing')
						.map((request) => request.query),
				).toEqual([{ source_key: [sample.SOURCE_KEY], reference: ['ATS-1042'] }]);
			});
		},
		180_000,
	);
});
