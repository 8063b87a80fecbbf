// Text › Embed (version 2) through n8n's engine: the vector HrFlow computes for a text.

import type { IDataObject } from 'n8n-workflow';

import { useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const text = (operation: string, extra: IDataObject = {}) => ({
	resource: 'text',
	operation,
	...extra,
});

test('Embed: the vector of 2,048 numbers on the item', async () => {
	const { items } = await hrflow.run(text('embed', { text: 'Senior data engineer' }));
	const embedding = items[0].json.embedding as number[];
	expect(embedding).toHaveLength(2048);
	expect(embedding.every((value) => typeof value === 'number')).toBe(true);
});
