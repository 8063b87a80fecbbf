// The request layer's rule, enforced: every operation of the node, in every version, is routed
// through transport/request.ts (hrflowRequest), and no field routes anything itself. An operation
// written the usual declarative way would silently lose redaction, pairedItem and clean errors.

import { NodeHelpers } from 'n8n-workflow';
import type {
	INode,
	INodeProperties,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';

import { HrFlow } from '../../nodes/HrFlow/HrFlow.node';
import { propertiesByOperation as versionOneByOperation } from '../../nodes/HrFlow/HrFlowV1.node';
import { propertiesByOperation as versionTwoByOperation } from '../../nodes/HrFlow/HrFlowV2.node';
import { isHrFlowRouting } from '../../nodes/HrFlow/transport/request';
import { displayCases, shownFields } from '../harness/display';

/** What breaks the rule in a description, for the given version; empty when it holds. */
function routingProblems(description: INodeTypeDescription, version: number): string[] {
	const problems: string[] = [];
	const node = { typeVersion: version, parameters: {} } as unknown as INode;
	const shown = (property: INodeProperties) =>
		NodeHelpers.displayParameter({}, property, node, description) ||
		property.displayOptions?.show?.resource !== undefined;
	for (const property of description.properties) {
		if (property.routing) problems.push(`field ${property.name} has its own routing`);
		if (property.name !== 'operation' || !shown(property)) continue;
		for (const option of (property.options ?? []) as INodePropertyOptions[]) {
			if (!isHrFlowRouting(option.routing))
				problems.push(`operation ${String(option.value)} is not routed through hrflowRequest`);
		}
	}
	if (
		description.requestDefaults &&
		Object.keys(description.requestDefaults).some(
			(key) => !['baseURL', 'json', 'ignoreHttpStatusErrors'].includes(key),
		)
	) {
		problems.push('requestDefaults holds more than baseURL, json and ignoreHttpStatusErrors');
	}
	return problems;
}

const node = new HrFlow();
const versions = Object.keys(node.nodeVersions).map(Number);
/** Each version has a description of its own (n8n's VersionedNodeType). */
const descriptionOf = (version: number) => node.nodeVersions[version].description;
const description = descriptionOf(2);

test('the node has versions 1 and 2, each with its own description; new nodes get 2', () => {
	expect(versions).toEqual([1, 2]);
	expect(node.description.defaultVersion).toBe(2);
	expect(versions.map((version) => descriptionOf(version).version)).toEqual([1, 2]);
	// A version's description is its own: no field waits on a `@version` condition.
	expect(
		versions.flatMap((version) =>
			descriptionOf(version).properties.filter(
				(property) => property.displayOptions?.show?.['@version'],
			),
		),
	).toEqual([]);
});

test.each(versions)(
	'version %i: every operation goes through hrflowRequest, no field routes anything',
	(version) => {
		expect(routingProblems(descriptionOf(version), version)).toEqual([]);
		const operations = descriptionOf(version).properties.filter(
			(property) => property.name === 'operation',
		);
		expect(operations.flatMap((property) => property.options ?? []).length).toBeGreaterThanOrEqual(
			5,
		);
	},
);

test('the check fails on an operation routed the usual declarative way, and on a field with its own routing', () => {
	let [operationMutated, fieldMutated] = [false, false];
	const mutated: INodeTypeDescription = {
		...description,
		properties: description.properties.map((property) =>
			property.name === 'operation' && !operationMutated && (operationMutated = true)
				? {
						...property,
						options: [
							...(property.options as INodePropertyOptions[]),
							{
								name: 'Plain',
								value: 'plain',
								routing: { request: { method: 'GET', url: '/profile/indexing' } },
							},
						],
					}
				: property.name === 'simplify' && !fieldMutated && (fieldMutated = true)
					? { ...property, routing: { send: { type: 'query', property: 'simplify' } } }
					: property,
		),
	};
	expect(routingProblems(mutated, 2).sort()).toEqual([
		'field simplify has its own routing',
		'operation plain is not routed through hrflowRequest',
	]);
});

/** Whether a property's `@version` condition lets it show in `version`. */
function inVersion(property: INodeProperties, version: number): boolean {
	const conditions = property.displayOptions?.show?.['@version'] as
		Array<number | { _cnd: { gte: number } }> | undefined;
	if (!conditions) return true;
	return conditions.some((condition) =>
		typeof condition === 'number' ? condition === version : version >= condition._cnd.gte,
	);
}

test('a shared field is one property per resource and version: none twice but for the operations it shows in', () => {
	const withoutOperations = (property: INodeProperties) =>
		JSON.stringify({
			...property,
			displayOptions: {
				...property.displayOptions,
				show: { ...property.displayOptions?.show, operation: undefined },
			},
		});
	for (const version of versions) {
		const seen = new Set<string>();
		const twice: string[] = [];
		for (const property of descriptionOf(version).properties.filter((candidate) =>
			inVersion(candidate, version),
		)) {
			const identity = withoutOperations(property);
			if (seen.has(identity))
				twice.push(`${String(property.displayOptions?.show?.resource)} › ${property.name}`);
			seen.add(identity);
		}
		expect(twice).toEqual([]);
	}
});

/**
 * The names a version's description may define more than once, and why. n8n's engine evaluates a
 * user's value once per property of its name, twice per item (RoutingNode.runNode, resolveBaseUrl):
 * every other name is one property. `operation` is one per resource (and per version where the
 * list differs), n8n's usual shape. displayOptions AND `resource` with `operation`: a field shown
 * for Profile operations and for Job › Score would also show for Job › Get and Profile › Score.
 */
const REPEATS_ALLOWED: Record<string, string> = {
	identifierType:
		'a root selector (noDataExpression, never an expression): Profile lookups, Job › Score, Profile › Create or Update where it offers Reference alone, and Tracking and Rating › Create (one property with the lookups would show for Profile › Create, which has none)',
	jobIdentifierType:
		'a root selector (noDataExpression, never an expression): Job lookups, Profile › Score, Job › Create or Update where it offers Reference alone, and Tracking and Rating › Create (one property with the lookups would show for Job › Create, which has none)',
	source:
		'Profile (lookups, writes, Parse Resume) and Job › Score: one property would show for Job › Get and Profile › Score, and no selector hides it there',
	board:
		'Job (lookups, writes) and Profile › Score: one property would show for Job › Score and Profile › Get, and no selector hides it there',
	name: 'two definitions: required for Job › Create and Create or Update, optional for Job › Update',
	algorithmKey:
		'three definitions: a scoring algorithm of the account (no default) for Score, a tagger (default tagger-rome-family) for Text › Tag, a grader (its hint names the graders) for Profile › Grade for a Job',
	options:
		'two collections: Sort By is Score by default for Score, Created At / Updated At only for Get Many (one option name, two definitions)',
	sources:
		'two definitions: required where the operation lists, searches or scores the profiles of the sources (Profile › Get Many, Search, Score), optional for Tracking and Rating › Get Many, which take Sources, Boards or both',
	boards:
		'two definitions: required where the operation lists, searches or scores the jobs of the boards (Job › Get Many, Search, Score), optional for Tracking and Rating › Get Many, which take Sources, Boards or both',
};

/**
 * The most properties a name may have: three, four for a root selector (noDataExpression: its value
 * is never an expression, so a copy costs no evaluation), which each combination of resource and
 * operation that shows it with other choices needs (Identifier Type: Profile lookups, Job › Score,
 * Create or Update, Tracking and Rating › Create).
 */
const MOST_COPIES = { value: 3, selector: 4 };

/** The names defined by more than one property in `version`, with how many, but for one `operation` per resource. */
function repeatedNames(properties: INodeProperties[], version: number): Record<string, number> {
	const counts: Record<string, number> = {};
	const selectors = new Set<string>();
	for (const property of properties.filter((candidate) => inVersion(candidate, version))) {
		if (property.name === 'operation') {
			const resource = String(property.displayOptions?.show?.resource);
			if (!selectors.has(resource)) {
				selectors.add(resource);
				continue;
			}
		}
		counts[property.name] = (counts[property.name] ?? 0) + 1;
	}
	return Object.fromEntries(Object.entries(counts).filter(([, count]) => count > 1));
}

test.each(versions)(
	'version %i: each parameter name is one property but for the named repeats',
	(version) => {
		const repeated = Object.keys(repeatedNames(descriptionOf(version).properties, version));
		expect(repeated.filter((name) => !(name in REPEATS_ALLOWED))).toEqual([]);
	},
);

test('version 1, Profile only, repeats no name at all: Profile Reference is one property', () => {
	expect(repeatedNames(descriptionOf(1).properties, 1)).toEqual({});
	expect(
		descriptionOf(1).properties.filter((property) => property.name === 'profileReference'),
	).toHaveLength(1);
});

test('the named repeats are still needed, at most three properties each (four for a root selector), and the selectors among them are never expressions', () => {
	const repeated = repeatedNames(description.properties, 2);
	expect(Object.keys(repeated).sort()).toEqual(Object.keys(REPEATS_ALLOWED).sort());
	const isSelector = (name: string) => REPEATS_ALLOWED[name].includes('noDataExpression');
	for (const [name, count] of Object.entries(repeated))
		expect([name, count]).toEqual([
			name,
			Math.min(count, isSelector(name) ? MOST_COPIES.selector : MOST_COPIES.value),
		]);
	for (const name of Object.keys(REPEATS_ALLOWED).filter((allowed) =>
		REPEATS_ALLOWED[allowed].includes('noDataExpression'),
	)) {
		expect(
			description.properties
				.filter((property) => property.name === name)
				.every((property) => property.noDataExpression),
		).toBe(true);
	}
});

test('the check fails on a field defined twice', () => {
	const simplify = description.properties.find((property) => property.name === 'simplify')!;
	expect(
		repeatedNames(
			[
				...description.properties,
				{ ...simplify, displayOptions: { show: { resource: ['text'], operation: ['parse'] } } },
			],
			2,
		),
	).toMatchObject({ simplify: 2 });
});

const byOperation: Record<number, INodeProperties[]> = {
	1: versionOneByOperation,
	2: versionTwoByOperation,
};

/** Where the node's description shows other fields than its operation files list, for `version`: one line each. */
function displayChanges(properties: INodeProperties[], version: number): string[] {
	const changes: string[] = [];
	for (const values of displayCases(byOperation[version], version)) {
		const [listed, shown] = [
			shownFields(byOperation[version], version, values),
			shownFields(properties, version, values),
		];
		for (const name of new Set([...Object.keys(listed), ...Object.keys(shown)])) {
			if (listed[name] !== shown[name])
				changes.push(
					`${JSON.stringify(values)}: ${name} ${listed[name] ? (shown[name] ? 'differs' : 'missing') : 'shown'}`,
				);
		}
	}
	return changes;
}

test.each(versions)(
	"version %i: merging changes nothing the editor shows: every operation, every selector value (left-over ones too), the fields its operation file lists, as listed (n8n's own getNodeParameters and displayParameter)",
	(version) => {
		expect(displayCases(byOperation[version], version).length).toBeGreaterThan(
			version === 1 ? 20 : 200,
		);
		expect(displayChanges(descriptionOf(version).properties, version)).toEqual([]);
	},
);

test('the display check fails where one property would show a field for an operation that does not list it (Source for Profile › Score)', () => {
	const sources = description.properties.filter((property) => property.name === 'source');
	expect(sources).toHaveLength(2);
	const show = {
		...sources[0].displayOptions!.show,
		resource: ['profile', 'job'],
		operation: [...(sources[0].displayOptions!.show!.operation as string[]), 'score'],
	};
	const oneSource = description.properties
		.filter((property) => property !== sources[1])
		.map((property) =>
			property === sources[0] ? { ...property, displayOptions: { show } } : property,
		);
	expect(displayChanges(oneSource, 2)).toEqual(
		expect.arrayContaining([
			expect.stringMatching(/"resource":"profile","operation":"score".*: source shown/),
		]),
	);
});

test('Profile Key, Profile Reference, Profile Email, Job Key and Job Reference are one property each in version 2, however many operations and resources use them', () => {
	for (const name of ['profileKey', 'profileReference', 'profileEmail', 'jobKey', 'jobReference']) {
		expect(description.properties.filter((property) => property.name === name)).toHaveLength(1);
	}
});

test('version 1 offers exactly the operations it was released with: an operation file added without `since: 2` would silently join it', () => {
	const released = [
		'profile getMetadatas',
		'profile get',
		'profile getMany',
		'profile listAttachments',
		'profile parseResume',
	];
	const offered = descriptionOf(1)
		.properties.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.displayOptions?.show?.resource as string[]).flatMap((resource) =>
				(property.options as INodePropertyOptions[]).map(
					(option) => `${resource} ${String(option.value)}`,
				),
			),
		);
	expect(offered.sort()).toEqual(released.sort());
});
