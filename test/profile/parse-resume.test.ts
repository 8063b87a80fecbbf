// Profile › Parse Resume (POST /profile/parsing/file, multipart) through n8n's engine: the file read
// from n8n binary data and received byte for byte by the emulator, the fields, and the errors
// (version 1, Source Key); the Source of version 2.

import { jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const pdf = sample.makePdf(['Ada Lovelace', 'Analyst', 'London']);
const withFile = (
	json: Record<string, unknown> = {},
	fileName = 'ada-lovelace.pdf',
	data = pdf,
) => ({
	...json,
	$binary: { data: { base64: data.toString('base64'), fileName, mimeType: 'application/pdf' } },
});
const parse = (extra: Record<string, unknown> = {}) => ({
	operation: 'parseResume',
	sourceKey: sample.SOURCE_KEY,
	...extra,
});
const field = (upload: Array<{ name: string; filename?: string; data: Buffer }>, name: string) =>
	upload.find((part) => part.name === name && part.filename === undefined)?.data.toString('utf8');
const fromList = (key: string) => ({
	__rl: true,
	mode: 'list',
	value: key,
	cachedResultName: 'Sandbox candidates',
});
const byKey = (key: string) => ({ __rl: true, mode: 'id', value: key });

test('the file travels byte for byte as part "file", with its name and type; the parsed profile is the item', async () => {
	const { items, error } = await hrflow.runV1(parse(), [withFile()], undefined, 'readWrite');
	expect(error).toBeUndefined();
	const [request] = hrflow.emulator.requests;
	expect([request.method, request.path]).toEqual(['POST', '/v1/profile/parsing/file']);
	expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
	expect(request.headers['x-api-key']).toBe(sample.API_KEYS.readWrite);
	const [upload] = hrflow.emulator.uploads;
	const file = upload.find((part) => part.name === 'file')!;
	expect([file.filename, file.contentType]).toEqual(['ada-lovelace.pdf', 'application/pdf']);
	expect(file.data.equals(pdf)).toBe(true);
	expect(field(upload, 'source_key')).toBe(sample.SOURCE_KEY);
	expect(field(upload, 'sync_parsing')).toBe('1');
	expect(items).toHaveLength(1);
	expect(items[0].json).toMatchObject({
		info: { full_name: 'ada lovelace' },
		source: { key: sample.SOURCE_KEY },
	});
	expect(items[0].pairedItem).toEqual({ item: 0 });
});

test('reference, tags, metadatas and created at are sent as HrFlow expects; the profile is then found by reference', async () => {
	const { items } = await hrflow.runV1(
		parse({
			parseOptions: {
				reference: 'ADA-1815',
				tags: { tag: [{ name: 'channel', value: 'referral' }] },
				metadatas: { metadata: [{ name: 'salary_expectation', value: '70000' }] },
				createdAt: '2026-11-01T10:00:00.000Z',
			},
		}),
		[withFile()],
		undefined,
		'readWrite',
	);
	const [upload] = hrflow.emulator.uploads;
	expect(field(upload, 'reference')).toBe('ADA-1815');
	expect(JSON.parse(field(upload, 'tags')!)).toEqual([{ name: 'channel', value: 'referral' }]);
	expect(JSON.parse(field(upload, 'metadatas')!)).toEqual([
		{ name: 'salary_expectation', value: '70000' },
	]);
	expect(field(upload, 'created_at')).toBe('2026-11-01T10:00:00.000Z');
	expect(items[0].json.reference).toBe('ADA-1815');

	const found = await hrflow.runV1(
		{
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'reference',
			profileReference: 'ADA-1815',
		},
		[{}],
		undefined,
		'readWrite',
	);
	// The emulator's state lives until the next test's reset.
	expect(found.items.map((item) => item.json)).toEqual([
		{ name: 'salary_expectation', value: '70000' },
	]);
});

test("Wait for Parsing off: sync_parsing=0, and the item is HrFlow's acknowledgement", async () => {
	hrflow.emulator.sources[sample.SOURCE_KEY].sync_parsing = false;
	const { items } = await hrflow.runV1(
		parse({ parseOptions: { waitForParsing: false } }),
		[withFile()],
		undefined,
		'readWrite',
	);
	expect(field(hrflow.emulator.uploads[0], 'sync_parsing')).toBe('0');
	expect(items).toEqual([
		{
			json: {
				code: 202,
				message: 'Your profile as been sent successfully to the Parsing Queue.',
				data: [],
			},
			pairedItem: { item: 0 },
		},
	]);
});

describe('a source that parses asynchronously (HrFlow answers 202 with data: [])', () => {
	beforeEach(() => {
		hrflow.emulator.sources[sample.SOURCE_KEY].sync_parsing = false;
	});
	const profileReads = () =>
		hrflow.emulator.requests.filter((request) => request.path === '/v1/profile/indexing');

	test('with a Reference: the node waits for the profile (GET by reference) and outputs it, not the acknowledgement', async () => {
		const { items, error } = await hrflow.runV1(
			parse({ parseOptions: { reference: 'ADA-1815' }, requestOptions: { timeout: 3000 } }),
			[withFile()],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(1);
		expect(items[0].json).toMatchObject({
			reference: 'ADA-1815',
			info: { full_name: 'ada lovelace' },
			source_key: sample.SOURCE_KEY,
		});
		expect(items[0].pairedItem).toEqual({ item: 0 });
		// The first read finds nothing yet (HrFlow's 400), the second finds it.
		expect(profileReads().map((request) => request.query)).toEqual([
			{ source_key: [sample.SOURCE_KEY], reference: ['ADA-1815'] },
			{ source_key: [sample.SOURCE_KEY], reference: ['ADA-1815'] },
		]);
	});

	test('without a Reference: the item fails, saying the source parses asynchronously and what to do; one request only', async () => {
		const { error } = await hrflow.runV1(parse(), [withFile()], undefined, 'readWrite');
		expect(error?.message).toBe(
			`HrFlow queued the resume instead of parsing it: source ${sample.SOURCE_KEY} parses asynchronously, so there is no parsed profile to output yet`,
		);
		expect(error?.description).toContain('Options › Reference');
		expect(error?.description).toContain('Wait for Parsing');
		expect(hrflow.emulator.requests).toHaveLength(1);
	});

	test('without a Reference, Continue (using error output): the item to the error output, linked; the other file parsed', async () => {
		const { items, errorItems } = await hrflow.runV1(
			parse({ parseOptions: { reference: '={{ $json.ref }}' }, requestOptions: { timeout: 3000 } }),
			[withFile({ ref: 'ADA-1' }), withFile({})],
			{ onError: 'continueErrorOutput' },
			'readWrite',
		);
		expect(items.map((item) => [item.json.reference, item.pairedItem])).toEqual([
			['ADA-1', { item: 0 }],
		]);
		expect(
			errorItems.map((item) => [String(item.json.error).slice(0, 42), item.pairedItem]),
		).toEqual([['HrFlow queued the resume instead of parsin', { item: 1 }]]);
	});

	test('a profile that does not appear within the Timeout: the item fails, saying where it will appear', async () => {
		hrflow.emulator.quirks.parsingReads = 1000;
		const started = Date.now();
		const { error } = await hrflow.runV1(
			parse({ parseOptions: { reference: 'ADA-9' }, requestOptions: { timeout: 600 } }),
			[withFile()],
			undefined,
			'readWrite',
		);
		expect(Date.now() - started).toBeLessThan(3000);
		expect(error?.message).toBe(
			'HrFlow had not parsed the resume after 0.6 s (Request Options › Timeout): no profile with reference "ADA-9" yet',
		);
		expect(error?.description).toContain('Get it later by reference');
		expect(profileReads().length).toBeGreaterThan(2);
	});

	test("a 202 WITH a profile (HrFlow's tests accept it) outputs the profile", async () => {
		hrflow.emulator.sources[sample.SOURCE_KEY].sync_parsing = true;
		const profile = hrflow.emulator.profileJson(jane, {
			key: sample.SOURCE_KEY,
			name: 'Sandbox candidates',
		});
		hrflow.emulator.failNext('/v1/profile/parsing/file', 202, {
			code: 202,
			message: 'Profile parsed',
			data: { profile },
		});
		const { items } = await hrflow.runV1(parse(), [withFile()], undefined, 'readWrite');
		expect(items).toEqual([{ json: profile, pairedItem: { item: 0 } }]);
	});
});

test('several files: one upload each, each profile linked to its input item', async () => {
	const { items } = await hrflow.runV1(
		parse(),
		[withFile({}, 'first-cv.pdf'), withFile({}, 'second-cv.pdf', sample.makePdf(['Second']))],
		undefined,
		'readWrite',
	);
	expect(
		hrflow.emulator.uploads
			.map((upload) => upload.find((part) => part.name === 'file')?.filename)
			.sort(),
	).toEqual(['first-cv.pdf', 'second-cv.pdf']);
	expect(
		items.map((item) => [(item.json.info as { full_name: string }).full_name, item.pairedItem]),
	).toEqual([
		['first cv', { item: 0 }],
		['second cv', { item: 1 }],
	]);
});

describe('bad input fails before any request', () => {
	test.each([
		['no binary data', parse(), [{}], 'This item has no binary data in the field "data"'],
		[
			'another binary field name',
			parse({ binaryPropertyName: 'resume' }),
			[withFile()],
			'This item has no binary data in the field "resume"',
		],
		[
			'an empty file',
			parse(),
			[withFile({}, 'empty.pdf', Buffer.alloc(0))],
			'The file in "data" is empty',
		],
		[
			'a source key that resolves to nothing',
			parse({ sourceKey: '={{ $json.none }}' }),
			[withFile()],
			'Source Key is empty',
		],
		[
			'a Created At that is not a date',
			parse({ parseOptions: { createdAt: '={{ "next tuesday" }}' } }),
			[withFile()],
			'Created At "next tuesday" is not a date',
		],
	])('%s', async (_case, parameters, input, message) => {
		const { error } = await hrflow.runV1(parameters, input, undefined, 'readWrite');
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test("a read-only key: HrFlow's 403, and with Continue On Fail an error item", async () => {
	const { items } = await hrflow.runV1(parse(), [withFile()], { continueOnFail: true });
	expect(items).toEqual([
		{
			json: {
				error: 'HrFlow error 403: Unauthorized. This API key has no write permission',
				description: expect.any(String),
				httpCode: '403',
			},
			pairedItem: { item: 0 },
		},
	]);
});

describe.each([
	['From List', fromList],
	['By Key', byKey],
])("Source %s: every lookup sends the source's key", (_mode, source) => {
	test('Parse Resume', async () => {
		const pdf = sample.makePdf(['Ada Lovelace']);
		const { items, error } = await hrflow.run(
			{ operation: 'parseResume', source: source(sample.SOURCE_KEY) },
			[
				{
					$binary: {
						data: {
							base64: pdf.toString('base64'),
							fileName: 'ada.pdf',
							mimeType: 'application/pdf',
						},
					},
				},
			],
			undefined,
			'readWrite',
		);
		expect(error).toBeUndefined();
		expect(items[0].json).toMatchObject({ source_key: sample.SOURCE_KEY });
	});
});
