// Values from expressions: numbers, lists, objects and booleans as often as text. Each field takes
// what a user would mean, or fails naming the field before any request, never with a raw TypeError.

import { Engine } from '../harness/engine';
import { jane, kenji, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const pdf = sample.makePdf(['Grace Hopper']);
const withFile = (mimeType = 'application/pdf') => ({
	$binary: { data: { base64: pdf.toString('base64'), fileName: 'grace.pdf', mimeType } },
});
const field = (name: string) =>
	hrflow.emulator.uploads[0]
		?.find((part) => part.name === name && part.filename === undefined)
		?.data.toString('utf8');
const noRawTypeError = (message: string | undefined) =>
	expect(message ?? '').not.toMatch(/is not a function|Cannot read prop|TypeError/);

describe('Parse Resume', () => {
	test('Reference ={{ 1042 }} is sent as 1042', async () => {
		const { error } = await hrflow.runV1(
			{
				operation: 'parseResume',
				sourceKey: sample.SOURCE_KEY,
				parseOptions: { reference: '={{ 1042 }}' },
			},
			[withFile()],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		expect(field('reference')).toBe('1042');
	});

	test('a Reference that is an object is a clear type error', async () => {
		const { error } = await hrflow.runV1(
			{
				operation: 'parseResume',
				sourceKey: sample.SOURCE_KEY,
				parseOptions: { reference: '={{ { id: 1 } }}' },
			},
			[withFile()],
			undefined,
			'readWrite',
		);
		expect(error?.message).toBe('Reference must be text, not an object');
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test.each([
		['a number', '={{ 7 }}', 'This item has no binary data in the field "7"'],
		['__proto__', '__proto__', 'Input Binary Field "__proto__" cannot name a binary field'],
		['constructor', 'constructor', 'Input Binary Field "constructor" cannot name a binary field'],
	])(
		"Input Binary Field from %s: the node's own message",
		async (_case, binaryPropertyName, message) => {
			const { error } = await hrflow.runV1(
				{ operation: 'parseResume', sourceKey: sample.SOURCE_KEY, binaryPropertyName },
				[withFile()],
				undefined,
				'readWrite',
			);
			expect(error?.message).toBe(message);
			noRawTypeError(error?.message);
			expect(hrflow.emulator.requests).toHaveLength(0);
		},
	);

	test('a MIME type with a line break cannot add a header line to the multipart body', async () => {
		const { error } = await hrflow.runV1(
			{ operation: 'parseResume', sourceKey: sample.SOURCE_KEY },
			[withFile('application/pdf\r\nX-Injected: yes')],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		const body = hrflow.emulator.requests[0].body!.toString('latin1');
		expect(body).not.toContain('X-Injected');
		expect(hrflow.emulator.uploads[0].find((part) => part.name === 'file')?.contentType).toBe(
			'application/octet-stream',
		);
	});

	test('Created At from a date object ($now) and tag values from numbers', async () => {
		const { error } = await hrflow.runV1(
			{
				operation: 'parseResume',
				sourceKey: sample.SOURCE_KEY,
				parseOptions: {
					createdAt: '={{ DateTime.fromISO("2026-11-01T10:00:00Z") }}',
					tags: { tag: [{ name: 'score', value: '={{ 42 }}' }] },
				},
			},
			[withFile()],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		expect(field('created_at')).toBe('2026-11-01T10:00:00.000Z');
		expect(JSON.parse(field('tags')!)).toEqual([{ name: 'score', value: '42' }]);
	});
});

describe('Get Metadatas › Metadata Names', () => {
	test.each([
		['a list from an expression', '={{ ["linkedin", "salary_expectation"] }}'],
		['comma-separated text', 'linkedin, salary_expectation'],
	])('%s', async (_case, metadataNames) => {
		const { items, error } = await hrflow.runV1({
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
			options: { metadataNames },
		});
		expect(error).toBeUndefined();
		expect(items.map((item) => item.json.name)).toEqual(['linkedin', 'salary_expectation']);
	});

	test('an object is a clear error naming the field', async () => {
		const { error } = await hrflow.runV1({
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
			options: { metadataNames: '={{ { linkedin: true } }}' },
		});
		expect(error?.message).toBe(
			'Metadata Names must be a list or comma-separated text, not an object',
		);
	});
});

describe('List Attachments › Put Output File in Field', () => {
	const download = (binaryPropertyName: unknown) => ({
		operation: 'listAttachments',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: kenji.key,
		options: { downloadFiles: true, binaryPropertyName },
	});

	test('from a number: that name', async () => {
		const { items, error } = await hrflow.runV1(download('={{ 1 }}'));
		expect(error).toBeUndefined();
		expect(Object.keys(items[0].binary ?? {})).toEqual(['1']);
		expect((await Engine.binaryBytes(items[0].binary!['1'])).length).toBeGreaterThan(0);
	});

	test.each(['__proto__', 'constructor'])(
		"%s: the node's own message, before any download",
		async (name) => {
			const { error } = await hrflow.runV1(download(name));
			expect(error?.message).toBe(`Put Output File in Field "${name}" cannot name a binary field`);
			noRawTypeError(error?.message);
			expect(hrflow.emulator.storageRequests).toHaveLength(0);
		},
	);

	test('Download Files from an expression giving "false" downloads nothing', async () => {
		const { items } = await hrflow.runV1({
			...download('data'),
			options: { downloadFiles: '={{ "false" }}' },
		});
		expect(items.every((item) => item.binary === undefined)).toBe(true);
		expect(hrflow.emulator.storageRequests).toHaveLength(0);
	});
});

describe('Profile Reference and keys', () => {
	test.each([
		['an object', '={{ { id: 1 } }}', 'Profile Reference must be text, not an object'],
		['a list', '={{ ["ATS-1042"] }}', 'Profile Reference must be text, not a list'],
		['a boolean', '={{ true }}', 'Profile Reference must be text, not the boolean true'],
	])(
		'a reference that is %s is a clear type error, not "is empty"',
		async (_case, profileReference, message) => {
			const { error } = await hrflow.runV1({
				operation: 'getMetadatas',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference,
			});
			expect(error?.message).toBe(message);
			expect(hrflow.emulator.requests).toHaveLength(0);
		},
	);

	test('a reference from a number is sent as that number', async () => {
		hrflow.emulator.reset();
		const { error } = await hrflow.runV1({
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'reference',
			profileReference: '={{ 1042 }}',
		});
		// No such profile in the sample source: HrFlow's answer, after a request with the number.
		expect(error?.message).toBe('HrFlow error 400: Invalid profile array');
		expect(hrflow.emulator.requests[0].query.profile_reference).toEqual(['1042']);
	});

	test('Source and Profile Keys in upper case are lower-cased before sending', async () => {
		const { items, error } = await hrflow.runV1({
			operation: 'listAttachments',
			sourceKey: sample.SOURCE_KEY.toUpperCase(),
			identifierType: 'key',
			profileKey: jane.key.toUpperCase(),
		});
		expect(error).toBeUndefined();
		expect(items).toHaveLength(jane.attachments.length);
		expect(hrflow.emulator.requests[0].query).toEqual({
			source_key: [sample.SOURCE_KEY],
			key: [jane.key],
		});
	});
});
