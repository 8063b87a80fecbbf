// Job › Search (version 2) through n8n's engine against the emulator: the filters a job search
// offers, Simplify, and pages HrFlow answers empty while meta.maxPage says more follow.

import { NodeHelpers } from 'n8n-workflow';
import type { INode, INodeProperties } from 'n8n-workflow';

import { queryOf, sample, useHrFlow } from '../harness/hrflow';
import { shortPages } from '../harness/pages';

const hrflow = useHrFlow();
const requests = (path: string) =>
	hrflow.emulator.requests.filter((request) => request.path === path);
const { archive, firstKeys, pagesOf } = shortPages(hrflow);
const searchJobs = {
	resource: 'job',
	operation: 'search',
	boards: [sample.ENGINEERING_BOARD_KEY],
	limit: 2,
};

test('Job › Search offers no Email or Stage (profile filters); a saved workflow that still holds them does not send them; the dates go out as full ISO instants', async () => {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { HrFlow } =
		require('../../nodes/HrFlow/HrFlow.node') as typeof import('../../nodes/HrFlow/HrFlow.node');
	// What the editor offers: the Options shown for (resource, search), and their entries shown there.
	const description = new HrFlow().nodeVersions[2].description;
	const optionsOf = (resource: string) => {
		const root = { resource, operation: 'search' };
		const node = { typeVersion: 2, parameters: root } as unknown as INode;
		return description.properties
			.filter(
				(property) =>
					property.name === 'options' &&
					NodeHelpers.displayParameter(root, property, node, description),
			)
			.flatMap((property) =>
				(property.options as INodeProperties[]).filter((option) =>
					NodeHelpers.displayParameter({}, option, node, description, root),
				),
			)
			.map((option) => option.name);
	};
	expect(optionsOf('job')).toEqual([
		'createdAfter',
		'createdBefore',
		'dateRanges',
		'keywords',
		'languages',
		'location',
		'name',
		'numberRanges',
		'skills',
		'summaryKeywords',
		'tagsExcluded',
		'tagsIncluded',
	]);
	expect(optionsOf('profile')).toEqual(expect.arrayContaining(['email', 'stage']));
	const { items, error } = await hrflow.run({
		resource: 'job',
		operation: 'search',
		boards: [sample.ENGINEERING_BOARD_KEY],
		limit: 10,
		options: {
			email: 'jane.doe@example.com',
			stage: 'yes',
			createdAfter: '2026-10-01T10:30:00+02:00',
			createdBefore: '2026-10-03T09:00:00.250Z',
		},
	});
	expect(error).toBeUndefined();
	expect(queryOf(requests('/v1/jobs/searching')[0])).toEqual({
		board_keys: JSON.stringify([sample.ENGINEERING_BOARD_KEY]),
		created_at_min: '2026-10-01T08:30:00.000Z',
		created_at_max: '2026-10-03T09:00:00.250Z',
		page: '1',
		limit: '10',
	});
	expect(items.map((item) => item.json.reference).sort()).toEqual(['ENG-1', 'ENG-2', 'ENG-3']);
});

test('Job › Search with Simplify', async () => {
	const { items } = await hrflow.run({
		resource: 'job',
		operation: 'search',
		boards: [sample.ENGINEERING_BOARD_KEY],
		simplify: true,
		limit: 10,
		options: { keywords: '={{ ["sql"] }}' },
	});
	expect(items.map((item) => item.json.name).sort()).toEqual(['Backend Engineer', 'Data Engineer']);
});

describe('an empty page is not the end while meta.maxPage says more pages follow', () => {
	test('Job › Search: the first two found archived: page 2 is still read', async () => {
		const all = await firstKeys({ ...searchJobs, limit: 3 }, 3);
		archive(all.slice(0, 2));
		const { items, error } = await hrflow.run(searchJobs);
		expect(error).toBeUndefined();
		expect(pagesOf('/v1/jobs/searching')).toEqual(['1', '2']);
		expect(items.map((item) => item.json.key)).toEqual(all.slice(2));
	});
});
