// Text › Generate Image (version 2) through n8n's engine: { text, width } with Width always a
// number, the image's link as the item, and with Download Image the PNG as binary data, fetched
// without HrFlow's headers and with the node's Request Options, as attachments are.

import type { IDataObject } from 'n8n-workflow';

import { Engine } from '../harness/engine';
import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { squarePng } = require('../emulator/text-tools') as {
	squarePng: (width: number, seed: Buffer) => Buffer;
};
const generate = (extra: IDataObject = {}) => ({
	resource: 'text',
	operation: 'generateImage',
	text: 'Plumber',
	...extra,
});
const bodyOf = (index: number) =>
	JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));
/** The next image HrFlow answers links to `path` on the storage host. */
const imageAt = (path: string) =>
	hrflow.emulator.failNext('/v1/text/imaging', 200, {
		code: 200,
		message: 'Image generation ended successfully.',
		data: { image_url: `${hrflow.emulator.storageUrl}${path}` },
	});
// The emulator's storage host serves these files under /files/.
const files = () =>
	(hrflow.emulator as unknown as { files: Record<string, { contentType: string; body: Buffer }> })
		.files;
const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

test('Generate Image: POST /text/imaging { text, width: 256 } (the default, sent as a number); { image_url } as the item, nothing downloaded', async () => {
	const { items, error } = await hrflow.run(generate({ text: 'Senior plumber, Lyon' }));
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
		'POST /v1/text/imaging',
	]);
	expect(bodyOf(0)).toEqual({ text: 'Senior plumber, Lyon', width: 256 });
	expect(items).toEqual([
		{
			json: {
				image_url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/files\/imaging\/\w+\.png$/),
			},
			pairedItem: { item: 0 },
		},
	]);
	expect(hrflow.emulator.storageRequests).toEqual([]);
});

test.each([
	['512 from the list', 512],
	['"512" from an expression', '={{ "512" }}'],
	['512 from an expression', '={{ 256 * 2 }}'],
	['" 512 " from the input item', '={{ $json.size }}'],
])('Width %s is sent as the number 512', async (_case, width) => {
	const { error } = await hrflow.run(generate({ width }), [{ size: ' 512 ' }]);
	expect(error).toBeUndefined();
	expect(bodyOf(0)).toEqual({ text: 'Plumber', width: 512 });
});

test.each([
	['1024', '={{ 1024 }}', 'Width must be 256 or 512, not 1024'],
	['"1024"', '={{ "1024" }}', 'Width must be 256 or 512, not "1024"'],
	['text', '={{ "large" }}', 'Width must be 256 or 512, not "large"'],
	['an object', '={{ { "px": 512 } }}', 'Width must be 256 or 512, not {"px":512}'],
])('Width %s fails naming Width, before any request', async (_case, width, message) => {
	const { error } = await hrflow.run(generate({ width }));
	expect(error).toMatchObject({
		message,
		description: 'HrFlow generates square images of 256 or 512 pixels: set Width to one of them.',
	});
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('Text empty (from an expression) fails naming Text, before any request', async () => {
	const { error } = await hrflow.run(generate({ text: '={{ $json.missing }}' }));
	expect(error?.message).toBe('Text is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

describe('Generate Image › Download Image', () => {
	test('the PNG on the item as binary data: name, MIME type, its width × width pixels; the item keeps image_url', async () => {
		const { items, error } = await hrflow.run(
			generate({ width: 512, options: { downloadImage: true } }),
		);
		expect(error).toBeUndefined();
		const url = String(items[0].json.image_url);
		expect(items[0].json).toEqual({ image_url: url });
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(items[0].binary ?? {})).toEqual(['data']);
		expect(items[0].binary!.data).toMatchObject({
			fileName: url.split('/').pop(),
			mimeType: 'image/png',
			fileExtension: 'png',
		});
		const bytes = await Engine.binaryBytes(items[0].binary!.data);
		expect(bytes.subarray(0, 8).toString('latin1')).toBe('\x89PNG\r\n\x1a\n');
		expect(pngSize(bytes)).toEqual([512, 512]);
	});

	test('the image host never sees the API key or the user email, redirects included; HrFlow did get them', async () => {
		files()['portrait.png'] = {
			contentType: 'image/png',
			body: squarePng(256, Buffer.alloc(20, 7)),
		};
		imageAt('/redirect/portrait.png');
		const { items, error } = await hrflow.run(generate({ options: { downloadImage: true } }));
		expect(error).toBeUndefined();
		expect(hrflow.emulator.storageRequests.map((request) => request.path)).toEqual([
			'/redirect/portrait.png',
			'/files/portrait.png',
		]);
		for (const request of hrflow.emulator.storageRequests) {
			expect(request.headers['x-api-key']).toBeUndefined();
			expect(request.headers['x-user-email']).toBeUndefined();
			expect(JSON.stringify(request.headers)).not.toContain(sample.API_KEYS.read);
		}
		expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(sample.API_KEYS.read);
		expect(items[0].binary!.data.fileName).toBe('portrait.png');
		expect(pngSize(await Engine.binaryBytes(items[0].binary!.data))).toEqual([256, 256]);
	});

	test('Put Output File in Field names the binary property; a link without a file name gives image.png', async () => {
		files()['imaging'] = {
			contentType: 'image/png',
			body: squarePng(256, Buffer.alloc(20, 1)),
		};
		imageAt('/files/imaging');
		const { items } = await hrflow.run(
			generate({ options: { downloadImage: true, binaryPropertyName: 'portrait' } }),
		);
		expect(Object.keys(items[0].binary ?? {})).toEqual(['portrait']);
		expect(items[0].binary!.portrait.fileName).toBe('image.png');
	});

	test.each([
		[{ downloadImage: '={{ "yes" }}' }, 'Download Image must be true or false, not "yes"'],
		[
			{ downloadImage: true, binaryPropertyName: '__proto__' },
			'Put Output File in Field "__proto__" cannot name a binary field',
		],
	])('bad options %j fail naming the field, before any request', async (options, message) => {
		const { error } = await hrflow.run(generate({ options }));
		expect(error?.message).toBe(message);
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('a link that has expired: the error names the image and keeps the HTTP code; both On Error modes link it to its input', async () => {
		const expired = 'Could not download the generated image: the storage host answered HTTP 404';
		imageAt('/files/gone.png');
		const { error } = await hrflow.run(generate({ options: { downloadImage: true } }));
		expect(error).toMatchObject({ message: expired, httpCode: '404' });
		expect(error?.description).toContain('generate the image again');
		imageAt('/files/gone.png');
		const regular = await hrflow.run(generate({ options: { downloadImage: true } }), [{}], {
			onError: 'continueRegularOutput',
		});
		expect(regular.items).toEqual([
			{
				json: expect.objectContaining({ error: expired, httpCode: '404' }),
				pairedItem: { item: 0 },
			},
		]);
		imageAt('/files/gone.png');
		const errorOutput = await hrflow.run(
			generate({ options: { downloadImage: true } }),
			[{ job: 1 }],
			{ onError: 'continueErrorOutput' },
		);
		expect(errorOutput.items).toEqual([]);
		expect(errorOutput.errorItems).toEqual([
			{
				json: { job: 1, error: expired, details: expect.objectContaining({ httpCode: '404' }) },
				pairedItem: { item: 0 },
			},
		]);
	});

	test('an answer without image_url is a clear error', async () => {
		hrflow.emulator.failNext('/v1/text/imaging', 200, { code: 200, message: 'ok', data: {} });
		const { error } = await hrflow.run(generate({ options: { downloadImage: true } }));
		expect(error?.message).toBe(
			'Could not download the generated image: HrFlow returned it without an image_url',
		);
	});

	test('Request Options › Timeout: an image host that never answers fails the item within seconds', async () => {
		imageAt('/hang/portrait.png');
		const started = Date.now();
		const { error } = await hrflow.run(
			generate({ options: { downloadImage: true }, requestOptions: { timeout: 1000 } }),
		);
		expect(Date.now() - started).toBeLessThan(5000);
		expect(error?.message).toBe('Could not download the generated image: no answer within 1000 ms');
		expect(error?.description).toContain('Timeout');
	}, 15_000);
});

test('Request Options › Proxy: the image is fetched through the proxy, as the API call', async () => {
	const proxied: string[] = [];
	const { createServer, request } = await import('node:http');
	// A forward proxy: the image host's file is answered here, anything else is passed on.
	const proxy = createServer((req, res) => {
		proxied.push(String(req.url));
		if (String(req.url).startsWith('http://images.invalid/')) {
			res.writeHead(200, { 'Content-Type': 'image/png' });
			res.end(squarePng(256, Buffer.alloc(20, 3)));
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
		hrflow.emulator.failNext('/v1/text/imaging', 200, {
			code: 200,
			message: 'Image generation ended successfully.',
			data: { image_url: 'http://images.invalid/portrait.png' },
		});
		const { items, error } = await hrflow.run(
			generate({
				options: { downloadImage: true },
				requestOptions: { proxy: `http://127.0.0.1:${port}` },
			}),
		);
		expect(error).toBeUndefined();
		expect(proxied).toEqual([
			expect.stringContaining('/v1/text/imaging'),
			'http://images.invalid/portrait.png',
		]);
		expect(pngSize(await Engine.binaryBytes(items[0].binary!.data))).toEqual([256, 256]);
	} finally {
		proxy.closeAllConnections();
		await new Promise((resolve) => proxy.close(resolve));
	}
});

test("HrFlow's error keeps its message and code", async () => {
	hrflow.emulator.failNext('/v1/text/imaging', 400, {
		code: 400,
		message: 'Invalid parameters: width 512 is not supported on this plan',
	});
	const { error } = await hrflow.run(generate({ width: 512 }));
	expect(error).toMatchObject({
		message: 'HrFlow error 400: Invalid parameters: width 512 is not supported on this plan',
		httpCode: '400',
	});
});
