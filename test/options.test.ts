// List Attachments' and Get Metadatas' options through n8n's engine: files downloaded into n8n
// binary data (name, MIME type, bytes) with no HrFlow header reaching the storage host, the type
// filter, and metadatas as one item per profile.

import { Engine } from './harness/engine';
import { elodie, jane, kenji, sample, useHrFlow } from './harness/hrflow';

const hrflow = useHrFlow();
const files = sample.sampleData().files;

const attachmentsOf = (profile: typeof jane, options: Record<string, unknown> = {}) => ({
	operation: 'listAttachments',
	sourceKey: sample.SOURCE_KEY,
	identifierType: 'key',
	profileKey: profile.key,
	options,
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
			expect.arrayContaining(['/redirect/' + kenji.attachments[2].file, '/files/' + kenji.attachments[2].file]),
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
		expect(portfolio.binary!.data).toMatchObject({ fileName: 'kenji-sato-portfolio.txt', mimeType: 'text/plain', fileExtension: 'txt' });
		expect((await Engine.binaryBytes(portfolio.binary!.data)).toString()).toBe('Portfolio: https://example.com/kenji\n');
	});

	test('Put Output File in Field names the binary property', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true, binaryPropertyName: 'resume' }));
		expect(Object.keys(items[0].binary ?? {})).toEqual(['resume']);
	});

	test('without Download Files, nothing is downloaded and items have no binary', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(jane));
		expect(items.every((item) => item.binary === undefined)).toBe(true);
		expect(hrflow.emulator.storageRequests).toHaveLength(0);
	});

	test('a failed download stops the node with the HTTP code, naming the file', async () => {
		delete (hrflow.emulator as unknown as { files: Record<string, unknown> }).files[jane.attachments[1].file];
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe(
			'Could not download attachment "jane-doe-cv-original.pdf": the storage host answered HTTP 404',
		);
		expect(error?.httpCode).toBe('404');
	});

	test('with Continue On Fail, a failed download is an error item for its input; the others go on', async () => {
		delete (hrflow.emulator as unknown as { files: Record<string, unknown> }).files[jane.attachments[0].file];
		const { items, error } = await hrflow.runV1(
			{ ...attachmentsOf(jane, { downloadFiles: true }), profileKey: '={{ $json.key }}' },
			[{ key: jane.key }, { key: kenji.key }],
			{ continueOnFail: true },
		);
		expect(error).toBeUndefined();
		expect(items[0]).toEqual({
			json: {
				error: 'Could not download attachment "jane-doe-resume.pdf": the storage host answered HTTP 404',
				description: expect.stringContaining('list the attachments again'),
				httpCode: '404',
			},
			pairedItem: { item: 0 },
		});
		expect(items.slice(1).map((item) => [item.json.file_name, item.pairedItem, Boolean(item.binary?.data)])).toEqual(
			kenji.attachments.map((attachment) => [attachment.file_name, { item: 1 }, true]),
		);
	});

	test('an attachment without public_url is a clear error', async () => {
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 200, {
			code: 200,
			message: 'Profile attachment list',
			data: [{ type: 'resume', file_name: 'cv', extension: '.pdf' }],
		});
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe('Could not download attachment "cv.pdf": HrFlow returned it without a public_url');
	});
});

describe('List Attachments › Attachment Types', () => {
	test('only the chosen types are output', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(kenji, { attachmentTypes: ['cover', 'other'] }));
		expect(items.map((item) => item.json.type)).toEqual(['cover', 'other']);
	});

	test('and only they are downloaded', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(kenji, { attachmentTypes: ['resume'], downloadFiles: true }));
		expect(items.map((item) => [item.json.type, item.binary?.data.fileName])).toEqual([['resume', 'kenji-sato-resume.pdf']]);
		expect(hrflow.emulator.storageRequests.map((request) => request.path)).toEqual([`/files/${kenji.attachments[0].file}`]);
	});

	test('none chosen: all types', async () => {
		const { items } = await hrflow.runV1(attachmentsOf(kenji, { attachmentTypes: [] }));
		expect(items.map((item) => item.json.type)).toEqual(['resume', 'cover', 'other']);
	});
});

describe('Get Metadatas › Options', () => {
	const metadatasOf = (options: Record<string, unknown>) => ({
		operation: 'getMetadatas',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'reference',
		profileReference: '={{ $json.reference }}',
		options,
	});
	const input = [jane, elodie, kenji].map((profile) => ({ reference: profile.reference }));

	test('Single Item: one item per profile, each metadata a field, plus the identifier used', async () => {
		const { items } = await hrflow.runV1(metadatasOf({ output: 'single' }), input);
		expect(items).toEqual([
			{
				json: {
					linkedin: 'https://www.linkedin.com/in/jane-doe-example',
					salary_expectation: '55000',
					notice_period: '1 month',
					profileReference: jane.reference,
				},
				pairedItem: { item: 0 },
			},
			{ json: { profileReference: elodie.reference }, pairedItem: { item: 1 } },
			{ json: { portfolio: 'https://example.com/kenji', profileReference: kenji.reference }, pairedItem: { item: 2 } },
		]);
	});

	test('Single Item with Metadata Names keeps only those names', async () => {
		const { items } = await hrflow.runV1(metadatasOf({ output: 'single', metadataNames: ' salary_expectation , linkedin' }), input.slice(0, 1));
		expect(items.map((item) => item.json)).toEqual([
			{ linkedin: 'https://www.linkedin.com/in/jane-doe-example', salary_expectation: '55000', profileReference: jane.reference },
		]);
	});

	test('Split Into Items with Metadata Names', async () => {
		const { items } = await hrflow.runV1(metadatasOf({ metadataNames: 'notice_period' }), input.slice(0, 1));
		expect(items).toEqual([{ json: { name: 'notice_period', value: '1 month' }, pairedItem: { item: 0 } }]);
	});

	test('a later duplicate name wins, and a name like __proto__ stays a plain field', async () => {
		hrflow.emulator.failNext('/v1/profile/metadatas', 200, {
			code: 200,
			message: 'Profile metadatas',
			data: [
				{ name: 'stage', value: 'screening' },
				{ name: '__proto__', value: 'polluted' },
				{ name: 'stage', value: 'interview' },
			],
		});
		const { items } = await hrflow.runV1(metadatasOf({ output: 'single' }), input.slice(0, 1));
		const json = items[0].json;
		expect(json.stage).toBe('interview');
		expect(Object.prototype.hasOwnProperty.call(json, '__proto__')).toBe(true);
		expect(Object.getPrototypeOf(json)).toBe(Object.prototype);
	});
});

describe('List Attachments › Download Files honours the node\'s Request Options', () => {
	const oneAttachment = (publicUrl: string) =>
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 200, {
			code: 200,
			message: 'Profile attachment list',
			data: [{ type: 'resume', file_name: 'slow-cv', original_file_name: 'slow-cv', extension: '.pdf', public_url: publicUrl }],
		});

	test('Timeout: a storage host that never answers fails the item within seconds, naming the attachment', async () => {
		oneAttachment(`${hrflow.emulator.storageUrl}/hang/slow-cv.pdf`);
		const started = Date.now();
		const { error } = await hrflow.runV1({ ...attachmentsOf(jane, { downloadFiles: true }), requestOptions: { timeout: 1000 } });
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error?.message).toBe('Could not download attachment "slow-cv.pdf": no answer within 1000 ms');
		expect(error?.description).toContain('Timeout');
	}, 15_000);

	test('with Continue On Fail, the timed-out item is an error item; the next input item goes on', async () => {
		oneAttachment(`${hrflow.emulator.storageUrl}/hang/slow-cv.pdf`);
		const { items } = await hrflow.runV1(
			{ ...attachmentsOf(jane, { downloadFiles: true }), profileKey: '={{ $json.key }}', requestOptions: { timeout: 1000 } },
			[{ key: jane.key }, { key: kenji.key }],
			{ onError: 'continueRegularOutput' },
		);
		const results = items.map((item) => [item.json.error ?? item.json.file_name, item.pairedItem]);
		expect(results).toContainEqual(['Could not download attachment "slow-cv.pdf": no answer within 1000 ms', { item: 0 }]);
		expect(results.filter(([, paired]) => (paired as { item: number }).item === 1)).toHaveLength(kenji.attachments.length);
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
			const upstream = request(String(req.url), { method: req.method, headers: req.headers }, (answer) => {
				res.writeHead(answer.statusCode ?? 502, answer.headers);
				answer.pipe(res);
			});
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
			expect(proxied).toEqual([expect.stringContaining('/v1/profile/indexing/attachments?'), 'http://storage.invalid/files/cv.pdf']);
			expect((await Engine.binaryBytes(items[0].binary!.data)).toString()).toBe('%PDF-1.4 via proxy');
		} finally {
			proxy.closeAllConnections();
			await new Promise((resolve) => proxy.close(resolve));
		}
	});

	test.each([
		['a 204 (no content)', '/status/204', 'the storage host answered HTTP 204'],
		['a final 3xx (a redirect without a location)', '/status/302', 'the storage host answered HTTP 302'],
	])('%s is a failed download, not a saved file', async (_case, path, reason) => {
		oneAttachment(`${hrflow.emulator.storageUrl}${path}`);
		const { error, items } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(items).toEqual([]);
		expect(error?.message).toBe(`Could not download attachment "slow-cv.pdf": ${reason}`);
	});

	test('an unreachable storage host is an error naming the attachment', async () => {
		oneAttachment('http://127.0.0.1:9/files/cv.pdf');
		const { error } = await hrflow.runV1(attachmentsOf(jane, { downloadFiles: true }));
		expect(error?.message).toBe('Could not download attachment "slow-cv.pdf": the storage host refused the connection');
		expect(error?.description).toContain('(ECONNREFUSED)');
	});
});
