// Get, and Get Metadatas on today's HrFlow API (no /profile/metadatas), in a real n8n.

import { jane, kenji, outputOf, sample, useRealN8n } from './real-n8n';
import { hrflowWorkflow } from './workflows';

const byReference = (operation: string, extra: Record<string, unknown> = {}) => ({
	name: 'HrFlow',
	parameters: { operation, sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '={{ $json.reference }}', ...extra },
});
const profiles = [jane, kenji].map(({ reference }) => ({ reference }));

const real = useRealN8n(() => [
	hrflowWorkflow('e2eGetSimple001', profiles, [byReference('get', { simplify: true })]),
	hrflowWorkflow('e2eMetaToday001', profiles, [byReference('getMetadatas')]),
	hrflowWorkflow('e2eGetManyAll01', [{}], [
		{ name: 'HrFlow', parameters: { operation: 'getMany', sourceKeys: sample.MANY_SOURCE_KEY, returnAll: true } },
	]),
]);

test('Get (Simplify): one profile per input item, linked', async () => {
	const execution = await real.execute('e2eGetSimple001');
	expect(execution.result.error).toBeUndefined();
	expect(outputOf(execution, 'HrFlow').map((item) => [item.json.name, item.json.skills, item.pairedItem])).toEqual([
		['Jane Doe', ['Python', 'Kafka', 'SQL'], { item: 0 }],
		['Kenji Sato', ['Figma', 'User research'], { item: 1 }],
	]);
	expect(real.emulator.requests.map((request) => request.path)).toEqual(['/v1/profile/indexing', '/v1/profile/indexing']);
});

test('Get Metadatas where /profile/metadatas answers 404: the profile\'s metadatas, same items', async () => {
	const execution = await real.execute('e2eMetaToday001', (emulator) => {
		emulator.metadatasGone = true;
	});
	expect(execution.result.error).toBeUndefined();
	expect(outputOf(execution, 'HrFlow').map(({ json, pairedItem }) => ({ json, pairedItem }))).toEqual([
		...jane.metadatas.map((json) => ({ json, pairedItem: { item: 0 } })),
		...kenji.metadatas.map((json) => ({ json, pairedItem: { item: 1 } })),
	]);
	expect(real.emulator.requests.filter((request) => request.path === '/v1/profile/indexing')).toHaveLength(2);
});

test('Get Many with Return All: every page, one item per profile', async () => {
	const execution = await real.execute('e2eGetManyAll01');
	expect(execution.result.error).toBeUndefined();
	const items = outputOf(execution, 'HrFlow');
	expect(items).toHaveLength(sample.MANY_PROFILES);
	expect(new Set(items.map((item) => item.json.reference)).size).toBe(sample.MANY_PROFILES);
	expect(real.emulator.requests.map((request) => request.query.page[0])).toEqual(['1', '2', '3']);
});
