// Pages HrFlow answers short or empty while meta.maxPage says more follow (its bug with archived
// records: searching, scoring and listing page over them, then leave them out): what the paging
// tests of Get Many, Search and Score share.

import type { IDataObject } from 'n8n-workflow';

import type { HrFlowTestContext } from './hrflow';
import { queryOf } from './sample';

export function shortPages(hrflow: HrFlowTestContext) {
	return {
		/** The pages a run read from `path`, in order. */
		pagesOf: (path: string) =>
			hrflow.emulator.requests
				.filter((request) => request.path === path)
				.map((request) => queryOf(request).page),

		/** Archives, in the emulator, the records whose keys are given (as HrFlow's archive does). */
		archive(keys: unknown[]) {
			const records = [
				...Object.values(hrflow.emulator.sources).flatMap((source) => source.profiles),
				...Object.values(
					(hrflow.emulator as unknown as { boards: Record<string, { jobs: IDataObject[] }> })
						.boards,
				).flatMap((board) => board.jobs),
			];
			for (const record of records)
				if (keys.includes(record.key)) record.archived_at = '2026-11-01T00:00:00+0000';
			hrflow.emulator.requests.length = 0;
		},

		/** The keys of a run's first `count` items, before anything is archived. */
		async firstKeys(parameters: IDataObject, count: number): Promise<unknown[]> {
			const { items, error } = await hrflow.run(parameters);
			expect(error).toBeUndefined();
			return items.slice(0, count).map((item) => item.json.key);
		},
	};
}
