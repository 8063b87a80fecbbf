// Every operation of HrFlow's feedback loop and of the peers' list (issue 22) in a real n8n against
// the sandbox: each node gets two items, the first good and the second bad (an unknown record, or
// input the node refuses before any request). Each node works for the first, and fails the second
// alone, linked to it, on the error output or the regular one (alternating On Error modes).

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { hrflowWorkflow } from './workflows';
import type { HrFlowNodeSpec } from './workflows';
import { jane, sample, useRealN8n } from './real-n8n';
import type { Execution } from './real-n8n';

const locator = (value: string) => ({ __rl: true, mode: 'id', value });
const SOURCE = locator(sample.SOURCE_KEY);
const ENGINEERING = locator(sample.ENGINEERING_BOARD_KEY);
const profile = {
	source: SOURCE,
	identifierType: 'reference',
	profileReference: '={{ $json.reference }}',
};
const job = {
	board: ENGINEERING,
	jobIdentifierType: 'reference',
	jobReference: '={{ $json.jobReference }}',
};

/** The good item, then the bad one. */
const input: IDataObject[] = [
	{
		reference: jane.reference,
		jobReference: 'ENG-1',
		text: 'Lyon, France',
		word: 'python',
		width: 512,
		score: 0.8,
		sourceKey: sample.SOURCE_KEY,
		boardKey: sample.ENGINEERING_BOARD_KEY,
		limit: 2,
	},
	{
		reference: 'NO-SUCH-CANDIDATE',
		jobReference: 'NO-SUCH-JOB',
		text: '',
		word: '',
		width: 1024,
		score: 5,
		sourceKey: 'not a key',
		boardKey: 'not a key',
		limit: 0,
	},
];

/** Each new operation, its parameters, and whether HrFlow (true) or the node (false) refuses the bad item. */
const operations: Array<[string, IDataObject, 'HrFlow' | 'node']> = [
	[
		'profile grade',
		{ operation: 'grade', ...profile, ...job, algorithmKey: 'grader-hrflow-profiles' },
		'HrFlow',
	],
	[
		'profile findSimilar',
		{ operation: 'findSimilar', sources: [sample.SOURCE_KEY], ...profile, limit: 2 },
		'HrFlow',
	],
	['profile unfold', { operation: 'unfold', ...profile }, 'HrFlow'],
	['profile getParsing', { operation: 'getParsing', ...profile }, 'HrFlow'],
	['profile reveal', { operation: 'reveal', ...profile }, 'HrFlow'],
	['profile getEmbedding', { operation: 'getEmbedding', ...profile }, 'HrFlow'],
	[
		'job findSimilar',
		{
			resource: 'job',
			operation: 'findSimilar',
			boards: [sample.ENGINEERING_BOARD_KEY],
			...job,
			limit: 2,
		},
		'HrFlow',
	],
	['job getEmbedding', { resource: 'job', operation: 'getEmbedding', ...job }, 'HrFlow'],
	['text geocode', { resource: 'text', operation: 'geocode', text: '={{ $json.text }}' }, 'node'],
	[
		'text generateImage',
		{
			resource: 'text',
			operation: 'generateImage',
			text: 'Data Engineer in Lyon',
			width: '={{ $json.width }}',
		},
		'node',
	],
	[
		'text findRelatedWords',
		{ resource: 'text', operation: 'findRelatedWords', word: '={{ $json.word }}', topN: 3 },
		'node',
	],
	[
		'tracking create',
		{
			resource: 'tracking',
			operation: 'create',
			action: 'apply',
			role: 'candidate',
			...profile,
			...job,
		},
		'HrFlow',
	],
	[
		'tracking getMany',
		{
			resource: 'tracking',
			operation: 'getMany',
			role: 'candidate',
			boards: '={{ [$json.boardKey] }}',
			returnAll: true,
		},
		'node',
	],
	[
		'rating create',
		{
			resource: 'rating',
			operation: 'create',
			score: '={{ $json.score }}',
			role: 'recruiter',
			...profile,
			...job,
			jobReference: 'ENG-1',
		},
		'node',
	],
	[
		'rating getMany',
		{
			resource: 'rating',
			operation: 'getMany',
			role: 'recruiter',
			sources: '={{ [$json.sourceKey] }}',
			returnAll: true,
		},
		'node',
	],
	[
		'source get',
		{ resource: 'source', operation: 'get', source: locator('={{ $json.sourceKey }}') },
		'node',
	],
	[
		'source getMany',
		{ resource: 'source', operation: 'getMany', limit: '={{ $json.limit }}' },
		'node',
	],
	[
		'board get',
		{ resource: 'board', operation: 'get', board: locator('={{ $json.boardKey }}') },
		'node',
	],
	[
		'board getMany',
		{ resource: 'board', operation: 'getMany', limit: '={{ $json.limit }}' },
		'node',
	],
];

const nodes: HrFlowNodeSpec[] = operations.map(([name, parameters], index) => ({
	name,
	typeVersion: 2,
	credentialId: 'e2eWrite',
	parameters,
	onError: index % 2 ? 'continueRegularOutput' : 'continueErrorOutput',
}));

const real = useRealN8n(() => [hrflowWorkflow('e2eNewOps000001', input, nodes)]);

const outputs = (execution: Execution, node: string): INodeExecutionData[][] =>
	execution.result.runData?.[node]?.[0]?.data?.main ?? [];

let execution: Execution;
beforeAll(async () => {
	// Predict Next Steps needs a profile with an experience (HrFlow answers 400 otherwise).
	execution = await real.execute('e2eNewOps000001', (emulator) => {
		const stored = emulator.sources[sample.SOURCE_KEY].profiles.find(
			(candidate) => candidate.reference === jane.reference,
		)!;
		stored.experiences = [
			{ title: 'Data Engineer', company: 'Acme', date_start: '2021-01-01', date_end: null },
		];
	});
}, 120_000);

test('the workflow runs to the end: every node ran once', () => {
	expect(execution.result.error).toBeUndefined();
	expect(nodes.filter((node) => !execution.result.runData?.[node.name])).toEqual([]);
});

test.each(operations.map(([name, , refuser], index) => [name, refuser, index] as const))(
	'%s: the good item succeeds, the bad one fails alone (refused by %s), each linked to its input',
	(name, refuser, index) => {
		const [main, errors = []] = outputs(execution, name);
		const failed = (item: INodeExecutionData) => 'error' in item.json;
		const good = main.filter((item) => !failed(item));
		const bad = index % 2 ? main.filter(failed) : errors;
		// At least one item for the good input (Get Many of trackings and ratings may find none yet).
		if (!/getMany/.test(name) || /source|board/.test(name)) expect(good.length).toBeGreaterThan(0);
		expect(good.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		expect(bad.map((item) => item.pairedItem)).toEqual([{ item: 1 }]);
		const message = String(bad[0].json.error ?? '');
		if (refuser === 'HrFlow') expect(message).toMatch(/^HrFlow error 400/);
		else expect(message).not.toMatch(/HrFlow error/);
		expect(message).not.toContain(sample.API_KEYS.readWrite);
		// The regular output carries no error item when errors go to the error output.
		if (!(index % 2)) expect(main.filter(failed)).toEqual([]);
	},
);
