// Profile › Get Embedding (version 2) through n8n's engine: GET /profile/embedding by key,
// reference or email (`profile_email`, as HrFlow's Python SDK 4.3 sends it), HrFlow's answer as
// one item (a text or a list under `embedding`, a one-object list as that object, an object as it
// is), HrFlow's errors kept.

import type { IDataObject, INode } from 'n8n-workflow';

import { BAD_KEY, elodie, jane, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { source } from '../harness/writes';

const hrflow = useHrFlow();
const getEmbedding = (
	parameters: IDataObject,
	input: IDataObject[] = [{}],
	settings?: Partial<INode>,
	credential?: string,
) => hrflow.run({ operation: 'getEmbedding', source, ...parameters }, input, settings, credential);
const queries = () =>
	hrflow.emulator.requests.map((request): [string, Record<string, string>] => [
		request.path,
		queryOf(request),
	]);

/** The floats of the sandbox's answer: base64 of big-endian float32 (HrFlow's document embedding). */
const floats = (base64: string) => {
	const bytes = Buffer.from(base64, 'base64');
	return Array.from({ length: bytes.length / 4 }, (_, i) => bytes.readFloatBE(i * 4));
};

test.each([
	['key', { profileKey: jane.key }, { key: jane.key }],
	['reference', { profileReference: jane.reference }, { reference: jane.reference }],
	['email', { profileEmail: jane.email }, { profile_email: jane.email }],
])(
	"by %s: one GET /profile/embedding, HrFlow's base64 vector as one item under `embedding`",
	async (identifierType, field, query) => {
		const { items, error } = await getEmbedding({ identifierType, ...field });
		expect(error).toBeUndefined();
		expect(queries()).toEqual([
			['/v1/profile/embedding', { source_key: sample.SOURCE_KEY, ...query }],
		]);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		expect(Object.keys(items[0].json)).toEqual(['embedding']);
		const vector = floats(items[0].json.embedding as string);
		expect(vector).toHaveLength(1024);
		expect(vector.every(Number.isFinite)).toBe(true);
	},
);

test('two profiles, two vectors, each linked to its input; a reference with / & + and spaces travels intact', async () => {
	const { items, error } = await getEmbedding(
		{ identifierType: 'reference', profileReference: '={{ $json.ref }}' },
		[{ ref: elodie.reference }, { ref: jane.reference }],
	);
	expect(error).toBeUndefined();
	expect(queries().map(([, query]) => query.reference)).toEqual([elodie.reference, jane.reference]);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	expect(items[0].json.embedding).not.toEqual(items[1].json.embedding);
});

test.each([
	[
		'a list of one object (the shape of /text/embedding) is that object',
		[{ embedding: [0.1, 0.2] }],
		{ embedding: [0.1, 0.2] },
	],
	['a list of numbers goes under `embedding`', [0.1, 0.2], { embedding: [0.1, 0.2] }],
	['an object is the item', { vector: [0.3], model: 'x' }, { vector: [0.3], model: 'x' }],
])("HrFlow's answer as it comes: %s", async (_case, data, json) => {
	hrflow.emulator.failNext('/v1/profile/embedding', 200, { code: 200, message: 'ok', data });
	const { items } = await getEmbedding({ identifierType: 'key', profileKey: jane.key });
	expect(items).toEqual([{ json, pairedItem: { item: 0 } }]);
});

test('an empty email from an expression fails naming the field, before any request', async () => {
	const { error } = await getEmbedding({ identifierType: 'email', profileEmail: '={{ null }}' });
	expect(error?.message).toBe('Profile Email is empty');
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test('a refused credential: the key redacted, the item on the regular output', async () => {
	const { items, error } = await getEmbedding(
		{ identifierType: 'key', profileKey: jane.key },
		[{}],
		{ onError: 'continueRegularOutput' },
		'badKey',
	);
	expect(error).toBeUndefined();
	expect(JSON.stringify(items)).not.toContain(BAD_KEY);
	expect(items).toEqual([
		{
			json: expect.objectContaining({ httpCode: '401' }),
			pairedItem: { item: 0 },
		},
	]);
});
