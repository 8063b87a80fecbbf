// The HrFlow Trigger's poll() through n8n-core's PollContext, with the workflow's static data kept
// across polls: the first poll, new records, ties on the same second, several pages, updates, an
// error poll followed by a good one (nothing lost), Fetch Test Event, and its listing request:
// byte for byte the one Get Many sends for the same keys and sort.

import type { IDataObject } from 'n8n-workflow';

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const S = sample.SOURCE_KEY;
const profiles = () => hrflow.emulator.sources[S].profiles as IDataObject[];
let counter = 0;

/** Adds profiles to the sandbox source as HrFlow would store them, at `at` (HrFlow's seconds). */
function arrive(count: number, at: string) {
	const added: string[] = [];
	for (let i = 0; i < count; i++) {
		counter++;
		const key = sample.hrflowKey(`arrived ${counter}`);
		profiles().push(
			hrflow.emulator.storedProfile({
				key,
				reference: `NEW-${counter}`,
				info: { full_name: `New ${counter}`, email: `new${counter}@example.com` },
				created_at: at,
				updated_at: at,
			}),
		);
		added.push(`NEW-${counter}`);
	}
	return added;
}

const references = (result: unknown) =>
	((result as Array<Array<{ json: IDataObject }>> | null)?.[0] ?? []).map(
		(item) => item.json.reference,
	);

describe('New Profile', () => {
	const newProfiles = () => hrflow.engine.poller({ event: 'profileCreated', sources: [S] });

	test('the first poll emits nothing and remembers where HrFlow is; the next ones emit each new profile once, oldest first', async () => {
		const trigger = newProfiles();
		expect(await trigger.poll()).toBeNull();
		expect(hrflow.emulator.requests.map((request) => request.query.sort_by?.[0])).toEqual([
			'created_at',
		]);
		expect(await trigger.poll()).toBeNull();
		const first = arrive(2, '2026-11-23T10:00:00+0000');
		expect(references(await trigger.poll())).toEqual(first);
		expect(await trigger.poll()).toBeNull();
		const second = arrive(1, '2026-11-23T10:05:00+0000');
		expect(references(await trigger.poll())).toEqual(second);
	});

	test('ties on the same second: a profile arriving later in the same second is emitted, the others not again', async () => {
		const trigger = newProfiles();
		await trigger.poll();
		const [a, b] = arrive(2, '2026-11-23T11:00:00+0000');
		expect(references(await trigger.poll())).toEqual([a, b]);
		const [c] = arrive(1, '2026-11-23T11:00:00+0000');
		expect(references(await trigger.poll())).toEqual([c]);
		expect(trigger.staticData()).toMatchObject({
			'node:HrFlow Trigger': {
				cursor: { time: Date.parse('2026-11-23T11:00:00Z'), keys: expect.any(Array) },
			},
		});
		expect(
			(trigger.staticData()['node:HrFlow Trigger'] as { cursor: { keys: string[] } }).cursor.keys,
		).toHaveLength(3);
	});

	test('500 profiles between two polls: all emitted (five pages of 100), each once, oldest first', async () => {
		const trigger = newProfiles();
		await trigger.poll();
		hrflow.emulator.requests.length = 0;
		const arrived = Array.from({ length: 5 }, (_, minute) =>
			arrive(100, `2026-11-23T12:0${minute}:00+0000`),
		).flat();
		const emitted = references(await trigger.poll());
		expect(emitted).toHaveLength(500);
		expect(new Set(emitted).size).toBe(500);
		expect(emitted).toEqual(arrived);
		expect(hrflow.emulator.requests.map((request) => request.query.page?.[0])).toEqual([
			'1',
			'2',
			'3',
			'4',
			'5',
			'6',
		]);
		expect(await trigger.poll()).toBeNull();
	});

	test('nothing changed: one request per poll', async () => {
		const trigger = newProfiles();
		await trigger.poll();
		hrflow.emulator.requests.length = 0;
		expect(await trigger.poll()).toBeNull();
		expect(hrflow.emulator.requests).toHaveLength(1);
	});

	test("an error poll (HrFlow's 500) fails with HrFlow's message and moves nothing; the next good poll emits what was missed", async () => {
		const trigger = newProfiles();
		await trigger.poll();
		const missed = arrive(3, '2026-11-23T13:00:00+0000');
		hrflow.emulator.failNext('/v1/storing/profiles', 500, {
			code: 500,
			message: `Internal error with ${sample.API_KEYS.read}`,
		});
		await expect(trigger.poll()).rejects.toMatchObject({
			message: 'HrFlow error 500: Internal error with [redacted API key]',
			httpCode: '500',
		});
		expect(references(await trigger.poll())).toEqual(missed);
	});

	test('Fetch Test Event (manual): the most recent profile, and the cursor stays', async () => {
		const trigger = newProfiles();
		const [latest] = arrive(1, '2026-11-23T14:00:00+0000');
		expect(references(await trigger.poll('manual'))).toEqual([latest]);
		expect(trigger.staticData()).toEqual({ 'node:HrFlow Trigger': {} });
	});

	test('Simplify: the fields people use', async () => {
		const trigger = hrflow.engine.poller({ event: 'profileCreated', sources: [S], simplify: true });
		await trigger.poll();
		arrive(1, '2026-11-23T15:00:00+0000');
		const [[item]] = (await trigger.poll()) as Array<Array<{ json: IDataObject }>>;
		expect(Object.keys(item.json)).toEqual(
			expect.arrayContaining(['key', 'reference', 'name', 'email']),
		);
		expect(item.json.info).toBeUndefined();
	});

	test('no source: a clear error', async () => {
		await expect(
			hrflow.engine.poller({ event: 'profileCreated', sources: [] }).poll(),
		).rejects.toMatchObject({ message: 'Sources is empty' });
		expect(hrflow.emulator.requests).toHaveLength(0);
	});
});

test('Profile Updated: a profile updated several times between two polls is emitted once, in its latest state', async () => {
	const trigger = hrflow.engine.poller({ event: 'profileUpdated', sources: [S] });
	await trigger.poll();
	const headers = {
		'X-API-KEY': sample.API_KEYS.readWrite,
		'X-USER-EMAIL': sample.USER_EMAIL,
		'Content-Type': 'application/json',
	};
	for (const phone of ['+33 1', '+33 2']) {
		await fetch(`${hrflow.emulator.url}/profile/indexing`, {
			method: 'PUT',
			headers,
			body: JSON.stringify({ source_key: S, reference: 'ATS-1042', info: { phone } }),
		});
	}
	const [[item], ...rest] = (await trigger.poll()) as Array<Array<{ json: IDataObject }>>;
	expect(rest).toEqual([]);
	expect(item.json).toMatchObject({ reference: 'ATS-1042', info: { phone: '+33 2' } });
	expect(hrflow.emulator.requests.at(-1)?.query.sort_by).toEqual(['updated_at']);
});

test("New Job: the boards' new jobs", async () => {
	const trigger = hrflow.engine.poller(
		{ event: 'jobCreated', boards: [sample.BOARD_KEY] },
		'readWrite',
	);
	await trigger.poll();
	const headers = {
		'X-API-KEY': sample.API_KEYS.readWrite,
		'X-USER-EMAIL': sample.USER_EMAIL,
		'Content-Type': 'application/json',
	};
	await fetch(`${hrflow.emulator.url}/job/indexing`, {
		method: 'POST',
		headers,
		body: JSON.stringify({ board_key: sample.BOARD_KEY, name: 'Recruiter', reference: 'REQ-T1' }),
	});
	expect(references(await trigger.poll())).toEqual(['REQ-T1']);
	expect(hrflow.emulator.requests.at(-1)?.path).toBe('/v1/storing/jobs');
});

describe('the trigger lists as Get Many does (one query builder, records/listing.ts)', () => {
	const B = sample.BOARD_KEY;
	const sent = () =>
		hrflow.emulator.requests.map(
			(request) => `${request.method} ${request.path}${request.rawQuery}`,
		);

	test.each([
		['profileCreated', { sources: [S] }, { resource: 'profile', sources: [S] }, 'created_at'],
		['profileUpdated', { sources: [S] }, { resource: 'profile', sources: [S] }, 'updated_at'],
		['jobCreated', { boards: [B] }, { resource: 'job', boards: [B] }, 'created_at'],
		['jobUpdated', { boards: [B] }, { resource: 'job', boards: [B] }, 'updated_at'],
	])(
		'%s: Fetch Test Event sends the very request Get Many sends for the same keys, sort and page',
		async (event, watched, listed, sortBy) => {
			await hrflow.engine.poller({ event, ...watched }, 'readWrite').poll('manual');
			const [trigger] = sent();
			hrflow.emulator.requests.length = 0;
			const { error } = await hrflow.run(
				{ ...listed, operation: 'getMany', limit: 100, options: { sortBy, orderBy: 'desc' } },
				[{}],
				undefined,
				'readWrite',
			);
			expect(error).toBeUndefined();
			expect(trigger).toMatch(/^GET \/v1\/storing\/(profiles|jobs)\?/);
			expect(sent()[0]).toBe(trigger);
		},
	);
});
