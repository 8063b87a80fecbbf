// Version 2 of the node: the source picked from a list (resource locator `source`, modes list and
// id) and the sources of Get Many from a multi-select (`sources`); everything else as version 1.

import { Engine } from './harness/engine';
import { jane, kenji, queryOf, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const fromList = (key: string) => ({ __rl: true, mode: 'list', value: key, cachedResultName: 'Sandbox candidates' });
const byKey = (key: string) => ({ __rl: true, mode: 'id', value: key });

describe.each([
	['From List', fromList],
	['By Key', byKey],
])('Source %s: every lookup sends the source\'s key', (_mode, source) => {
	test('Get', async () => {
		const { items, error } = await hrflow.run({ operation: 'get', source: source(sample.SOURCE_KEY), identifierType: 'reference', profileReference: 'ATS-1042', simplify: true });
		expect(error).toBeUndefined();
		expect(items.map((item) => [item.json.name, item.pairedItem])).toEqual([['Jane Doe', { item: 0 }]]);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({ source_key: sample.SOURCE_KEY, reference: 'ATS-1042' });
	});

	test('Get Metadatas', async () => {
		const { items } = await hrflow.run({ operation: 'getMetadatas', source: source(sample.SOURCE_KEY), identifierType: 'key', profileKey: jane.key });
		expect(items.map((item) => item.json)).toEqual(jane.metadatas);
		expect(queryOf(hrflow.emulator.requests[0])).toEqual({ source_id: sample.SOURCE_KEY, profile_id: jane.key });
	});

	test('List Attachments, with Download Files', async () => {
		const { items } = await hrflow.run({
			operation: 'listAttachments',
			source: source(sample.SOURCE_KEY),
			identifierType: 'email',
			profileEmail: kenji.email,
			options: { downloadFiles: true },
		});
		expect(items).toHaveLength(kenji.attachments.length);
		expect((await Engine.binaryBytes(items[0].binary!.data)).length).toBeGreaterThan(0);
	});

	test('Parse Resume', async () => {
		const pdf = sample.makePdf(['Ada Lovelace']);
		const { items, error } = await hrflow.run(
			{ operation: 'parseResume', source: source(sample.SOURCE_KEY) },
			[{ $binary: { data: { base64: pdf.toString('base64'), fileName: 'ada.pdf', mimeType: 'application/pdf' } } }],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ source_key: sample.SOURCE_KEY });
	});
});

describe('Source: bad input fails before any request, naming the field', () => {
	test.each([
		['a key that is not 40 hex (By Key), refused by the mode\'s validation', byKey('careers-site'), 'Source: an HrFlow source key is 40 hexadecimal characters'],
		['a key from an expression that is not 40 hex', byKey('={{ "careers-site" }}'), 'Source "careers-site" is not an HrFlow key'],
		['an empty pick (From List)', fromList(''), 'Parameter "Source" is required'],
		['an expression resolving to nothing', byKey('={{ $json.missing }}'), 'Source is empty'],
	])('%s', async (_case, source, message) => {
		const { error } = await hrflow.run({ operation: 'get', source, identifierType: 'key', profileKey: jane.key });
		expect(error?.message).toContain(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('an upper-case key is sent lower-cased', async () => {
		const { error } = await hrflow.run({ operation: 'get', source: byKey(sample.SOURCE_KEY.toUpperCase()), identifierType: 'key', profileKey: jane.key });
		expect(error).toBeUndefined();
		expect(queryOf(hrflow.emulator.requests[0]).source_key).toBe(sample.SOURCE_KEY);
	});
});

describe('Get Many › Sources', () => {
	const sentSources = () => JSON.parse(queryOf(hrflow.emulator.requests[0]).source_keys) as string[];

	test('the keys picked in the multi-select', async () => {
		const { items } = await hrflow.run({ operation: 'getMany', sources: [sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY], returnAll: true });
		expect(items).toHaveLength(3);
		expect(sentSources()).toEqual([sample.SOURCE_KEY, sample.OTHER_SOURCE_KEY]);
	});

	test.each([
		['a list of keys', `={{ ["${sample.SOURCE_KEY}", "${sample.MANY_SOURCE_KEY}"] }}`],
		['comma-separated keys', `={{ "${sample.SOURCE_KEY}, ${sample.MANY_SOURCE_KEY}" }}`],
	])('an expression giving %s', async (_case, sources) => {
		const { items, error } = await hrflow.run({ operation: 'getMany', sources, limit: 5 });
		expect(error).toBeUndefined();
		expect(items).toHaveLength(5);
		expect(sentSources()).toEqual([sample.SOURCE_KEY, sample.MANY_SOURCE_KEY]);
	});

	test.each([
		['nothing picked', [], 'Parameter "Source Names or IDs" is required'],
		['an expression giving an empty list', '={{ [] }}', 'Sources is empty'],
		['a key that is not 40 hex', '={{ ["careers"] }}', 'Sources "careers" is not an HrFlow key'],
	])('%s fails before any request', async (_case, sources, message) => {
		const { error } = await hrflow.run({ operation: 'getMany', sources, limit: 5 });
		expect(error?.message).toContain(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test('version 2 keeps every other public name: identifierType, profileKey, profileReference, profileEmail, options, returnAll, limit', async () => {
	const { items } = await hrflow.run({
		operation: 'getMetadatas',
		source: fromList(sample.SOURCE_KEY),
		identifierType: 'reference',
		profileReference: '={{ $json.ref }}',
		options: { output: 'single', metadataNames: 'linkedin' },
	}, [{ ref: jane.reference }]);
	expect(items[0].json).toEqual({ linkedin: jane.metadatas[0].value, profileReference: jane.reference });
});

test('a version-2 item failing with Continue (using error output) is routed and linked as in version 1', async () => {
	const { items, errorItems } = await hrflow.run(
		{ operation: 'get', source: fromList(sample.SOURCE_KEY), identifierType: 'key', profileKey: '={{ $json.key }}' },
		[{ key: jane.key }, { key: 'f'.repeat(40) }],
		{ onError: 'continueErrorOutput' },
	);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }]);
	expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([['HrFlow error 400: Unable to find object: profile', { item: 1 }]]);
});
