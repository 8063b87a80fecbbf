'use strict';
// The emulator's text tools of issue 22: geocoding, imaging (a job portrait) and linking (related
// words), as strict as HrFlow's SDK tests say (python-hrflow-api 4.3, tests/test_text.py:69-160,
// tests/utils/schemas.py:50-82) and the Power Automate connector documents (TextGeocodingPost).
// Deterministic, so tests know the answers. A generated image is a real square PNG served by the
// emulator's storage host (/files/), which records every request's headers.

const { answerReadRoute } = require('./routes');
const { createHash } = require('node:crypto');
const { deflateSync } = require('node:zlib');

const { jsonBody } = require('./indexing');

const bad = (send, message) => send(400, { code: 400, message });
const isObject = (value) => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The body's fields that are not `allowed`: HrFlow refuses an unknown field. */
function unknownFields(body, allowed) {
	const unknown = Object.keys(body).filter((name) => !allowed.includes(name));
	return unknown.length ? `Invalid parameters: unknown field ${unknown.join(', ')}` : undefined;
}

function answerTextTools(emulator, req, path, query, raw, user, send) {
	const routes = {
		'POST /v1/text/geocoding': () => geocode(jsonBody(req, raw), send),
		'POST /v1/text/imaging': () => image(emulator, jsonBody(req, raw), send),
		'POST /v1/text/linking': () => link(jsonBody(req, raw), send),
	};
	// As the other text tools: a write-only key may not read.
	return answerReadRoute(routes, req, path, user, send);
}

// ---- POST /text/geocoding -------------------------------------------------------------------

/** The address fields HrFlow answers (PA's schema, HrFlow's SDK tests/utils/schemas.py:223-244). */
const ADDRESS_FIELDS = [
	'category',
	'city',
	'city_district',
	'country',
	'country_region',
	'entrance',
	'house',
	'house_number',
	'island',
	'level',
	'near',
	'po_box',
	'postcode',
	'road',
	'staircase',
	'state',
	'state_district',
	'suburb',
	'text',
	'unit',
	'world_region',
];

// The places the sandbox knows, found by name in the text (case and accents aside).
const PLACES = [
	{
		names: ['paris'],
		lat: 48.8566,
		lng: 2.3522,
		city: 'paris',
		state: 'ile-de-france',
		country: 'france',
		world_region: 'europe',
	},
	{
		names: ['lyon'],
		lat: 45.764,
		lng: 4.8357,
		city: 'lyon',
		state: 'auvergne-rhone-alpes',
		country: 'france',
		world_region: 'europe',
	},
	{
		names: ['neuilly-sur-seine', 'neuilly'],
		lat: 48.8846,
		lng: 2.2697,
		city: 'neuilly-sur-seine',
		state: 'ile-de-france',
		country: 'france',
		world_region: 'europe',
	},
	{
		names: ['london'],
		lat: 51.5072,
		lng: -0.1276,
		city: 'london',
		state: 'england',
		country: 'united kingdom',
		world_region: 'europe',
	},
	{
		names: ['new york'],
		lat: 40.7128,
		lng: -74.006,
		city: 'new york',
		state: 'new york',
		country: 'usa',
		world_region: 'north america',
	},
	{
		names: ['tokyo'],
		lat: 35.6762,
		lng: 139.6503,
		city: 'tokyo',
		state: 'tokyo',
		country: 'japan',
		world_region: 'asia',
	},
];

const plain = (text) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();

/** One text geocoded: { text, lat, lng, gmaps, is_correct, fields }; lat and lng null when unknown. */
function geocodeOne(text) {
	const words = plain(text);
	const place = PLACES.find((candidate) => candidate.names.some((name) => words.includes(name)));
	const fields = Object.fromEntries(ADDRESS_FIELDS.map((name) => [name, null]));
	fields.text = text;
	if (!place) return { text, lat: null, lng: null, gmaps: null, is_correct: false, fields };
	const street =
		/^\s*(\d+[a-z]?)\s*,?\s+((?:rue|avenue|boulevard|place|street|road)\b[^,\d]*?)\s*(?:,|\d{4,5}|$)/i.exec(
			text,
		);
	const postcode = /\b(\d{5})\b/.exec(text);
	Object.assign(fields, {
		city: place.city,
		state: place.state,
		country: place.country,
		world_region: place.world_region,
		...(street ? { house_number: street[1], road: street[2].trim().toLowerCase() } : {}),
		...(postcode ? { postcode: postcode[1] } : {}),
	});
	return {
		text,
		lat: place.lat,
		lng: place.lng,
		gmaps: `https://www.google.com/maps/search/?api=1&query=${place.lat},${place.lng}`,
		is_correct: true,
		fields,
	};
}

/**
 * POST /text/geocoding: `texts`, a list of texts, required (PA TextGeocodingPost, HrFlow's draft
 * SDK feat/add-new-endpoints); `data` has one entry per text, in their order.
 */
function geocode(body, send) {
	if (!isObject(body)) return bad(send, 'Invalid parameters: the body must be a JSON object');
	const unknown = unknownFields(body, ['texts']);
	if (unknown) return bad(send, unknown);
	if (body.texts === undefined || body.texts === null)
		return bad(send, 'Invalid parameters: texts is required, not null');
	if (
		!Array.isArray(body.texts) ||
		body.texts.length === 0 ||
		!body.texts.every((text) => typeof text === 'string' && text.trim() !== '')
	)
		return bad(send, 'Invalid parameters: texts must be a non-empty list of texts, none empty');
	return send(200, {
		code: 200,
		message: 'Geocoding Text finished in 0.01 seconds.',
		data: body.texts.map(geocodeOne),
	});
}

// ---- POST /text/imaging ---------------------------------------------------------------------

/** The widths HrFlow's SDK tests generate (256, 512) and PA's enum; 111 is refused (test_text.py:102-109). */
const WIDTHS = [256, 512];

function crc32(bytes) {
	let crc = 0xffffffff;
	for (const byte of bytes) {
		crc ^= byte;
		for (let bit = 0; bit < 8; bit++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
	}
	return (crc ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
	const length = Buffer.alloc(4);
	length.writeUInt32BE(data.length);
	const typed = Buffer.concat([Buffer.from(type, 'ascii'), data]);
	const crc = Buffer.alloc(4);
	crc.writeUInt32BE(crc32(typed));
	return Buffer.concat([length, typed, crc]);
}

/**
 * A valid square PNG, `width` × `width` pixels, 8-bit RGB: two colours from `seed`, a diagonal
 * split, so that the picture is not blank. HrFlow's test reads the size at bytes 16-24.
 */
function squarePng(width, seed) {
	const [r1, g1, b1, r2, g2, b2] = seed;
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(width, 4);
	header[8] = 8; // bit depth
	header[9] = 2; // colour type: RGB
	const rows = Buffer.alloc(width * (1 + 3 * width));
	for (let y = 0; y < width; y++) {
		const row = y * (1 + 3 * width); // filter byte 0: none
		for (let x = 0; x < width; x++) {
			const [r, g, b] = x > y ? [r1, g1, b1] : [r2, g2, b2];
			rows.set([r, g, b], row + 1 + 3 * x);
		}
	}
	return Buffer.concat([
		Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
		chunk('IHDR', header),
		chunk('IDAT', deflateSync(rows)),
		chunk('IEND', Buffer.alloc(0)),
	]);
}

/**
 * POST /text/imaging: `{ text, width }` as HrFlow's SDK sends it (hrflow/text/imaging.py:29): text
 * required, not null; width an integer, 256 or 512 (256 when left out: the SDK's and PA's
 * default). The image is put on the storage host; `data.image_url` links to it.
 */
function image(emulator, body, send) {
	if (!isObject(body)) return bad(send, 'Invalid parameters: the body must be a JSON object');
	const unknown = unknownFields(body, ['text', 'width']);
	if (unknown) return bad(send, unknown);
	if (body.text === undefined || body.text === null)
		return bad(send, 'Invalid parameters: text is required, not null');
	if (typeof body.text !== 'string' || body.text.trim() === '')
		return bad(send, 'Invalid parameters: text must be a non-empty text');
	const width = body.width ?? 256;
	// The SDK sends an int: a width in a string is refused, as any other type.
	if (typeof width !== 'number')
		return bad(send, `Invalid parameters: width must be an integer, not ${JSON.stringify(width)}`);
	if (!WIDTHS.includes(width))
		return bad(
			send,
			`Invalid parameters: width ${width} is not supported, use one of ${WIDTHS.join(', ')}`,
		);
	const digest = createHash('sha1').update(`${width} ${body.text}`).digest();
	const name = `imaging/${digest.toString('hex')}.png`;
	emulator.files[name] = { contentType: 'image/png', body: squarePng(width, digest) };
	return send(200, {
		code: 200,
		message: 'Image generation ended successfully.',
		data: { image_url: `${emulator.storageUrl}/files/${name}` },
	});
}

// ---- POST /text/linking ---------------------------------------------------------------------

// The words the sandbox knows, each with the words it is near (its family first).
const FAMILIES = [
	[
		'ai',
		'artificial intelligence',
		'machine learning',
		'deep learning',
		'neural networks',
		'nlp',
		'computer vision',
		'data science',
		'llm',
		'generative ai',
	],
	[
		'python',
		'django',
		'flask',
		'pandas',
		'numpy',
		'scikit-learn',
		'pytorch',
		'fastapi',
		'jupyter',
		'programming',
	],
	[
		'sql',
		'postgresql',
		'mysql',
		'databases',
		'data modeling',
		'etl',
		'data warehouse',
		'bigquery',
		'snowflake',
		'dbt',
	],
	[
		'design',
		'figma',
		'ux',
		'ui',
		'prototyping',
		'wireframes',
		'user research',
		'sketch',
		'typography',
		'illustration',
	],
	[
		'sales',
		'business development',
		'account management',
		'negotiation',
		'crm',
		'prospecting',
		'lead generation',
		'customer success',
		'salesforce',
		'cold calling',
	],
	[
		'recruiting',
		'talent acquisition',
		'sourcing',
		'interviewing',
		'onboarding',
		'hr',
		'ats',
		'employer branding',
		'headhunting',
		'staffing',
	],
];
const VOCABULARY = [...new Set(FAMILIES.flat())];

/** How near two words are, in [0, 1]: same family near 1, others by a stable hash below 0.5. */
function similarity(word, other) {
	const family = FAMILIES.find((members) => members.includes(word));
	const position = family?.indexOf(other) ?? -1;
	if (position >= 0) return Math.round((0.95 - position * 0.03) * 1e4) / 1e4;
	const hash = createHash('sha1').update(`${word}|${other}`).digest();
	return Math.round((hash.readUInt16BE(0) / 0xffff) * 0.45 * 1e4) / 1e4;
}

/**
 * POST /text/linking: `{ word, top_n }` as HrFlow's SDK sends it (hrflow/text/linking.py:25):
 * word required, not null; top_n an integer of at least 0 (5 when left out). `data` is exactly
 * top_n [word, similarity] pairs, nearest first (HrFlow's tests ask for 7 and for 0); top_n past
 * the sandbox's vocabulary gives all of it. A negative top_n, which HrFlow's backend does not yet
 * handle (its test is skipped), is refused here.
 */
function link(body, send) {
	if (!isObject(body)) return bad(send, 'Invalid parameters: the body must be a JSON object');
	const unknown = unknownFields(body, ['word', 'top_n']);
	if (unknown) return bad(send, unknown);
	if (body.word === undefined || body.word === null)
		return bad(send, 'Invalid parameters: word is required, not null');
	if (typeof body.word !== 'string' || body.word.trim() === '')
		return bad(send, 'Invalid parameters: word must be a non-empty text');
	const topN = body.top_n ?? 5;
	if (!Number.isInteger(topN) || topN < 0)
		return bad(
			send,
			`Invalid parameters: top_n must be an integer of at least 0, not ${JSON.stringify(topN)}`,
		);
	const word = body.word.trim().toLowerCase();
	const related = VOCABULARY.filter((other) => other !== word)
		.map((other) => [other, similarity(word, other)])
		.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
		.slice(0, topN);
	return send(200, { code: 200, message: 'Linking results', data: related });
}

module.exports = { answerTextTools, squarePng, VOCABULARY };
