// Runs workflows through n8n's own execution engine (n8n-core's WorkflowExecute and RoutingNode),
// with the real HrFlow credential type: its data is stored encrypted with n8n-core's Credentials
// class, decrypted per request, and its authenticate function sets the headers the emulator checks.

import { AsyncLocalStorage } from 'node:async_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { isDeepStrictEqual } from 'node:util';

// n8n-core reads its settings (encryption key, user folder) when first loaded.
process.env.N8N_USER_FOLDER ??= mkdtempSync(path.join(tmpdir(), 'hrflow-engine-'));
process.env.N8N_ENCRYPTION_KEY ??= 'hrflow-engine-tests-encryption-key';
process.env.N8N_DIAGNOSTICS_ENABLED = 'false';

// Before n8n-core: its logger binds the console when it is created.
import { logged } from './log-capture';
export { logged };

import { Container } from '@n8n/di';
import {
	BinaryDataService,
	Cipher,
	DirectoryLoader,
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	PollContext,
	PollTriggerExecutor,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';
import {
	createEmptyRunExecutionData,
	Expression,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';
import type {
	IBinaryData,
	ICredentialDataDecryptedObject,
	ICredentialsDecrypted,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
	IVersionedNodeType,
} from 'n8n-workflow';

import { HrFlowApi } from '../../credentials/HrFlowApi.credentials';
import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';
import { HrFlowTrigger } from '../../nodes/HrFlowTrigger/HrFlowTrigger.node';

export const HRFLOW_NODE_TYPE = 'n8n-nodes-hrflow.hrFlow';
export const HRFLOW_TRIGGER_TYPE = 'n8n-nodes-hrflow.hrFlowTrigger';
const INPUT_NODE_TYPE = 'hrflow-tests.items';
const CREDENTIAL_TEST_NODE_TYPE = 'hrflow-tests.credentialTest';

/** A test-only start node: outputs the items given in its `items` parameter. */
class ItemsNode implements INodeType {
	description = {
		displayName: 'Items',
		name: 'items',
		group: ['input'],
		version: 1,
		description: 'Outputs fixed items',
		defaults: { name: 'Items' },
		inputs: ['main'],
		outputs: ['main'],
		properties: [{ displayName: 'Items', name: 'items', type: 'json', default: '[]' }],
	} as INodeType['description'];

	/** An item's `$binary` ({ field: { base64, fileName, mimeType } }) becomes n8n binary data. */
	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const items = JSON.parse(this.getNodeParameter('items', 0) as string) as IDataObject[];
		const output: INodeExecutionData[] = [];
		for (const { $binary, ...json } of items) {
			const item: INodeExecutionData = { json };
			for (const [field, file] of Object.entries(
				($binary ?? {}) as Record<string, { base64: string; fileName: string; mimeType: string }>,
			)) {
				item.binary = {
					...item.binary,
					[field]: await this.helpers.prepareBinaryData(
						Buffer.from(file.base64, 'base64'),
						file.fileName,
						file.mimeType,
					),
				};
			}
			output.push(item);
		}
		return [output];
	}
}

/** The HrFlow node as n8n loads it: each version with the Request Options n8n adds to every declarative node. */
function loadedHrFlow(): IVersionedNodeType {
	const nodeType = new HrFlow();
	Object.values(nodeType.nodeVersions).forEach((version) =>
		DirectoryLoader.applyDeclarativeNodeOptionParameters(version),
	);
	return nodeType;
}

/** The node's current version: its defaultVersion, the version n8n gives a node added in the editor. */
export const CURRENT_VERSION = new HrFlow().currentVersion;

class NodeTypes implements INodeTypes {
	readonly types: Record<string, INodeType | IVersionedNodeType> = {
		[HRFLOW_NODE_TYPE]: loadedHrFlow(),
		[HRFLOW_TRIGGER_TYPE]: new HrFlowTrigger(),
		[INPUT_NODE_TYPE]: new ItemsNode(),
	};

	getByName(type: string): INodeType | IVersionedNodeType {
		return this.getByNameAndVersion(type);
	}

	getByNameAndVersion(type: string, version?: number): INodeType {
		const nodeType = this.types[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return NodeHelpers.getVersionedNodeType(nodeType, version);
	}

	getKnownTypes() {
		return {};
	}
}

/**
 * Credentials kept encrypted with n8n-core's cipher and the instance key, decrypted with the type's
 * defaults applied on each read, as n8n's own credentials helper does.
 */
class CredentialsHelper extends ICredentialsHelper {
	private readonly stored = new Map<string, string>();

	private readonly cipher = Container.get(Cipher);

	private readonly types: Record<string, ICredentialType> = { hrFlowApi: new HrFlowApi() };

	store(id: string, data: ICredentialDataDecryptedObject) {
		this.stored.set(id, this.cipher.encrypt(data));
	}

	getParentTypes(): string[] {
		return [];
	}

	isCredentialUsableByNode(): boolean {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const { authenticate } = this.type(typeName);
		if (typeof authenticate !== 'function') {
			throw new Error(`${typeName} must authenticate with a function (no expression per request)`);
		}
		return await authenticate(credentials, requestOptions);
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used by the declarative engine');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		nodeCredentials: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const encrypted = this.stored.get(nodeCredentials.id ?? '');
		if (encrypted === undefined) throw new Error(`Credential ${nodeCredentials.id} does not exist`);
		return this.withDefaults(
			type,
			JSON.parse(this.cipher.decrypt(encrypted)) as ICredentialDataDecryptedObject,
		);
	}

	withDefaults(type: string, data: ICredentialDataDecryptedObject): ICredentialDataDecryptedObject {
		const properties = this.getCredentialsProperties(type);
		const node = { parameters: {} } as INode;
		return NodeHelpers.getNodeParameters(
			properties,
			data as never,
			true,
			false,
			node,
			null,
		) as ICredentialDataDecryptedObject;
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return this.type(type).properties;
	}

	type(name: string): ICredentialType {
		const type = this.types[name];
		if (!type) throw new Error(`Unknown credential type ${name}`);
		return type;
	}
}

/**
 * n8n's additional data for one run, as far as n8n-core reads it for a declarative node, a poll, a
 * list method and a credential test: the credentials, the lifecycle hooks, the node execution
 * counter, the variables ($vars) and the instance's URLs. Neither n8n-core nor n8n-workflow offers a
 * builder for it (n8n's CLI builds it in WorkflowExecuteAdditionalData.getBase, with its database and
 * services), so the fields these runs use are typed here and the rest (sub-workflows, the task
 * runner, AI events, external secrets, webhook and form URLs) is left out: nothing here reaches it.
 */
function additionalData(
	credentialsHelper: CredentialsHelper,
	hooks: ExecutionLifecycleHooks,
): IWorkflowExecuteAdditionalData {
	const used: Pick<
		IWorkflowExecuteAdditionalData,
		| 'credentialsHelper'
		| 'hooks'
		| 'currentNodeExecutionIndex'
		| 'variables'
		| 'restApiUrl'
		| 'instanceBaseUrl'
	> = {
		credentialsHelper,
		hooks,
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
	};
	return used as IWorkflowExecuteAdditionalData;
}

export interface RunResult {
	/** The HrFlow node's output items (first run, first output). */
	items: INodeExecutionData[];
	/** Its error output's items, with On Error "Continue (using error output)". */
	errorItems: INodeExecutionData[];
	/** The workflow's error, when the HrFlow node stopped it. */
	error?: {
		message: string;
		description?: string | null;
		httpCode?: string | null;
		context?: IDataObject;
	};
	/** The whole run as n8n stores it; undefined when n8n refused to start the workflow. */
	run?: IRun;
}

/** A deep copy of static data (n8n's observable objects cannot be structured-cloned). */
const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export interface PollerOptions {
	/** What getPollBudgetMs() answers (n8n's durable scheduler: its poll timeout less a margin). */
	budgetMs?: number;
	/** n8n's durable poll cursors (N8N_POLLER_DURABLE_CURSORS_ENABLED=true), for tick(). */
	durable?: boolean;
	/** tick(): a scheduled poll that emits nothing does not keep its static data (n8n's scheduler, cursors in static data). */
	savesOnlyWithItems?: boolean;
	/** The workflow's static data to start from (a workflow activated by an earlier version). */
	staticData?: IDataObject;
}

export class Engine {
	readonly credentials = new CredentialsHelper();

	/**
	 * Starts n8n's expression engine as n8n 2.x runs it by default: expressions are evaluated in
	 * an isolated VM (N8N_EXPRESSION_ENGINE=vm).
	 */
	static async startExpressions() {
		await Expression.initExpressionEngine({
			engine: 'vm',
			poolSize: 1,
			maxCodeCacheSize: 1024,
			bridgeTimeout: 5000,
			bridgeMemoryLimit: 128,
		});
		// n8n's default binary data mode: files on disk, in the (temporary) user folder.
		await Container.get(BinaryDataService).init();
	}

	/** The bytes of a binary data entry an item carries, read back through n8n's binary data service. */
	static async binaryBytes(binary: IBinaryData): Promise<Buffer> {
		return await Container.get(BinaryDataService).getAsBuffer(binary);
	}

	static async stopExpressions() {
		await Expression.disposeExpressionEngine();
	}

	private readonly nodeTypes = new NodeTypes();

	/** Stores an HrFlow API credential under `id`. */
	addCredential(id: string, data: ICredentialDataDecryptedObject) {
		this.credentials.store(id, data);
	}

	/**
	 * Runs "Items → HrFlow": the HrFlow node (its current version unless `version` says otherwise)
	 * gets `input` as its input items. `settings` are node settings such as { continueOnFail: true }.
	 */
	async run(
		parameters: IDataObject,
		input: IDataObject[] = [{}],
		options: { credentialId?: string; settings?: Partial<INode>; version?: number } = {},
	): Promise<RunResult> {
		const hrflow: INode = {
			id: 'hrflow',
			name: 'HrFlow',
			type: HRFLOW_NODE_TYPE,
			typeVersion: options.version ?? CURRENT_VERSION,
			position: [200, 0],
			parameters: parameters as INode['parameters'],
			credentials: { hrFlowApi: { id: options.credentialId ?? 'hrflow', name: 'HrFlow account' } },
			...options.settings,
		};
		const start: INode = {
			id: 'items',
			name: 'Items',
			type: INPUT_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(input) },
		};
		const workflow = new Workflow({
			id: 'engine-test',
			nodes: [start, hrflow],
			connections: { Items: { main: [[{ node: 'HrFlow', type: 'main', index: 0 }]] } },
			nodeTypes: this.nodeTypes,
			active: false,
		});
		const hooks = new ExecutionLifecycleHooks('manual', 'engine-test', workflow as never);
		const finished = new Promise<IRun>((resolve) =>
			hooks.addHandler('workflowExecuteAfter', resolve),
		);
		const runExecutionData: IRunExecutionData = {
			...createEmptyRunExecutionData(),
			executionData: {
				contextData: {},
				metadata: {},
				waitingExecution: {},
				waitingExecutionSource: null,
				nodeExecutionStack: [{ node: start, data: { main: [[{ json: {} }]] }, source: null }],
			},
		} as IRunExecutionData;
		const execute = new WorkflowExecute(
			additionalData(this.credentials, hooks),
			'manual',
			runExecutionData,
		);
		try {
			await execute.processRunExecutionData(workflow);
		} catch (issues) {
			// n8n refuses to start a workflow whose node has issues, e.g. an empty required field.
			return { items: [], errorItems: [], error: issues as RunResult['error'], run: undefined };
		}
		const run = await finished;
		const taskData = run.data.resultData.runData.HrFlow?.[0];
		const error = (run.data.resultData.error ?? taskData?.error) as RunResult['error'];
		return {
			items: taskData?.data?.main?.[0] ?? [],
			errorItems: taskData?.data?.main?.[1] ?? [],
			error,
			run,
		};
	}

	/**
	 * An HrFlow Trigger in an active workflow: each `poll()` runs the node's poll function through
	 * n8n-core's PollContext, with the workflow's static data kept between polls (as n8n keeps it).
	 */
	poller(parameters: IDataObject, credentialId = 'hrflow', options: PollerOptions = {}) {
		const node: INode = {
			id: 'trigger',
			name: 'HrFlow Trigger',
			type: HRFLOW_TRIGGER_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: parameters as INode['parameters'],
			credentials: { hrFlowApi: { id: credentialId, name: 'HrFlow account' } },
		};
		const workflow = new Workflow({
			id: 'poll-test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: this.nodeTypes,
			staticData: options.staticData ?? {},
		});
		const nodeType = this.nodeTypes.getByNameAndVersion(HRFLOW_TRIGGER_TYPE);
		const durable: { committed?: IDataObject } = {};
		return {
			poll: async (mode: 'trigger' | 'manual' = 'trigger') => {
				const hooks = new ExecutionLifecycleHooks(mode, 'poll-test', workflow as never);
				const context = new PollContext(
					workflow,
					node,
					additionalData(this.credentials, hooks),
					mode,
					mode === 'manual' ? 'manual' : 'activate',
					undefined,
					undefined,
					undefined,
					undefined,
					undefined,
					() => options.budgetMs ?? 300_000,
				);
				await workflow.expression.acquireIsolate();
				try {
					return await nodeType.poll!.call(context);
				} finally {
					await workflow.expression.releaseIsolate();
				}
			},
			staticData: () => workflow.staticData,
			tick: async (kind: 'activation' | 'scheduled') =>
				await this.tick(workflow, node, kind, options, durable),
			/** The cursor n8n's durable poll cursors hold (what a restarted n8n would start from). */
			committedCursor: () => durable.committed,
		};
	}

	/**
	 * One poll as a running n8n makes it: through n8n-core's PollTriggerExecutor (the activation poll
	 * is its `testingTrigger` run), with the hooks n8n's CLI gives it (TriggerExecutionContextFactory
	 * of n8n 2.40.7). With durable cursors a poll works on a copy of the committed cursor, committed
	 * with the items it emits or, for a scheduled poll only, when it returns null. Returns the items
	 * emitted (null when none); a failed scheduled poll returns its error instead of items.
	 */
	private async tick(
		workflow: Workflow,
		node: INode,
		kind: 'activation' | 'scheduled',
		options: PollerOptions,
		durable: { committed?: IDataObject },
	) {
		const staged = new AsyncLocalStorage<{ snapshot: IDataObject; seed: IDataObject }>();
		const take = () => {
			const store = staged.getStore();
			if (!store || isDeepStrictEqual(store.snapshot, store.seed)) return null;
			store.seed = clone(store.snapshot);
			return store.seed;
		};
		let emitted: INodeExecutionData[][] | null = null;
		let failed: Error | undefined;
		const hooks = new ExecutionLifecycleHooks('trigger', 'poll-test', workflow as never);
		const context = options.durable
			? new PollContext(
					workflow,
					node,
					additionalData(this.credentials, hooks),
					'trigger',
					'activate',
					(data) => {
						const cursor = take();
						if (cursor) durable.committed = clone(cursor);
						emitted = data;
					},
					(error) => (failed = error),
					async () => {
						const cursor = take();
						if (cursor) durable.committed = clone(cursor);
					},
					async (poll) => {
						durable.committed ??= clone(workflow.getStaticData('node', node)) as IDataObject;
						return await staged.run(
							{ snapshot: clone(durable.committed), seed: durable.committed },
							poll,
						);
					},
					() => staged.getStore()!.snapshot,
					() => options.budgetMs ?? 300_000,
				)
			: new PollContext(
					workflow,
					node,
					additionalData(this.credentials, hooks),
					'trigger',
					'activate',
					(data) => (emitted = data),
					(error) => (failed = error),
					undefined,
					undefined,
					undefined,
					() => options.budgetMs ?? 300_000,
				);
		const saved = clone(workflow.staticData);
		const execute = Container.get(PollTriggerExecutor).create(workflow, node, context, () => true);
		await execute(kind === 'activation');
		// n8n's durable scheduler without durable cursors: each poll starts from the saved static data,
		// which only a poll that emits items saves.
		if (options.savesOnlyWithItems && !emitted && kind === 'scheduled') workflow.staticData = saved;
		if (failed) throw failed;
		return emitted as INodeExecutionData[][] | null;
	}

	/**
	 * Calls one of the node's list methods as the editor's REST API does (n8n's
	 * DynamicNodeParametersService): a LoadOptionsContext on a node holding the current parameters.
	 */
	private loadOptionsContext(
		parameters: IDataObject,
		credentialId: string,
		version: number,
	): LoadOptionsContext {
		const node: INode = {
			id: 'hrflow',
			name: 'HrFlow',
			type: HRFLOW_NODE_TYPE,
			typeVersion: version,
			position: [0, 0],
			parameters: parameters as INode['parameters'],
			credentials: { hrFlowApi: { id: credentialId, name: 'HrFlow account' } },
		};
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
		const hooks = new ExecutionLifecycleHooks('internal', 'load-options', workflow as never);
		return new LoadOptionsContext(
			workflow,
			node,
			additionalData(this.credentials, hooks),
			'parameters.source',
		);
	}

	/** A resource locator's searchable list: `methods.listSearch[method](filter, paginationToken)`. */
	async listSearch(
		method: string,
		filter?: string,
		paginationToken?: string,
		credentialId = 'hrflow',
		version = CURRENT_VERSION,
	) {
		const search = this.nodeTypes.getByNameAndVersion(HRFLOW_NODE_TYPE, version).methods
			?.listSearch?.[method];
		if (!search) throw new Error(`No list search ${method}`);
		return await search.call(
			this.loadOptionsContext({ resource: 'profile', operation: 'get' }, credentialId, version),
			filter,
			paginationToken,
		);
	}

	/** A multi-select's options: `methods.loadOptions[method]()`. */
	async loadOptions(method: string, credentialId = 'hrflow', version = CURRENT_VERSION) {
		const load = this.nodeTypes.getByNameAndVersion(HRFLOW_NODE_TYPE, version).methods
			?.loadOptions?.[method];
		if (!load) throw new Error(`No load options ${method}`);
		return await load.call(
			this.loadOptionsContext({ resource: 'profile', operation: 'getMany' }, credentialId, version),
		);
	}

	/**
	 * "Test connection" as n8n's credentials tester runs it: the credential type's test request
	 * through a RoutingNode with the decrypted credentials, then its rules on the answer.
	 */
	async testCredential(
		data: ICredentialDataDecryptedObject,
	): Promise<{ status: 'OK' | 'Error'; message: string }> {
		const type = this.credentials.type('hrFlowApi');
		const test = type.test!;
		const node: INode = {
			id: 'temp',
			name: 'Temp-Node',
			type: CREDENTIAL_TEST_NODE_TYPE,
			typeVersion: 1,
			position: [0, 0],
			parameters: {},
			credentials: { hrFlowApi: { id: 'tested', name: 'tested' } },
		};
		// n8n runs a credential's own test request on a copy of the No Op node: no requestDefaults.
		const testNodeType = {
			description: {
				displayName: 'No Operation, do nothing',
				name: 'noOp',
				group: ['organization'],
				version: 1,
				description: 'No Operation',
				defaults: { name: 'No Operation, do nothing' },
				inputs: ['main'],
				outputs: ['main'],
				credentials: [{ name: 'hrFlowApi', required: true }],
				properties: [
					{
						displayName: 'Temp',
						name: 'temp',
						type: 'string',
						default: '',
						routing: { request: test.request },
					},
				],
			},
		} as INodeType;
		this.nodeTypes.types[CREDENTIAL_TEST_NODE_TYPE] = testNodeType;
		const workflow = new Workflow({
			nodes: [node],
			connections: {},
			active: false,
			nodeTypes: this.nodeTypes,
		});
		const hooks = new ExecutionLifecycleHooks('internal', 'credential-test', workflow as never);
		const executeData: IExecuteData = { node, data: {}, source: null };
		const context = new ExecuteContext(
			workflow,
			node,
			additionalData(this.credentials, hooks),
			'internal',
			createEmptyRunExecutionData(),
			0,
			[],
			{ main: [[{ json: {} }]] },
			executeData,
			[],
		);
		const decrypted: ICredentialsDecrypted = {
			id: 'tested',
			name: 'tested',
			type: 'hrFlowApi',
			data: this.credentials.withDefaults('hrFlowApi', data),
		};
		await workflow.expression.acquireIsolate();
		try {
			await new RoutingNode(context, testNodeType, decrypted).runNode();
		} catch (caught) {
			const error = caught as {
				message: string;
				cause?: { response?: { status: number; statusText?: string } };
			};
			const status = error.cause?.response?.status;
			if (status !== undefined) {
				const rule = test.rules?.find(
					(candidate) => candidate.type === 'responseCode' && candidate.properties.value === status,
				);
				if (rule) return { status: 'Error', message: rule.properties.message };
				return {
					status: 'Error',
					message: error.cause?.response?.statusText || `Received HTTP status code: ${status}`,
				};
			}
			return { status: 'Error', message: error.message };
		} finally {
			await workflow.expression.releaseIsolate();
		}
		return { status: 'OK', message: 'Connection successful!' };
	}
}
