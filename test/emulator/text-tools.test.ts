// The emulator's geocoding, imaging and linking (text-tools.js), sent requests exactly as HrFlow's
// Python SDK builds them (4.3: hrflow/text/imaging.py:29, hrflow/text/linking.py:25; the draft
// branch feat/add-new-endpoints 6b9a34c: hrflow/text/geocoding.py), with a plain HTTP client: they
// answer what HrFlow's tests expect (tests/test_text.py:69-160) in the shapes its schemas check
// (hrflow-schemas.js), and refuse what HrFlow refuses.

import { inflateSync } from 'node:zlib';

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemas = require('./hrflow-schemas') as Record<string, (...values: unknown[]) => string[]>;

async function post(path: string, body: unknown, apiKey = sample.API_KEYS.read) {
	const response = await fetch(`${hrflow.emulator.url}${path}`, {
		method: 'POST',
		headers: {
			'X-API-KEY': apiKey,
			'X-USER-EMAIL': sample.USER_EMAIL,
			'Content-Type': 'application/json',
		},
		body: JSON.stringify(body),
	});
	const answer = (await response.json()) as { code: number; message: string; data: unknown };
	expect(schemas.envelope(answer, response.status)).toEqual([]);
	return { status: response.status, answer };
}

/** A PNG's width and height as HrFlow's test reads them (bytes 16-20 and 20-24), and its pixels' bytes. */
function readPng(bytes: Buffer) {
	expect(bytes.subarray(0, 8)).toEqual(Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'));
	const chunks: Record<string, Buffer[]> = {};
	for (let at = 8; at < bytes.length;) {
		const length = bytes.readUInt32BE(at);
		const type = bytes.toString('ascii', at + 4, at + 8);
		(chunks[type] ??= []).push(bytes.subarray(at + 8, at + 8 + length));
		at += 12 + length;
	}
	return {
		width: bytes.readUInt32BE(16),
		height: bytes.readUInt32BE(20),
		pixels: inflateSync(Buffer.concat(chunks.IDAT)),
		chunks: Object.keys(chunks),
	};
}

describe('POST /text/imaging as text.imaging.post sends it: { text, width }', () => {
	test.each([256, 512])(
		'width %i: 200, image_url serves a square PNG of that size, to a client without any HrFlow header',
		async (width) => {
			const { status, answer } = await post('/text/imaging', { text: 'plumber', width });
			expect(status).toBe(200);
			expect(schemas.textImaging(answer.data)).toEqual([]);
			const url = (answer.data as { image_url: string }).image_url;
			expect(url.startsWith(`${hrflow.emulator.storageUrl}/files/`)).toBe(true);
			const image = await fetch(url);
			expect(image.status).toBe(200);
			expect(image.headers.get('content-type')).toBe('image/png');
			const png = readPng(Buffer.from(await image.arrayBuffer()));
			expect([png.width, png.height]).toEqual([width, width]);
			expect(png.chunks).toEqual(['IHDR', 'IDAT', 'IEND']);
			// 8-bit RGB: one filter byte and three bytes per pixel, per row.
			expect(png.pixels.length).toBe(width * (1 + 3 * width));
			expect(hrflow.emulator.storageRequests).toEqual([
				expect.objectContaining({ method: 'GET', path: new URL(url).pathname }),
			]);
		},
	);

	test('without width: 256 (the default of the SDK and of PA)', async () => {
		const { answer } = await post('/text/imaging', { text: 'plumber' });
		const image = await fetch((answer.data as { image_url: string }).image_url);
		expect(readPng(Buffer.from(await image.arrayBuffer())).width).toBe(256);
	});

	test.each([
		[
			'width 111 (test_imaging_unsupported_size): the message holds 111',
			{ text: 'mechanic', width: 111 },
			'111',
		],
		[
			'width 1024 (in the SDK docstring only, not in PA)',
			{ text: 'mechanic', width: 1024 },
			'1024',
		],
		['width as a string (the SDK sends an int)', { text: 'mechanic', width: '512' }, '"512"'],
		['text null (test_imaging_no_text): the message says null', { text: null, width: 256 }, 'null'],
		['an unknown field', { text: 'mechanic', width: 256, height: 256 }, 'height'],
	])('refuses %s', async (_case, body, part) => {
		const { status, answer } = await post('/text/imaging', body);
		expect(status).toBe(400);
		expect(answer.message).toContain(part);
	});
});

describe('POST /text/linking as text.linking.post sends it: { word, top_n }', () => {
	test('top_n 7 (test_linking_basic): exactly 7 [word, similarity] pairs, nearest first', async () => {
		const { status, answer } = await post('/text/linking', { word: 'ai', top_n: 7 });
		expect(status).toBe(200);
		expect(schemas.textLinking(answer.data)).toEqual([]);
		const pairs = answer.data as Array<[string, number]>;
		expect(pairs).toHaveLength(7);
		expect(pairs[0]).toEqual(['artificial intelligence', expect.any(Number)]);
		expect(pairs.map(([, similarity]) => similarity)).toEqual(
			pairs.map(([, similarity]) => similarity).sort((a, b) => b - a),
		);
		expect(pairs.map(([word]) => word)).not.toContain('ai');
	});

	test('top_n 0 (test_linking_zero): 200 and an empty list; without top_n: 5', async () => {
		expect(await post('/text/linking', { word: 'ai', top_n: 0 })).toEqual({
			status: 200,
			answer: { code: 200, message: 'Linking results', data: [] },
		});
		expect((await post('/text/linking', { word: 'ai' })).answer.data).toHaveLength(5);
	});

	test.each([
		['word null (test_linking_no_text): the message says null', { word: null, top_n: 1 }, 'null'],
		[
			'a negative top_n (HrFlow skips its test: its backend does not handle it yet)',
			{ word: 'ai', top_n: -42 },
			'-42',
		],
		['top_n as a string', { word: 'ai', top_n: '5' }, 'top_n'],
		['the 2020 field text', { text: 'ai', top_n: 5 }, 'text'],
	])('refuses %s', async (_case, body, part) => {
		const { status, answer } = await post('/text/linking', body);
		expect(status).toBe(400);
		expect(answer.message.toLowerCase()).toContain(part);
	});
});

describe('POST /text/geocoding as the draft SDK sends it: { texts: [...] }', () => {
	test("the SDK docstring's three addresses: one location per text, in their order", async () => {
		const texts = [
			'112 avenue charles de gaulle 92200 neuilly-sur-seine',
			'New York',
			'7 rue 4 septembre Paris',
		];
		const { status, answer } = await post('/text/geocoding', { texts });
		expect(status).toBe(200);
		const data = answer.data as Array<{ text: string; lat: number; fields: { city: string } }>;
		expect(data.map((entry) => [entry.text, entry.fields.city])).toEqual([
			[texts[0], 'neuilly-sur-seine'],
			[texts[1], 'new york'],
			[texts[2], 'paris'],
		]);
		for (const entry of data) expect(schemas.geocoding(entry)).toEqual([]);
		expect(data[0].fields).toMatchObject({
			house_number: '112',
			road: 'avenue charles de gaulle',
			postcode: '92200',
		});
	});

	test('a place the sandbox does not know: lat and lng null, is_correct false', async () => {
		const { answer } = await post('/text/geocoding', { texts: ['Atlantis'] });
		expect(answer.data).toEqual([
			expect.objectContaining({ text: 'Atlantis', lat: null, lng: null, is_correct: false }),
		]);
		expect(schemas.geocoding((answer.data as unknown[])[0])).toEqual([]);
	});

	test.each([
		['texts null', { texts: null }, 'null'],
		['no texts', {}, 'texts is required'],
		['texts as one string', { texts: 'Paris' }, 'list of texts'],
		['an empty text', { texts: ['Paris', ' '] }, 'list of texts'],
		['the later draft single text (UNCONFIRMED)', { text: 'Paris' }, 'unknown field text'],
	])('refuses %s', async (_case, body, part) => {
		const { status, answer } = await post('/text/geocoding', body);
		expect(status).toBe(400);
		expect(answer.message).toContain(part);
	});
});

test.each(['/text/geocoding', '/text/imaging', '/text/linking'])(
	'%s: a write-only key may not read (403), as the other text tools',
	async (path) => {
		const { status } = await post(
			path,
			{ texts: ['Paris'], text: 'x', word: 'ai' },
			sample.API_KEYS.write,
		);
		expect(status).toBe(403);
	},
);

test('the schema checks catch a wrong answer', () => {
	expect(schemas.textLinking([['ai', 1.5]])).toHaveLength(1);
	expect(schemas.textImaging({ url: 'x' })).toHaveLength(1);
	expect(schemas.geocoding({ lat: 91, fields: { city: 3 } })).toHaveLength(2);
});
