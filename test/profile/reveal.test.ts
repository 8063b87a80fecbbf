// Profile › Reveal Skills (version 2) through n8n's engine: GET /profile/revealing by key,
// reference or email (`profile_email`, as HrFlow's Python SDK 4.3 sends it), HrFlow's answer as
// one item (a list under `skills`, an object as it is), HrFlow's errors kept.

import type { IDataObject, INode } from 'n8n-workflow';

import { jane, kenji, queryOf, sample, useHrFlow } from '../harness/hrflow';
import { source } from '../harness/writes';

const hrflow = useHrFlow();
const reveal = (parameters: IDataObject, input: IDataObject[] = [{}], settings?: Partial<INode>) =>
	hrflow.run({ operation: 'reveal', source, ...parameters }, input, settings);
const queries = () =>
	hrflow.emulator.requests.map((request): [string, Record<string, string>] => [
		request.path,
		queryOf(request),
	]);

test.each([
	['key', { profileKey: jane.key }, { key: jane.key }],
	['reference', { profileReference: jane.reference }, { reference: jane.reference }],
	['email', { profileEmail: jane.email }, { profile_email: jane.email }],
])(
	"by %s: one GET /profile/revealing, HrFlow's list of [skill, score] as one item under `skills`",
	async (identifierType, field, query) => {
		const { items, error } = await reveal({ identifierType, ...field });
		expect(error).toBeUndefined();
		expect(queries()).toEqual([
			['/v1/profile/revealing', { source_key: sample.SOURCE_KEY, ...query }],
		]);
		expect(items).toHaveLength(1);
		expect(items[0].pairedItem).toEqual({ item: 0 });
		const skills = items[0].json.skills as Array<[string, number]>;
		expect(skills.map(([name]) => name).sort()).toEqual(
			['Airflow', 'Communication', 'Flink', 'Pandas', 'PostgreSQL', 'Spark', 'dbt'].sort(),
		);
		expect(skills.every(([, score]) => score > 0 && score <= 1)).toBe(true);
	},
);

test('several items from an expression, each linked to its input', async () => {
	const { items, error } = await reveal(
		{ identifierType: 'reference', profileReference: '={{ $json.ref }}' },
		[{ ref: kenji.reference }, { ref: jane.reference }],
	);
	expect(error).toBeUndefined();
	expect(queries().map(([, query]) => query.reference)).toEqual([kenji.reference, jane.reference]);
	expect(items.map((item) => item.pairedItem)).toEqual([{ item: 0 }, { item: 1 }]);
	expect((items[0].json.skills as Array<[string]>).map(([name]) => name)).toContain('Sketch');
});

test('an object answer is the item as it is', async () => {
	const data = { skills: [{ name: 'Spark', score: 0.9 }], key: jane.key };
	hrflow.emulator.failNext('/v1/profile/revealing', 200, { code: 200, message: 'ok', data });
	const { items } = await reveal({ identifierType: 'key', profileKey: jane.key });
	expect(items).toEqual([{ json: data, pairedItem: { item: 0 } }]);
});

test('a key of the wrong shape fails naming the field, before any request', async () => {
	const { error } = await reveal({ identifierType: 'key', profileKey: '={{ 42 }}' });
	expect(error?.message).toMatch(/^Profile Key/);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("an unknown source: HrFlow's 400 with the source hint, on the error output", async () => {
	const { items, errorItems, error } = await reveal(
		{
			source: { __rl: true, mode: 'id', value: sample.hrflowKey('no such source') },
			identifierType: 'key',
			profileKey: jane.key,
		},
		[{ id: 1 }],
		{ onError: 'continueErrorOutput' },
	);
	expect(error).toBeUndefined();
	expect(items).toEqual([]);
	expect(errorItems).toEqual([
		{
			json: {
				id: 1,
				error: 'HrFlow error 400: Invalid source fields',
				details: { description: expect.stringMatching(/^No source matches/), httpCode: '400' },
			},
			pairedItem: { item: 0 },
		},
	]);
});
