// The HrFlow Trigger never drops a record: backlogs larger than one poll's budget (n8n's
// getPollBudgetMs, with a slowed listing), short pages (HrFlow pages over archived records and
// leaves them out), Profile Updated catching up over several polls while records keep changing,
// n8n's durable poll cursors, and static data written by the previous version. Polls run through
// n8n-core's PollTriggerExecutor and PollContext (test/harness/engine.ts, tick()).

import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const S = sample.SOURCE_KEY;
const profiles = () => hrflow.emulator.sources[S].profiles as IDataObject[];
/** HrFlow's date format, `seconds` after `base`. */
const at = (base: string, seconds: number) =>
	new Date(Date.parse(base) + seconds * 1000).toISOString().replace(/\.\d{3}Z$/, '+0000');
// A listing answer takes 30 ms; a poll may spend 100 ms: three pages a poll.
const SLOW = 30;
const BUDGET = 100;

/** Adds `count` profiles, the i-th created (and updated) at `time(i)`; returns their references. */
function arrive(count: number, time: (i: number) => string, prefix = 'NEW') {
	return Array.from({ length: count }, (_, i) => {
		const reference = `${prefix}-${i}`;
		profiles().push(
			hrflow.emulator.storedProfile({
				key: sample.hrflowKey(reference),
				reference,
				info: { full_name: reference },
				created_at: time(i),
				updated_at: time(i),
			}),
		);
		return reference;
	});
}

/** A change HrFlow would make: the profile's phone and updated_at. */
function update(reference: string, updatedAt: string, phone: string) {
	const profile = profiles().find((candidate) => candidate.reference === reference)!;
	profile.updated_at = updatedAt;
	profile.phone = phone;
	const hrjson = profile.hrjson as IDataObject | undefined;
	if (hrjson) hrjson.info = { ...(hrjson.info as IDataObject), phone };
}

const archive = (reference: string) =>
	(profiles().find((candidate) => candidate.reference === reference)!.archived_at =
		'2026-12-01T00:00:00+0000');
const listings = () =>
	hrflow.emulator.requests.filter((request) => request.path.startsWith('/v1/storing/'));
type Items = INodeExecutionData[][] | null;
const jsonOf = (output: Items) => (output?.[0] ?? []).map((item) => item.json);

/** Scheduled polls until `expected` records were emitted (and one more poll, which emits nothing). */
async function drain(poll: () => Promise<Items>, expected: number) {
	const polls: IDataObject[][] = [];
	for (let n = 0; polls.flat().length < expected && n < 100; n++) polls.push(jsonOf(await poll()));
	polls.push(jsonOf(await poll()));
	return polls;
}

const timesAscending = (records: IDataObject[], field: string) =>
	records.every(
		(record, i) =>
			i === 0 || Date.parse(String(record[field])) >= Date.parse(String(records[i - 1][field])),
	);

describe('New Profile', () => {
	test("a backlog of 1,050 profiles, a slow listing and a budget of three pages a poll: all emitted once, oldest first, across polls; listed oldest first from the cursor's day", async () => {
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
			budgetMs: BUDGET,
		});
		expect(await trigger.tick('activation')).toBeNull();
		hrflow.emulator.quirks.listingDelayMs = SLOW;
		// Seven profiles a second: ties cross page boundaries.
		const arrived = arrive(1050, (i) => at('2026-11-23T10:00:00Z', Math.floor(i / 7)));
		hrflow.emulator.requests.length = 0;
		const polls = await drain(() => trigger.tick('scheduled'), 1050);
		expect(polls.length).toBeGreaterThan(4);
		expect(polls.flat().map((record) => record.reference)).toEqual(arrived);
		expect(polls.at(-1)).toEqual([]);
		for (const request of listings()) {
			expect(request.query).toMatchObject({
				sort_by: ['created_at'],
				order_by: ['asc'],
				return_profile: ['true'],
				limit: ['100'],
			});
			expect(request.query.created_at_min?.[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
		}
		// From the cursor's day (the activation cursor: the sample profiles' day).
		expect(listings()[0].query.created_at_min).toEqual(['2024-03-11']);
	});

	test("n8n's scheduler with cursors in static data (saved only by a poll that emits): a second backlog after a first one larger than a poll is emitted too", async () => {
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
			budgetMs: BUDGET,
			savesOnlyWithItems: true,
		});
		await trigger.tick('activation');
		hrflow.emulator.quirks.listingDelayMs = SLOW;
		const first = arrive(650, (i) => at('2026-11-23T10:00:00Z', Math.floor(i / 7)));
		expect(
			(await drain(() => trigger.tick('scheduled'), 650)).flat().map((record) => record.reference),
		).toEqual(first);
		const second = arrive(300, (i) => at('2026-11-23T11:00:00Z', i), 'SECOND');
		expect(
			(await drain(() => trigger.tick('scheduled'), 300)).flat().map((record) => record.reference),
		).toEqual(second);
	});

	test('short pages (archived profiles listed as gaps, a whole page of them): every profile not archived is emitted once', async () => {
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
			budgetMs: BUDGET,
		});
		await trigger.tick('activation');
		hrflow.emulator.quirks.listingDelayMs = SLOW;
		const arrived = arrive(450, (i) => at('2026-11-23T11:00:00Z', i));
		// Every third one, and the whole third page.
		const archived = arrived.filter((_, i) => i % 3 === 1 || (i >= 200 && i < 300));
		archived.forEach(archive);
		const expected = arrived.filter((reference) => !archived.includes(reference));
		const polls = await drain(() => trigger.tick('scheduled'), expected.length);
		expect(polls.flat().map((record) => record.reference)).toEqual(expected);
		// HrFlow's answers were short indeed, and the trigger kept paging to meta.maxPage.
		expect(listings().some((request) => request.query.page?.[0] === '5')).toBe(true);
	});

	test("at activation the cursor is HrFlow's newest profile, not the clock: a profile indexed later with an earlier created_at than now, but later than that profile's, is emitted", async () => {
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
			budgetMs: BUDGET,
		});
		await trigger.tick('activation');
		const [late] = arrive(1, () => '2025-01-01T00:00:00+0000', 'LATE');
		expect(jsonOf(await trigger.tick('scheduled')).map((record) => record.reference)).toEqual([
			late,
		]);
	});

	test.each([
		['default', false],
		['durable cursors', true],
	])(
		"n8n's %s mode: profiles that arrive between the activation poll and the first scheduled poll are emitted",
		async (_mode, durable) => {
			const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
				durable,
			});
			expect(await trigger.tick('activation')).toBeNull();
			if (durable)
				expect(trigger.committedCursor()).toMatchObject({
					cursor: { time: Date.parse('2024-03-11T09:58:32Z') },
				});
			const arrived = arrive(2, (i) => at('2026-11-23T12:00:00Z', i));
			expect(jsonOf(await trigger.tick('scheduled')).map((record) => record.reference)).toEqual(
				arrived,
			);
			expect(await trigger.tick('scheduled')).toBeNull();
			const more = arrive(1, () => '2026-11-23T12:05:00+0000', 'MORE');
			expect(jsonOf(await trigger.tick('scheduled')).map((record) => record.reference)).toEqual(
				more,
			);
		},
	);

	test('static data from the previous version ({ cursor: { time, keys } }) keeps working: what came after it is emitted, nothing before', async () => {
		const newest = profiles().map((profile) => String(profile.key));
		const staticData = {
			'node:HrFlow Trigger': { cursor: { time: Date.parse('2024-03-11T09:58:32Z'), keys: newest } },
		};
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S] }, 'hrflow', {
			staticData,
		});
		const arrived = arrive(3, (i) => at('2026-11-23T13:00:00Z', i));
		expect(jsonOf(await trigger.tick('scheduled')).map((record) => record.reference)).toEqual(
			arrived,
		);
		expect(await trigger.tick('scheduled')).toBeNull();
	});
});

describe('Profile Updated', () => {
	test('450 changes, three pages a poll: a catch-up over several polls emits each change once (oldest first in each poll), with profiles changing during the catch-up', async () => {
		const arrived = arrive(500, (i) => at('2026-01-01T00:00:00Z', i), 'OLD');
		const trigger = hrflow.engine.poller({ event: 'profileUpdated', sources: [S] }, 'hrflow', {
			budgetMs: BUDGET,
		});
		await trigger.tick('activation');
		hrflow.emulator.quirks.listingDelayMs = SLOW;
		arrived
			.slice(0, 450)
			.forEach((reference, i) => update(reference, at('2026-06-01T00:00:00Z', i), 'v1'));
		hrflow.emulator.requests.length = 0;
		const first = jsonOf(await trigger.tick('scheduled'));
		// Cut off by the budget: the newest changes, oldest first.
		expect(first.length).toBeGreaterThan(0);
		expect(first.length).toBeLessThan(450);
		expect(timesAscending(first, 'updated_at')).toBe(true);
		// During the catch-up: one not reached yet and one already emitted change again.
		update('OLD-10', '2026-07-01T00:00:00+0000', 'v2');
		update('OLD-440', '2026-07-02T00:00:00+0000', 'v2');
		const polls = [first, ...(await drain(() => trigger.tick('scheduled'), 451 - first.length))];
		for (const poll of polls) expect(timesAscending(poll, 'updated_at')).toBe(true);
		const emitted = polls
			.flat()
			.map((record) => `${record.reference} ${(record.info as IDataObject).phone}`);
		const expected = [
			...arrived
				.slice(0, 450)
				.filter((reference) => reference !== 'OLD-10')
				.map((reference) => `${reference} v1`),
			'OLD-10 v2',
			'OLD-440 v2',
		];
		expect(emitted.sort()).toEqual(expected.sort());
		expect(polls.at(-1)).toEqual([]);
		for (const request of listings())
			expect(request.query).toMatchObject({
				sort_by: ['updated_at'],
				return_profile: ['true'],
				limit: ['100'],
			});
	});

	test('short pages: profiles archived among the changed ones do not end the listing early', async () => {
		const arrived = arrive(300, (i) => at('2026-01-01T00:00:00Z', i), 'OLD');
		const trigger = hrflow.engine.poller({ event: 'profileUpdated', sources: [S] });
		await trigger.tick('activation');
		arrived
			.slice(0, 250)
			.forEach((reference, i) => update(reference, at('2026-06-01T00:00:00Z', i), 'v1'));
		// The newest page is missing 30 profiles.
		const archived = arrived.slice(200, 230);
		archived.forEach(archive);
		const polls = await drain(() => trigger.tick('scheduled'), 220);
		expect(polls.flat().map((record) => record.reference)).toEqual(
			arrived.slice(0, 250).filter((reference) => !archived.includes(reference)),
		);
	});

	test('durable cursors: changes between the activation poll and the first scheduled poll are emitted', async () => {
		const trigger = hrflow.engine.poller({ event: 'profileUpdated', sources: [S] }, 'hrflow', {
			durable: true,
		});
		await trigger.tick('activation');
		update(String(profiles()[0].reference), '2026-11-23T14:00:00+0000', '+33 9');
		expect(
			jsonOf(await trigger.tick('scheduled')).map((record) => (record.info as IDataObject).phone),
		).toEqual(['+33 9']);
	});
});

test('New Job: short pages (archived jobs) and a budget of three pages a poll: every job not archived is emitted once, oldest first', async () => {
	const board = hrflow.emulator.boards[sample.BOARD_KEY];
	const trigger = hrflow.engine.poller(
		{ event: 'jobCreated', boards: [sample.BOARD_KEY] },
		'hrflow',
		{ budgetMs: BUDGET },
	);
	await trigger.tick('activation');
	hrflow.emulator.quirks.listingDelayMs = SLOW;
	const jobs: IDataObject[] = Array.from({ length: 420 }, (_, i) => ({
		id: 1000 + i,
		key: sample.hrflowKey(`job ${i}`),
		reference: `JOB-${i}`,
		name: `Job ${i}`,
		created_at: at('2026-11-23T09:00:00Z', Math.floor(i / 3)),
		updated_at: at('2026-11-23T09:00:00Z', Math.floor(i / 3)),
	}));
	board.jobs.push(...jobs);
	for (const job of jobs.filter((_, i) => i % 4 === 0))
		job.archived_at = '2026-12-01T00:00:00+0000';
	const expected = jobs.filter((_, i) => i % 4 !== 0).map((job) => job.reference);
	const polls = await drain(() => trigger.tick('scheduled'), expected.length);
	expect(polls.flat().map((record) => record.reference)).toEqual(expected);
	expect(
		listings().every(
			(request) => request.path === '/v1/storing/jobs' && request.query.return_job?.[0] === 'true',
		),
	).toBe(true);
});

test("a profile indexed today with last year's created_at: behind New Profile's cursor (as its event description says), seen by Profile Updated (HrFlow sets updated_at)", async () => {
	arrive(1, () => '2026-11-01T00:00:00+0000', 'RECENT');
	const newProfiles = hrflow.engine.poller({ event: 'profileCreated', sources: [S] });
	const updatedProfiles = hrflow.engine.poller({ event: 'profileUpdated', sources: [S] });
	await newProfiles.tick('activation');
	await updatedProfiles.tick('activation');
	const headers = {
		'X-API-KEY': sample.API_KEYS.readWrite,
		'X-USER-EMAIL': sample.USER_EMAIL,
		'Content-Type': 'application/json',
	};
	const indexed = await fetch(`${hrflow.emulator.url}/profile/indexing`, {
		method: 'POST',
		headers,
		body: JSON.stringify({
			source_key: S,
			reference: 'IMPORTED',
			info: { full_name: 'Imported' },
			created_at: '2025-11-01T00:00:00+0000',
		}),
	});
	expect(indexed.status).toBe(201);
	expect(await newProfiles.tick('scheduled')).toBeNull();
	expect(jsonOf(await updatedProfiles.tick('scheduled')).map((record) => record.reference)).toEqual(
		['IMPORTED'],
	);
});
