// What version 1 of the node is to version 2: workflows saved with version 1 keep running on it
// (every operation's file runs its version-1 tests with runV1()); version 2 keeps version 1's
// public names and its error routing, and offers what version 1 does not.

import { jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const fromList = (key: string) => ({
	__rl: true,
	mode: 'list',
	value: key,
	cachedResultName: 'Sandbox candidates',
});

test('version 2 keeps every other public name: identifierType, profileKey, profileReference, profileEmail, options, returnAll, limit', async () => {
	const { items } = await hrflow.run(
		{
			operation: 'getMetadatas',
			source: fromList(sample.SOURCE_KEY),
			identifierType: 'reference',
			profileReference: '={{ $json.ref }}',
			options: { output: 'single', metadataNames: 'linkedin' },
		},
		[{ ref: jane.reference }],
	);
	expect(items[0].json).toEqual({
		linkedin: jane.metadatas[0].value,
		profileReference: jane.reference,
	});
});

test('a version-2 item failing with Continue (using error output) is routed and linked as in version 1', async () => {
	const { items, errorItems } = await hrflow.run(
		{
			operation: 'get',
			source: fromList(sample.SOURCE_KEY),
			identifierType: 'key',
			profileKey: '={{ $json.key }}',
		},
		[{ key: jane.key }, { key: 'f'.repeat(40) }],
		{ onError: 'continueErrorOutput' },
	);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
	expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
		['HrFlow error 400: Unable to find object: profile', { item: 1 }],
	]);
});

test('version 1 of the node offers no Job resource', async () => {
	const { HrFlow } = await import('../../nodes/HrFlow/HrFlow.node');
	const resources = new HrFlow().nodeVersions[1].description.properties.filter(
		(property) => property.name === 'resource',
	);
	expect(
		resources
			.flatMap((property) => property.options ?? [])
			.map((option) => (option as { value: string }).value),
	).toEqual(['profile']);
});
