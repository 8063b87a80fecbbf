// The HrFlow API credential: "Test connection" against GET /auth, and the headers it puts on requests.

import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

import { messages } from '../harness/expectations';
import { BAD_KEY, jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();

const credential = (apiKey: string, extra: Record<string, string> = {}) => ({
	apiKey,
	userEmail: sample.USER_EMAIL,
	baseUrl: hrflow.emulator.url,
	...extra,
});

describe('Test connection', () => {
	test.each([
		['read', sample.API_KEYS.read],
		['read-write', sample.API_KEYS.readWrite],
	])('succeeds with a %s key, calling GET /auth with both headers', async (_kind, apiKey) => {
		const result = await hrflow.engine.testCredential(credential(apiKey));
		expect(result).toEqual({ status: 'OK', message: 'Connection successful!' });
		expect(hrflow.emulator.requests).toHaveLength(1);
		const [request] = hrflow.emulator.requests;
		expect(request.path).toBe('/v1/auth');
		expect(request.headers['x-api-key']).toBe(apiKey);
		expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
	});

	test('fails with a bad key, saying so without echoing the key', async () => {
		const result = await hrflow.engine.testCredential(credential(BAD_KEY));
		expect(result.status).toBe('Error');
		expect(result.message).toContain('Invalid secret key');
		expect(result.message).toContain('check the API key');
		expect(result.message).not.toContain(BAD_KEY);
	});

	test("fails with a write-only key: HrFlow answers /auth 401 (its SDK's test), and the hint says the key may only write", async () => {
		const result = await hrflow.engine.testCredential(credential(sample.API_KEYS.write));
		expect(new Set(hrflow.emulator.requests.map((request) => request.path))).toEqual(
			new Set(['/v1/auth']),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toContain(
			'a write-only key (askw_) is refused here too: it may only write',
		);
		expect(result.message).toContain('use a read (askr_) or read-write (ask_) key');
		expect(result.message).not.toContain(sample.API_KEYS.write);
	});

	test("fails when the user email is not the key's account", async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { userEmail: 'someone@else.com' }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toContain('user email');
	});

	test('a Base URL with a trailing slash or spaces still works', async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { baseUrl: ` ${hrflow.emulator.url}/ ` }),
		);
		expect(result.status).toBe('OK');
		expect(hrflow.emulator.requests[0].path).toBe('/v1/auth');
	});
});

test("the node sends exactly the credential's key and email, trimmed", async () => {
	hrflow.engine.addCredential('padded', {
		apiKey: ` ${sample.API_KEYS.read}\n`,
		userEmail: ` ${sample.USER_EMAIL} `,
		baseUrl: hrflow.emulator.url,
	});
	const { error } = await hrflow.runV1(
		{
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
		},
		[{}],
		undefined,
		'padded',
	);
	expect(error).toBeUndefined();
	const [request] = hrflow.emulator.requests;
	expect(request.headers['x-api-key']).toBe(sample.API_KEYS.read);
	expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
});

/** A server on another loopback address (or another port of the emulator's): records what reaches it. */
function useElsewhere(host = '127.0.0.2') {
	const elsewhere = {
		url: '',
		requests: [] as Array<{ url?: string; headers: Record<string, unknown> }>,
		server: createServer(),
	};
	beforeAll(async () => {
		elsewhere.server.on('request', (req, res) => {
			elsewhere.requests.push({ url: req.url, headers: { ...req.headers } });
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end(JSON.stringify({ code: 200, message: 'stolen', data: [] }));
		});
		await new Promise<void>((resolve) => elsewhere.server.listen(0, host, resolve));
		elsewhere.url = `http://${host}:${(elsewhere.server.address() as AddressInfo).port}`;
	});
	beforeEach(() => {
		elsewhere.requests = [];
	});
	afterAll(async () => {
		elsewhere.server.closeAllConnections();
		await new Promise((resolve) => elsewhere.server.close(resolve));
	});
	return elsewhere;
}

describe('a redirect to another host never takes the key and email along', () => {
	const elsewhere = useElsewhere();
	const lookup = {
		operation: 'listAttachments',
		sourceKey: sample.SOURCE_KEY,
		identifierType: 'key',
		profileKey: jane.key,
	};

	test('the node does not follow it, and says the Base URL redirected elsewhere', async () => {
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 302, '', {
			Location: `${elsewhere.url}/v1/profile/indexing/attachments`,
		});
		const { error } = await hrflow.runV1(lookup);
		expect(elsewhere.requests).toEqual([]);
		expect(error?.message).toBe(
			messages.redirectedToAnotherHost(hrflow.emulator.url, new URL(elsewhere.url).host),
		);
		expect(error?.description).toContain('Check the Base URL');
	});

	test('nor do the pages of Get Many', async () => {
		hrflow.emulator.failNext('/v1/storing/profiles', 307, '', {
			Location: `${elsewhere.url}/v1/storing/profiles`,
		});
		const { error } = await hrflow.runV1({
			operation: 'getMany',
			sourceKeys: sample.SOURCE_KEY,
			limit: 2,
		});
		expect(elsewhere.requests).toEqual([]);
		expect(error?.message).toContain(`redirected to another host (${new URL(elsewhere.url).host})`);
	});

	test('a redirect on the same host is followed, with the headers', async () => {
		const target = `${hrflow.emulator.url}/profile/indexing/attachments?source_key=${sample.SOURCE_KEY}&key=${jane.key}`;
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 307, '', { Location: target });
		const { items, error } = await hrflow.runV1(lookup);
		expect(error).toBeUndefined();
		expect(items).toHaveLength(jane.attachments.length);
		expect(hrflow.emulator.requests).toHaveLength(2);
		expect(hrflow.emulator.requests[1].headers['x-api-key']).toBe(sample.API_KEYS.read);
	});

	test('Test connection follows no redirect and says why', async () => {
		hrflow.emulator.failNext('/v1/auth', 302, '', { Location: `${elsewhere.url}/v1/auth` });
		const result = await hrflow.engine.testCredential(credential(sample.API_KEYS.read));
		expect(elsewhere.requests).toEqual([]);
		expect(result.status).toBe('Error');
		expect(result.message).toContain(messages.testRedirected(302));
	});
});

describe("a redirect to another port of the Base URL's host is another origin: never followed", () => {
	const otherPort = useElsewhere('127.0.0.1');
	const refused = () =>
		`The Base URL ${hrflow.emulator.url} redirected to another origin (${new URL(otherPort.url).origin}): the redirect was not followed, so the API key and user email were not sent there`;

	test('one request per item (List Attachments)', async () => {
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 302, '', {
			Location: `${otherPort.url}/v1/profile/indexing/attachments`,
		});
		const { error } = await hrflow.runV1({
			operation: 'listAttachments',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
		});
		expect(otherPort.requests).toEqual([]);
		expect(error?.message).toBe(refused());
	});

	test('the pages of Get Many, with Continue (using error output): an error item linked to its input', async () => {
		hrflow.emulator.failNext('/v1/storing/profiles', 307, '', {
			Location: `${otherPort.url}/v1/storing/profiles?page=1`,
		});
		const { errorItems } = await hrflow.runV1(
			{ operation: 'getMany', sourceKeys: sample.SOURCE_KEY, limit: 2 },
			[{}],
			{ onError: 'continueErrorOutput' },
		);
		expect(otherPort.requests).toEqual([]);
		expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
			[refused(), { item: 0 }],
		]);
	});

	test('an operation of several calls (Score Jobs for a Profile: its pages, each a call of its own)', async () => {
		hrflow.emulator.failNext('/v1/jobs/scoring', 308, '', {
			Location: `${otherPort.url}/v1/jobs/scoring`,
		});
		const { error } = await hrflow.run({
			resource: 'job',
			operation: 'score',
			boards: [sample.ENGINEERING_BOARD_KEY],
			source: { __rl: true, mode: 'id', value: sample.SOURCE_KEY },
			identifierType: 'reference',
			profileReference: jane.reference,
			algorithmKey: 'algo',
		});
		expect(otherPort.requests).toEqual([]);
		expect(error?.message).toBe(refused());
	});

	test('another scheme on the same host and port is another origin too', async () => {
		const https = hrflow.emulator.url.replace('http:', 'https:');
		hrflow.emulator.failNext('/v1/profile/indexing/attachments', 302, '', {
			Location: `${https}/profile/indexing/attachments`,
		});
		const { error } = await hrflow.runV1({
			operation: 'listAttachments',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
		});
		expect(error?.message).toBe(
			`The Base URL ${hrflow.emulator.url} redirected to another origin (${new URL(https).origin}): the redirect was not followed, so the API key and user email were not sent there`,
		);
		expect(hrflow.emulator.requests).toHaveLength(1);
	});
});

describe("the credential's own key is redacted whatever its format or length", () => {
	test.each([
		['a key of 5 characters', 'Zq7pX'],
		['a key whose tail is not hex', 'ask_0123abcdXYZ-tail-secret'],
		['a key in no HrFlow format', 'my secret key with spaces'],
	])('%s', async (_case, apiKey) => {
		hrflow.engine.addCredential('oddKey', {
			apiKey,
			userEmail: sample.USER_EMAIL,
			baseUrl: hrflow.emulator.url,
		});
		const lookup = {
			operation: 'getMetadatas',
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: jane.key,
		};
		const { error, run } = await hrflow.runV1(lookup, [{}], undefined, 'oddKey');
		// HrFlow (the emulator) echoed the key it refused.
		expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(apiKey);
		expect(error?.message).toBe(messages.refusedKey);
		expect(JSON.stringify(run)).not.toContain(apiKey);
		expect(JSON.stringify(run)).not.toContain('XYZ-tail');
	});
});

describe('a User Email an HTTP header cannot carry', () => {
	const email = '用户@example.com';

	test('is refused by Test connection with a clear message, before any request', async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { userEmail: email }),
		);
		expect(result.status).toBe('Error');
		expect(result.message).toContain(messages.userEmailNotAHeader(email));
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('is refused by the node before any request', async () => {
		hrflow.engine.addCredential('unicodeEmail', {
			apiKey: sample.API_KEYS.read,
			userEmail: email,
			baseUrl: hrflow.emulator.url,
		});
		const { error } = await hrflow.runV1(
			{
				operation: 'getMetadatas',
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'key',
				profileKey: jane.key,
			},
			[{}],
			undefined,
			'unicodeEmail',
		);
		expect(error?.message).toContain(messages.userEmailNotAHeader(email));
		expect(hrflow.emulator.requests).toHaveLength(0);
	});

	test('an email with Latin-1 letters is sent as it is', async () => {
		const result = await hrflow.engine.testCredential(
			credential(sample.API_KEYS.read, { userEmail: 'josé@example.com' }),
		);
		// The emulator refuses it (not the key's account), but it arrived intact.
		expect(result.status).toBe('Error');
		expect(
			Buffer.from(String(hrflow.emulator.requests[0].headers['x-user-email']), 'latin1').toString(
				'latin1',
			),
		).toBe('josé@example.com');
	});
});
