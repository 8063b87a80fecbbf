// Profile › List Attachments through n8n's engine against the strict emulator: the profile found by
// key, reference or email with the exact request HrFlow receives and the items (json and pairedItem)
// the node outputs; its Options: files downloaded into n8n binary data (name, MIME type, bytes) with
// no HrFlow header reaching the storage host, the type filter, the node's Request Options; the
// Source of version 2.

import { Engine } from '../harness/engine';
import { lookups, messages } from '../harness/expectations';
import { elodie, jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import type { SampleProfile } from '../harness/hrflow';

const hrflow = useHrFlow();
const files = sample.sampleData().files;

const identifierValue = {
	key: (profile: SampleProfile) => ({ profileKey: profile.key }),
	reference: (profile: SampleProfile) => ({ profileReference: profile.reference }),
	email: (profile: SampleProfile) => ({ profileEmail: profile.email }),
};

const endpoint = {
	...lookups.listAttachments,
	expected: (profile: SampleProfile) => lookups.listAttachments.expected(profile, hrflow.emulator),
};
const fromList = (key: string) => ({
	__rl: true,
	mode: 'list',
	value: key,
	cachedResultName: 'Sandbox candidates',
});
const byKey = (key: string) => ({ __rl: true, mode: 'id', value: key });

const attachmentsOf = (profile: typeof jane, options: Record<string, unknown> = {}) => ({
	operation: 'listAttachments',
	sourceKey: sample.SOURCE_KEY,
	identifierType: 'key',
	profileKey: profile.key,
	options,
});

describe('listAttachments', () => {
	const operation = 'listAttachments';

	test.each(['key', 'reference', 'email'] as const)(
		'finds the profile by %s: one GET with the seed parameters, one item per entry',
		async (identifierType) => {
			const { items, error } = await hrflow.runV1({
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType,
				...identifierValue[identifierType](jane),
			});

			expect(error).toBeUndefined();
			expect(hrflow.emulator.requests).toHaveLength(1);
			const [request] = hrflow.emulator.requests;
			expect(request.method).toBe('GET');
			expect(request.path).toBe(endpoint.path);
			expect(queryOf(request)).toEqual({
				[endpoint.query.sourceKey]: sample.SOURCE_KEY,
				[endpoint.query[identifierType]]: jane[identifierType],
			});
			expect(request.headers['x-api-key']).toBe(sample.API_KEYS.read);
			expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
			expect(items.map((item) => item.json)).toEqual(endpoint.expected(jane));
			expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		},
	);

	test('several input items: one request each, every output item linked to its input', async () => {
		const input = [jane, elodie, kenji].map((profile) => ({ ref: profile.reference }));
		const { items } = await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
			},
			input,
		);

		const sent = hrflow.emulator.requests.map(
			(request) => queryOf(request)[endpoint.query.reference],
		);
		expect(sent.sort()).toEqual(input.map((item) => item.ref).sort());
		const expected = [jane, elodie, kenji].flatMap((profile, index) =>
			endpoint.expected(profile).map((json) => ({ json, pairedItem: { item: index } })),
		);
		expect(items).toEqual(expected);
	});

	test('an empty list gives no items for that input', async () => {
		const { items, error } = await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: elodie.key,
		});
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests).toHaveLength(1);
		expect(items).toEqual([]);
	});

	test("unicode, spaces, / & + and ' travel intact in a reference and an email", async () => {
		const input = [{ reference: elodie.reference, email: elodie.email }];
		await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.reference }}',
			},
			input,
		);
		await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'email',
				profileEmail: '={{ $json.email }}',
			},
			input,
		);

		const [byReference, byEmail] = hrflow.emulator.requests.map((request) => queryOf(request));
		expect(hrflow.emulator.requests.map((request) => request.rawQuery).join()).not.toContain('+');
		expect(byReference[endpoint.query.reference]).toBe("réf/2024 Élodie & co+1's");
		expect(byEmail[endpoint.query.email]).toBe("elodie.o'neil+jobs@example.fr");
	});

	test('source key, key and email are trimmed; a reference is sent exactly as written', async () => {
		await hrflow.runV1({
			operation,
			sourceKey: `  ${sample.SOURCE_KEY}\n`,
			identifierType: 'key',
			profileKey: ` ${kenji.key} `,
		});
		await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'email',
			profileEmail: ` ${kenji.email}\t`,
		});
		// A reference with a leading space is another reference: HrFlow has no such profile.
		const { error } = await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'reference',
			profileReference: ' ATS-2077',
		});

		const [byKey, byEmail, byReference] = hrflow.emulator.requests.map((request) =>
			queryOf(request),
		);
		expect(byKey).toEqual({
			[endpoint.query.sourceKey]: sample.SOURCE_KEY,
			[endpoint.query.key]: kenji.key,
		});
		expect(byEmail[endpoint.query.email]).toBe(kenji.email);
		expect(byReference[endpoint.query.reference]).toBe(' ATS-2077');
		expect(error?.httpCode).toBe('400');
	});

	test('expressions work on the source key and every identifier field', async () => {
		const input = [{ source: sample.SOURCE_KEY, key: kenji.key, email: jane.email }];
		const byKey = await hrflow.runV1(
			{
				operation,
				sourceKey: '={{ $json.source }}',
				identifierType: 'key',
				profileKey: '={{ $json.key }}',
			},
			input,
		);
		const byEmail = await hrflow.runV1(
			{
				operation,
				sourceKey: '={{ $json.source }}',
				identifierType: 'email',
				profileEmail: '={{ $json.email }}',
			},
			input,
		);
		expect(byKey.items.map((item) => item.json)).toEqual(endpoint.expected(kenji));
		expect(byEmail.items.map((item) => item.json)).toEqual(endpoint.expected(jane));
	});
});

describe('List Attachments › Download Files', () => {
	test('each file lands on its item as binary data: name, MIME type, extension and bytes', async () => {
		const { items, error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error).toBeUndefined();
		expect(items).toHaveLength(2);
		for (const [index, attachment] of jane.attachments.entries()) {
			const item = items[index];
			// The item keeps HrFlow's fields.
			expect(item.json).toEqual(hrflow.emulator.attachmentJson(attachment));
			expect(item.pairedItem).toEqual({ item: 0 });
			const binary = item.binary!.data;
			expect(binary).toMatchObject({
				fileName: `${attachment.original_file_name}.pdf`,
				mimeType: 'application/pdf',
				fileExtension: 'pdf',
			});
			expect((await Engine.binaryBytes(binary)).equals(files[attachment.file].body)).toBe(true);
		}
	});

	test('the storage host never sees the API key or the user email', async () => {
		await hrflow.runV1(attachmentsOf(kenji, { downloadFiles: true }));
		// Kenji's portfolio link redirects: the redirected request too.
		expect(hrflow.emulator.storageRequests.map((request) => request.path)).toEqual(
			expect.arrayContaining([
				'/redirect/' + kenji.attachments[2].file,
				'/files/' + kenji.attachments[2].file,
			]),
		);
		expect(hrflow.emulator.storageRequests).toHaveLength(4);
		for (const request of hrflow.emulator.storageRequests) {
			expect(request.headers['x-api-key']).toBeUndefined();
			expect(request.headers['x-user-email']).toBeUndefined();
			expect(JSON.stringify(request.headers)).not.toContain(sample.API_KEYS.read);
		}
		// HrFlow itself did get them.
		expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(sample.API_KEYS.read);
	});

	test('follows redirects, and takes the MIME type from the response or the extension', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(kenji, { downloadFiles: true }));
		const portfolio = items[2];
		expect(portfolio.binary!.data).toMatchObject({
			fileName: 'kenji-sato-portfolio.txt',
			mimeType: 'text/plain',
			fileExtension: 'txt',
		});
		expect((await Engine.binaryBytes(portfolio.binary!.data)).toString()).toBe(
			'Portfolio: https://example.com/kenji\n',
		);
	});

	test('Put Output File in Field names the binary property', async () => {
		const { items } = await hrflow.runV1(
			attachmentsOf(jane, { downloadFiles: true, binaryPropertyName: 'resume' }),
		);
		expect(Object.keys(items[0].binary ?? {})).toEqual(['resume']);
	});

	test('without Download Files, nothing is downloaded and items have no binary', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(jane));
		expect(items.every((item) => item.binary === undefined)).toBe(true);
		expect(hrflow.emulator.storageRequests).toHaveLength(0);
	});

	test('a failed download stops the node with the HTTP code, naming the file', async () => {
		delete (hrflow.emulator as unknown as { files: Record<string, unknown> }).files[
			jane.attachments[1].file
		];
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe(
			messages.downloadFailed('jane-doe-cv-original.pdf', 'the storage host answered HTTP 404'),
		);
		expect(error?.httpCode).toBe('404');
	});

	test('with Continue On Fail, a failed download is an error item for its input; the others go on', async () => {
		delete (hrflow.emulator as unknown as { files: Record<string, unknown> }).files[
			jane.attachments[0].file
		];
		const { items, error } = await hrflow.runV1(
			{ ...attachmentsOf(jane, { downloadFiles: true }), profileKey: '={{ $json.key }}' },
			[{ key: jane.key }, { key: kenji.key }],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0]).toEqual({
			json: {
				error: messages.downloadFailed('jane-doe-resume.pdf', 'the storage host answered HTTP 404'),
				description: expect.stringContaining('list the attachments again'),
				httpCode: '404',
			},
			pairedItem: { item: 0 },
		});
		expect(
			items
				.slice(1)
				.map((item) => [item.json.file_name, item.pairedItem, Boolean(item.binary?.data)]),
		).toEqual(kenji.attachments.map((attachment) => [attachment.file_name, { item: 1 }, true]));
	});

	test('an attachment without public_url is a clear error', async () => {
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 200, {
			code: 200,
			message: 'Profile attachment list',
			data: [{ type: 'resume', file_name: 'cv', extension: '.pdf' }],
		});
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe(
			messages.downloadFailed('cv.pdf', 'HrFlow returned it without a public_url'),
		);
	});
});

describe('List Attachments › Attachment Types', () => {
	test('only the chosen types are output', async () => {
		const { items } = await hrflow.runV1(
			attachmentsOf(kenji, { attachmentTypes: ['cover', 'other'] }),
		);
		expect(items.map((item) => item.json.type)).toEqual(['cover', 'other']);
	});

	test('and only they are downloaded', async () => {
		const { items } = await hrflow.runV1(
			attachmentsOf(kenji, { attachmentTypes: ['resume'], downloadFiles: true }),
		);
		expect(items.map((item) => [item.json.type, item.binary?.data.fileName])).toEqual([
			['resume', 'kenji-sato-resume.pdf'],
		]);
		expect(hrflow.emulator.storageRequests.map((request) => request.path)).toEqual([
			`/files/${kenji.attachments[0].file}`,
		]);
	});

	test('none chosen: all types', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(kenji, { attachmentTypes: [] }));
		expect(items.map((item) => item.json.type)).toEqual(['resume', 'cover', 'other']);
	});
});

describe("List Attachments › Download Files honours the node's Request Options", () => {
	const oneAttachment = (publicUrl: string) =>
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 200, {
			code: 200,
			message: 'Profile attachment list',
			data: [
				{
					type: 'resume',
					file_name: 'slow-cv',
					original_file_name: 'slow-cv',
					extension: '.pdf',
					public_url: publicUrl,
				},
			],
		});

	test('Timeout: a storage host that never answers fails the item within seconds, naming the attachment', async () => {
		oneAttachment(`${hrflow.emulator.storageUrl}/hang/slow-cv.pdf`);
		const started = Date.now();
		const { error } = await hrflow.runV1({
			...attachmentsOf(jane, { downloadFiles: true }),
			requestOptions: { timeout: 1000 },
		});
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error?.message).toBe(messages.downloadFailed('slow-cv.pdf', 'no answer within 1000 ms'));
		expect(error?.description).toContain('Timeout');
	}, 15_000);

	test('with Continue On Fail, the timed-out item is an error item; the next input item goes on', async () => {
		oneAttachment(`${hrflow.emulator.storageUrl}/hang/slow-cv.pdf`);
		const { items } = await hrflow.runV1(
			{
				...attachmentsOf(jane, { downloadFiles: true }),
				profileKey: '={{ $json.key }}',
				requestOptions: { timeout: 1000 },
			},
			[{ key: jane.key }, { key: kenji.key }],
			{ onError: 'continueRegularOutput' },
		);
		const results = items.map((item) => [item.json.error ?? item.json.file_name, item.pairedItem]);
		expect(results).toContainEqual([
			messages.downloadFailed('slow-cv.pdf', 'no answer within 1000 ms'),
			{ item: 0 },
		]);
		expect(results.filter(([, paired]) => (paired as { item: number }).item === 1)).toHaveLength(
			kenji.attachments.length,
		);
	}, 15_000);

	test('Proxy: the download goes through the proxy set in Request Options', async () => {
		const proxied: string[] = [];
		const { createServer } = await import('node:http');
		const { request } = await import('node:http');
		// A forward proxy: the storage host's file is answered here, anything else is passed on.
		const proxy = createServer((req, res) => {
			proxied.push(String(req.url));
			if (String(req.url).startsWith('http://storage.invalid/')) {
				res.writeHead(200, { 'Content-Type': 'application/pdf' });
				res.end('%PDF-1.4 via proxy');
				return;
			}
			const upstream = request(
				String(req.url),
				{ method: req.method, headers: req.headers },
				(answer) => {
					res.writeHead(answer.statusCode ?? 502, answer.headers);
					answer.pipe(res);
				},
			);
			req.pipe(upstream);
		});
		await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
		try {
			const port = (proxy.address() as { port: number }).port;
			oneAttachment('http://storage.invalid/files/cv.pdf');
			const { items, error } = await hrflow.runV1({
				...attachmentsOf(jane, { downloadFiles: true }),
				requestOptions: { proxy: `http://127.0.0.1:${port}` },
			});
			expect(error).toBeUndefined();
			// The API call and the download both went through it.
			expect(proxied).toEqual([
				expect.stringContaining('/v1/profile/indexing/attachments?'),
				'http://storage.invalid/files/cv.pdf',
			]);
			expect((await Engine.binaryBytes(items[0].binary!.data)).toString()).toBe(
				'%PDF-1.4 via proxy',
			);
		} finally {
			proxy.closeAllConnections();
			await new Promise((resolve) => proxy.close(resolve));
		}
	});

	test.each([
		['a 204 (no content)', '/status/204', 'the storage host answered HTTP 204'],
		[
			'a final 3xx (a redirect without a location)',
			'/status/302',
			'the storage host answered HTTP 302',
		],
	])('%s is a failed download, not a saved file', async (_case, path, reason) => {
		oneAttachment(`${hrflow.emulator.storageUrl}${path}`);
		const { error, items } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(items).toEqual([]);
		expect(error?.message).toBe(messages.downloadFailed('slow-cv.pdf', reason));
	});

	test('an unreachable storage host is an error naming the attachment', async () => {
		oneAttachment('http://127.0.0.1:9/files/cv.pdf');
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe(
			messages.downloadFailed('slow-cv.pdf', 'the storage host refused the connection'),
		);
		expect(error?.description).toContain('(ECONNREFUSED)');
	});
});

describe.each([
	['From List', fromList],
	['By Key', byKey],
])("Source %s: every lookup sends the source's key", (_mode, source) => {
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
});
