// How the node's description is put together from its resources' descriptions: each public
// parameter name is one property wherever n8n's displayOptions can show it exactly.
//
// Why: n8n's declarative engine (RoutingNode.runNode, then resolveBaseUrl) reads the value of every
// property of the description for every item, twice, shown or not, and evaluates it when it is an
// expression. A name defined by k properties costs a user's expression in it 2k evaluations per
// item, and every operation that adds a copy makes every other operation slower.
//
// displayOptions AND their keys and OR the values of one key, so a property shown for
// (profile, get) and (job, score) is also shown for (profile, score) and (job, get) when those
// exist: a field is merged across resources only when the union shows it for no other existing
// (resource, operation), or when a selector it waits on hides it there. Profile Key waits on
// Identifier Type = Key: where no Identifier Type is shown, n8n leaves a name defined by several
// properties unset (NodeHelpers.getNodeParameters sets such a name only from a property it shows),
// or fills a single property's default, so the field is hidden where its selector is not shown and
// the selector is defined twice or more, or its default is not a value the field waits on.
// test/package/structure.test.ts proves with n8n's own functions that every operation shows what its
// operation file says. An options collection merges entry by entry, each entry shown for its own
// operations ('/resource', '/operation'), while no entry name has two definitions.

import type { INodeProperties } from 'n8n-workflow';

type Pairs = Set<string>;

const pair = (resource: string, operation: string) => `${resource} ${operation}`;

/** The (resource, operation) pairs a property is shown for, from its resource and operation conditions. */
function pairsOf(property: INodeProperties): Pairs {
	const show = property.displayOptions?.show ?? {};
	const resources = (show.resource ?? []) as string[];
	const operations = (show.operation ?? []) as string[];
	return new Set(
		resources.flatMap((resource) => operations.map((operation) => pair(resource, operation))),
	);
}

/** Every (resource, operation) the node offers, in any version: read from its Operation selectors. */
function offeredPairs(properties: INodeProperties[]): Pairs {
	const offered: Pairs = new Set();
	for (const selector of properties.filter((property) => property.name === 'operation')) {
		for (const resource of (selector.displayOptions?.show?.resource ?? []) as string[]) {
			for (const option of selector.options ?? [])
				offered.add(pair(resource, String((option as { value: unknown }).value)));
		}
	}
	return offered;
}

/** A selector: a name other fields wait on, where its properties show, how many there are, their defaults. */
interface Selector {
	shownAt: Pairs;
	copies: number;
	defaults: unknown[];
}

/** The selectors of the description: every name a field's show condition names but resource and operation. */
function selectorsOf(properties: INodeProperties[]): Map<string, Selector> {
	const names = new Set(
		properties.flatMap((property) => Object.keys(property.displayOptions?.show ?? {})),
	);
	const selectors = new Map<string, Selector>();
	for (const name of [...names].filter(
		(candidate) => !['resource', 'operation'].includes(candidate) && /^\w/.test(candidate),
	)) {
		const copies = properties.filter((property) => property.name === name);
		// A selector shown without a resource and operation condition is shown everywhere: it hides nothing.
		if (!copies.length || copies.some((copy) => !pairsOf(copy).size)) continue;
		const shownAt: Pairs = new Set(copies.flatMap((copy) => [...pairsOf(copy)]));
		selectors.set(name, {
			shownAt,
			copies: copies.length,
			defaults: copies.map((copy) => copy.default),
		});
	}
	return selectors;
}

/** Whether a selector `property` waits on hides it at `shown` (a resource and operation showing no such selector). */
function hiddenBySelector(
	property: INodeProperties,
	shown: string,
	selectors: Map<string, Selector>,
): boolean {
	return Object.entries(property.displayOptions?.show ?? {}).some(([name, values]) => {
		const selector = selectors.get(name);
		if (!selector || selector.shownAt.has(shown)) return false;
		return (
			selector.copies > 1 ||
			!selector.defaults.some((value) => (values as unknown[]).includes(value))
		);
	});
}

/** The resource and operation conditions that show `pairs`, or undefined when no pair of them can. */
function conditionsFor(
	pairs: Pairs,
	offered: Pairs,
	within: Pairs = offered,
	hidden: (shown: string) => boolean = () => false,
): { resource: string[]; operation: string[] } | undefined {
	const resources = [...new Set([...pairs].map((shown) => shown.split(' ')[0]))];
	const operations = [...new Set([...pairs].map((shown) => shown.split(' ')[1]))];
	const exact = resources.every((resource) =>
		operations.every((operation) => {
			const shown = pair(resource, operation);
			return !within.has(shown) || !offered.has(shown) || pairs.has(shown) || hidden(shown);
		}),
	);
	return exact ? { resource: resources, operation: operations } : undefined;
}

/** The property as it is but for the resources and operations it shows for (and, for a collection, its entries). */
function definitionOf(property: INodeProperties, withEntries: boolean): string {
	const show = { ...property.displayOptions?.show };
	delete show.resource;
	delete show.operation;
	return JSON.stringify({
		...property,
		options: withEntries ? property.options : undefined,
		displayOptions: { ...property.displayOptions, show },
	});
}

/** One property of the node being put together: the definition, the pairs shown, a collection's entries with theirs. */
interface Merged {
	property: INodeProperties;
	pairs: Pairs;
	entries?: Array<{ entry: INodeProperties; pairs: Pairs }>;
	/** Where it came from, for the order of the fields. */
	members: INodeProperties[];
}

/** A property as it comes, a collection's entries shown wherever it is. */
function started(property: INodeProperties): Merged {
	const pairs = pairsOf(property);
	const entries =
		property.type === 'collection'
			? ((property.options ?? []) as INodeProperties[]).map((entry) => ({
					entry,
					pairs: new Set(pairs),
				}))
			: undefined;
	return { property, pairs, entries, members: [property] };
}

/** `one` and `other` as one property, or undefined where their definitions or the pairs they show for forbid it. */
function joined(
	one: Merged,
	other: Merged,
	offered: Pairs,
	selectors: Map<string, Selector>,
): Merged | undefined {
	const isCollection = one.property.type === 'collection';
	if (
		one.property.name !== other.property.name ||
		definitionOf(one.property, !isCollection) !== definitionOf(other.property, !isCollection)
	)
		return undefined;
	const pairs = new Set([...one.pairs, ...other.pairs]);
	if (
		!conditionsFor(pairs, offered, offered, (shown) =>
			hiddenBySelector(one.property, shown, selectors),
		)
	)
		return undefined;
	const members = [...one.members, ...other.members];
	if (!isCollection) return { property: one.property, pairs, members };
	const entries = one.entries!.map((known) => ({ ...known, pairs: new Set(known.pairs) }));
	// A new entry goes right after the entry before it in `other` (so each operation keeps its
	// entries' order), or last when none before it is known.
	let after = -1;
	for (const { entry, pairs: shown } of other.entries!) {
		const index = entries.findIndex((candidate) => candidate.entry.name === entry.name);
		const known = entries[index];
		if (known && JSON.stringify(known.entry) !== JSON.stringify(entry)) return undefined;
		if (known) shown.forEach((each) => known.pairs.add(each));
		else
			entries.splice(after < 0 ? entries.length : after + 1, 0, { entry, pairs: new Set(shown) });
		after = known ? index : after < 0 ? entries.length - 1 : after + 1;
	}
	if (entries.some(({ pairs: shown }) => !conditionsFor(shown, offered, pairs))) return undefined;
	return { property: one.property, pairs, entries, members };
}

/** Each one joined to the first before it that it can join; `sameResource` keeps resources apart. */
function joinAll(
	all: Merged[],
	offered: Pairs,
	selectors: Map<string, Selector>,
	sameResource: boolean,
): Merged[] {
	const result: Merged[] = [];
	const resourcesOf = (one: Merged) =>
		[...new Set([...one.pairs].map((shown) => shown.split(' ')[0]))].join();
	for (const one of all) {
		const isField = one.pairs.size > 0;
		const index = isField
			? result.findIndex(
					(candidate) =>
						(!sameResource || resourcesOf(candidate) === resourcesOf(one)) &&
						joined(candidate, one, offered, selectors),
				)
			: -1;
		if (index >= 0) result[index] = joined(result[index], one, offered, selectors)!;
		else result.push(one);
	}
	return result;
}

/** The merged property, shown for its pairs; a collection's entries shown for theirs where they differ. */
function built(
	{ property, pairs, entries }: Merged,
	offered: Pairs,
	selectors: Map<string, Selector>,
): INodeProperties {
	const show = {
		...property.displayOptions?.show,
		...conditionsFor(pairs, offered, offered, (shown) =>
			hiddenBySelector(property, shown, selectors),
		),
	};
	const options = entries?.map(({ entry, pairs: shown }) => {
		if (shown.size === pairs.size) return entry;
		const { resource, operation } = conditionsFor(shown, offered, pairs)!;
		// The operation alone says it where no other resource of the collection has that operation.
		const byOperation = [...pairs].every(
			(candidate) => !operation.includes(candidate.split(' ')[1]) || shown.has(candidate),
		);
		const onResources = byOperation ? {} : { '/resource': resource };
		return {
			...entry,
			displayOptions: {
				...entry.displayOptions,
				show: { ...entry.displayOptions?.show, ...onResources, '/operation': operation },
			},
		};
	});
	return {
		...property,
		...(options ? { options } : {}),
		displayOptions: { ...property.displayOptions, show },
	};
}

/**
 * One node version's properties from its resources' descriptions (each operation's fields, shown
 * for that operation): fields of the same name and definition become one property wherever that
 * shows them exactly, in an order that keeps each operation's field order.
 */
export function nodeProperties(properties: INodeProperties[]): INodeProperties[] {
	const offered = offeredPairs(properties);
	const selectors = selectorsOf(properties);
	// Within each resource first; then across resources, whole.
	const merged = joinAll(
		joinAll(properties.map(started), offered, selectors, true),
		offered,
		selectors,
		false,
	);
	return inFieldOrder(merged, properties).map((one) =>
		one.members.length > 1 ? built(one, offered, selectors) : one.property,
	);
}

/**
 * The merged properties in an order that keeps, for every (resource, operation), its fields in the
 * order they had: a field merged from a later resource must not move before that resource's first
 * fields. A topological order of "comes before" in any operation, first-defined first.
 */
function inFieldOrder(merged: Merged[], properties: INodeProperties[]): Merged[] {
	const of = new Map(merged.flatMap((one) => one.members.map((member) => [member, one] as const)));
	const before = new Map(merged.map((one) => [one, new Set<Merged>()]));
	const sequences = new Map<string, Merged[]>();
	for (const property of properties) {
		for (const shown of pairsOf(property))
			sequences.set(shown, [...(sequences.get(shown) ?? []), of.get(property)!]);
	}
	for (const sequence of sequences.values())
		sequence.forEach((one, i) => i > 0 && before.get(one)!.add(sequence[i - 1]));
	const ordered: Merged[] = [];
	while (ordered.length < merged.length) {
		const next = merged.find(
			(one) =>
				!ordered.includes(one) &&
				[...before.get(one)!].every((earlier) => ordered.includes(earlier)),
		);
		if (!next) {
			const stuck = merged.filter((one) => !ordered.includes(one)).map((one) => one.property.name);
			throw new Error(
				`HrFlow node description: these fields cannot keep every operation's field order: ${stuck.join(', ')}`,
			);
		}
		ordered.push(next);
	}
	return ordered;
}
