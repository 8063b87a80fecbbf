'use strict';
// A strict HrFlow API emulator: a real HTTP server on 127.0.0.1 that answers the endpoints of
// ../shared/hrflow-api.md the way the documents describe, refuses anything they do not allow
// (missing headers, unknown or repeated parameters, empty identifiers) and records every request.
// It also runs a second server, the "storage host" behind attachments' public_url, so tests can
// prove that no HrFlow header ever reaches it. Plain CommonJS: the sandbox runs it with bare node.

const { createHash } = require('node:crypto');
const { answerFeedback } = require('./feedback');
const { answerIndexing } = require('./indexing');
const { answerMatching } = require('./matching');
const { answerSimilar } = require('./similar');
const { answerAnalysis } = require('./analysis');
const { answerTextTools } = require('./text-tools');
// The sort_by values HrFlow's SDK sends (it validates them); listings sort by the dates, the others keep the stored order.
const { SORT_BY } = require('./searching');
const http = require('node:http');
const { URL } = require('node:url');

// HrFlow's test schema allows exactly these values of api_key_permission.
const PERMISSIONS = { ask: 'all', askr: 'read', askw: 'write' };

/** Endpoint rules: the source parameter, the identifier parameters (exactly one), others allowed. */
const PROFILE_LOOKUPS = {
	'/v1/profile/metadatas': {
		source: 'source_id',
		identifiers: { profile_id: 'key', profile_reference: 'reference', profile_email: 'email' },
		notFound: 'Invalid profile array',
		unknownSource: 'Invalid profile array',
		answer: (profile) => ({ code: 200, message: 'Profile metadatas', data: profile.metadatas }),
	},
	'/v1/profile/indexing/attachments': {
		source: 'source_key',
		// The seed document names the email parameter `email`; HrFlow's Python SDK 4.3 sends `profile_email`.
		identifiers: { key: 'key', reference: 'reference', email: 'email', profile_email: 'email' },
		notFound: 'Unable to find object: profile',
		unknownSource: 'Invalid source fields',
		answer: (profile, emulator) => ({
			code: 200,
			message: 'Profile attachment list',
			data: profile.attachments.map((attachment) => emulator.attachmentJson(attachment)),
		}),
	},
};

// GET /profile/indexing: the whole profile; HrFlow's reference (get-profile-indexing.md) finds it
// by key, reference or `email` (its Python SDK 4.3 sends only the first two).
PROFILE_LOOKUPS['/v1/profile/indexing'] = {
	source: 'source_key',
	identifiers: { key: 'key', reference: 'reference', email: 'email' },
	notFound: 'Unable to find object: profile',
	unknownSource: 'Invalid source fields',
	answer: (profile, emulator, source) => ({
		code: 200,
		message: 'Profile retrieved',
		data: emulator.profileJson(profile, source),
	}),
};

class HrFlowEmulator {
	/**
	 * @param {{ apiKeys?: Record<string, string>, sources?: Record<string, { name: string, profiles: object[] }>, files?: Record<string, Buffer> }} [data]
	 *   apiKeys maps each secret key to the user email it belongs to.
	 */
	constructor(data = {}) {
		this.apiKeys = { ...(data.apiKeys ?? {}) };
		const extraSources = Object.fromEntries(
			(data.moreSources ?? []).map(({ name, created_at }) => [
				createHash('sha1').update(`source: ${name}`).digest('hex'),
				{
					name,
					type: 'api',
					subtype: 'python',
					environment: 'production',
					created_at,
					profiles: [],
				},
			]),
		);
		this.initialSources = structuredClone({ ...(data.sources ?? {}), ...extraSources });
		this.initialBoards = structuredClone(data.boards ?? {});
		this.boards = structuredClone(this.initialBoards);
		this.sources = structuredClone(this.initialSources);
		/** Multipart uploads received: arrays of { name, filename, contentType, data }. */
		this.uploads = [];
		this.initialFiles = { ...(data.files ?? {}) };
		this.files = { ...this.initialFiles };
		/** @type {{ method: string, path: string, query: Record<string, string[]>, rawQuery: string, headers: Record<string, string | string[] | undefined> }[]} */
		this.requests = [];
		/** @type {{ method: string, path: string, headers: Record<string, string | string[] | undefined> }[]} */
		this.storageRequests = [];
		this.injected = [];
		this.metadatasGone = false;
		/** Profiles an asynchronous source is still parsing: each shows after `readsLeft` GET /profile/indexing. */
		this.parsingQueue = [];
		/**
		 * Misbehaviours for tests: { ignorePage: answer page 1 whatever is asked, noMaxPage: leave
		 * meta.maxPage out, emptyPages: [n, ...] the listing pages (/storing/*) answered with no
		 * entries, meta unchanged, as HrFlow does when every record of a page is archived,
		 * predictionsShort: a scoring page with one prediction less than records, parsingReads: how
		 * many GET /profile/indexing an asynchronous source's profile takes to show (2), listingDelayMs:
		 * answer GET /storing/profiles and /storing/jobs that late }.
		 */
		this.quirks = {};
		this.server = http.createServer((req, res) => this.handleApi(req, res));
		this.storage = http.createServer((req, res) => {
			// One bad file must not take the whole sandbox down.
			try {
				this.handleStorage(req, res);
			} catch (error) {
				if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
				res.end(String(error));
			}
		});
		// Keep-alive sockets would hold stop() until they time out.
		this.server.keepAliveTimeout = 1000;
		this.storage.keepAliveTimeout = 1000;
	}

	async start(port = 0, storagePort = 0, host = '127.0.0.1') {
		await listen(this.server, port, host);
		await listen(this.storage, storagePort, host);
		this.host = host;
		return this;
	}

	async stop() {
		await Promise.all([close(this.server), close(this.storage)]);
	}

	/** The Base URL a credential uses, ending in /v1. */
	get url() {
		return `http://${this.host}:${this.server.address().port}/v1`;
	}

	get storageUrl() {
		return `http://${this.host}:${this.storage.address().port}`;
	}

	reset() {
		this.requests = [];
		this.storageRequests = [];
		this.injected = [];
		this.metadatasGone = false;
		this.quirks = {};
		this.parsingQueue = [];
		this.files = { ...this.initialFiles };
		this.sources = structuredClone(this.initialSources);
		this.boards = structuredClone(this.initialBoards);
		this.uploads = [];
	}

	/**
	 * The next request to `path` (e.g. '/v1/profile/metadatas') gets this answer instead. `contentType`
	 * may be an object of headers instead, e.g. { Location: ... } for a redirect.
	 */
	failNext(path, status, body, contentType = 'application/json') {
		const headers = typeof contentType === 'string' ? { 'Content-Type': contentType } : contentType;
		this.injected.push({ path, status, body, headers });
	}

	/** One more read of the queued profiles: those read often enough are parsed, and show. */
	parseQueued() {
		for (const queued of [...this.parsingQueue]) {
			if (--queued.readsLeft > 0) continue;
			this.parsingQueue.splice(this.parsingQueue.indexOf(queued), 1);
			this.sources[queued.sourceKey]?.profiles.push(queued.profile);
		}
	}

	/** An answer as a quirk changes it (see `quirks`). */
	withQuirks(path, body) {
		const listing = path === '/v1/storing/profiles' || path === '/v1/storing/jobs';
		if (!listing || !this.quirks.emptyPages?.includes(body?.meta?.page)) return body;
		return { ...body, data: [], meta: { ...body.meta, count: 0 } };
	}

	/** A profile as GET /profile/indexing returns it (the fields HrFlow's Python SDK documents). */
	profileJson(profile, source) {
		const [first_name, ...rest] = profile.name.split(' ');
		const built = {
			key: profile.key,
			reference: profile.reference,
			// HrFlow's test schema checks source_key == source.key.
			source_key: source.key,
			source: sourceJson(source),
			info: {
				full_name: profile.name,
				first_name,
				last_name: rest.join(' '),
				email: profile.email,
				phone: profile.phone ?? '',
				location: { text: profile.location ?? '', lat: null, lng: null },
				summary: profile.summary ?? '',
				urls: [],
			},
			text_language: 'en',
			experiences: profile.experiences ?? [],
			educations: [],
			skills: (profile.skills ?? []).map((name) => ({ name, type: 'hard', value: null })),
			languages: [],
			tags: profile.tags ?? [],
			metadatas: profile.metadatas,
			attachments: profile.attachments.map((attachment) => this.attachmentJson(attachment)),
			created_at: profile.created_at ?? '2024-03-11T09:58:32+0000',
			updated_at: profile.updated_at ?? profile.created_at ?? '2024-03-11T09:58:32+0000',
		};
		if (!profile.hrjson) return built;
		// A profile written through the API answers with everything it was given.
		const {
			key,
			reference,
			source_key,
			source: _source,
			created_at,
			updated_at,
			id,
			archived_at,
			...given
		} = profile.hrjson;
		return {
			...built,
			...given,
			info: { ...built.info, ...given.info },
			...(profile.archived_at ? { archived_at: profile.archived_at } : {}),
		};
	}

	/** The internal record of a profile written as HR-JSON (what the sample profiles look like, plus the JSON). */
	storedProfile(hrjson) {
		const info = hrjson.info ?? {};
		const name = info.full_name ?? [info.first_name, info.last_name].filter(Boolean).join(' ');
		return {
			key: hrjson.key,
			reference: hrjson.reference ?? null,
			email: info.email ?? '',
			name,
			phone: info.phone,
			location: info.location?.text,
			summary: info.summary,
			skills: (hrjson.skills ?? []).map((skill) => skill.name),
			tags: hrjson.tags ?? [],
			metadatas: hrjson.metadatas ?? [],
			attachments: [],
			created_at: hrjson.created_at,
			updated_at: hrjson.updated_at,
			hrjson: { ...hrjson, info: { ...info, full_name: name } },
		};
	}

	/** An attachment as HrFlow lists it; `redirect` ones link to a URL that redirects to the file. */
	attachmentJson(attachment) {
		const { file, redirect, ...json } = attachment;
		return { ...json, public_url: `${this.storageUrl}/${redirect ? 'redirect' : 'files'}/${file}` };
	}

	handleApi(req, res) {
		const url = new URL(req.url, 'http://emulator');
		const query = {};
		for (const [name, value] of url.searchParams) (query[name] ??= []).push(value);
		const request = {
			method: req.method,
			path: url.pathname,
			query,
			rawQuery: url.search,
			headers: { ...req.headers },
		};
		this.requests.push(request);
		const chunks = [];
		req.on('data', (chunk) => chunks.push(chunk));
		req.on('end', () => {
			request.body = Buffer.concat(chunks);
			this.answerApi(req, res, url.pathname, query, request.body);
		});
	}

	answerApi(req, res, path, query, body) {
		const injected = this.injected.findIndex((entry) => entry.path === path);
		if (injected >= 0) {
			const [{ status, body, headers }] = this.injected.splice(injected, 1);
			res.writeHead(status, headers);
			res.end(typeof body === 'string' ? body : JSON.stringify(body));
			return;
		}
		const send = (status, body) => sendJson(res, status, this.withQuirks(path, body));
		const user = this.authenticate(req);
		if (user.error) return send(user.status, { code: user.status, message: user.error });

		if (path === '/v1/auth' && req.method === 'GET') {
			// HrFlow's SDK tests: a write-only key "can not be used for a GET request"; /auth answers it 401.
			if (user.permission === 'write')
				return send(401, {
					code: 401,
					message: `Unauthorized. Invalid secret key: ${user.apiKey} for permission: read`,
				});
			return send(200, {
				code: 200,
				message: 'Authentication succeeded',
				data: {
					team_name: 'Sandbox Team',
					team_subdomain: 'sandbox',
					api_key_permission: user.permission,
				},
			});
		}
		if (path === '/v1/profile/metadatas' && this.metadatasGone) {
			return send(404, { code: 404, message: 'Not Found' });
		}
		if (path === '/v1/profile/parsing/file') {
			if (req.method !== 'POST') return send(405, { code: 405, message: 'Method Not Allowed' });
			if (user.permission === 'read') {
				return send(403, {
					code: 403,
					message: 'Unauthorized. This API key has no write permission',
				});
			}
			return this.parseFile(req, body, send);
		}
		if (answerIndexing(this, req, path, query, body, user, send)) return undefined;
		if (answerMatching(this, req, path, query, body, user, send)) return undefined;
		if (answerSimilar(this, req, path, query, body, user, send)) return undefined;
		if (answerAnalysis(this, req, path, query, body, user, send)) return undefined;
		if (answerTextTools(this, req, path, query, body, user, send)) return undefined;
		if (answerFeedback(this, req, path, query, body, user, send)) return undefined;
		const folders = { '/v1/sources': this.sources, '/v1/boards': this.boards };
		if (folders[path] && req.method === 'GET') {
			if (user.permission === 'write')
				return send(403, {
					code: 403,
					message: 'Unauthorized. This API key has no read permission',
				});
			return this.listFolders(
				folders[path],
				path === '/v1/sources' ? 'source' : 'board',
				query,
				send,
			);
		}
		const folder = { '/v1/source': ['source', this.sources], '/v1/board': ['board', this.boards] }[
			path
		];
		if (folder && req.method === 'GET') {
			const [kind, all] = folder;
			if (user.permission === 'write')
				return send(403, {
					code: 403,
					message: 'Unauthorized. This API key has no read permission',
				});
			const unknown = Object.keys(query).filter((name) => name !== 'key');
			if (unknown.length)
				return send(400, {
					code: 400,
					message: `Invalid parameters: unknown parameter ${unknown.join(', ')}`,
				});
			const key = query.key?.[0];
			if (!key || !all[key])
				return send(400, {
					code: 400,
					message: `Invalid parameters. Unable to find object: ${kind}`,
				});
			return send(200, {
				code: 200,
				message: kind === 'source' ? 'Source info' : 'Board info',
				data: folderJson(kind, key, all[key]),
			});
		}
		if (path === '/v1/storing/profiles' && req.method === 'GET') {
			if (user.permission === 'write') {
				return send(403, {
					code: 403,
					message: 'Unauthorized. This API key has no read permission',
				});
			}
			return this.listProfiles(query, send);
		}
		const lookup = PROFILE_LOOKUPS[path];
		if (!lookup || req.method !== 'GET') return send(404, { code: 404, message: 'Not Found' });
		if (path === '/v1/profile/indexing') this.parseQueued();
		if (user.permission === 'write') {
			return send(403, { code: 403, message: 'Unauthorized. This API key has no read permission' });
		}

		const problem = checkParameters(query, lookup);
		if (problem) return send(400, { code: 400, message: problem });
		const sourceKey = query[lookup.source][0];
		const source = this.sources[sourceKey] && { key: sourceKey, ...this.sources[sourceKey] };
		if (!source) return send(400, { code: 400, message: lookup.unknownSource });
		// With key and reference, the reference decides ("reference overrides id", HrFlow's SDK Documentation.md).
		const given = Object.keys(lookup.identifiers).filter((name) => name in query);
		const parameter = given.find((name) => lookup.identifiers[name] === 'reference') ?? given[0];
		const field = lookup.identifiers[parameter];
		const wanted = query[parameter][0];
		const profile = source.profiles.find((candidate) =>
			field === 'email'
				? String(candidate.email).toLowerCase() === wanted.toLowerCase()
				: candidate[field] === wanted,
		);
		if (!profile) return send(400, { code: 400, message: lookup.notFound });
		return send(200, lookup.answer(profile, this, source));
	}

	/**
	 * POST /profile/parsing/file (multipart): parses the `file` part into a profile of the source.
	 * Whether the answer holds the profile is a setting of the source, `sync_parsing` (GET /source
	 * reports it; true unless set false), not of the request: HrFlow's SDK tests get the profile
	 * from a synchronous source with sync_parsing=0. A synchronous source answers 201 with the
	 * profile; an asynchronous one 202 with `data: []`, and the profile shows only once parsed (see
	 * `parsingQueue`). Every upload
	 * is kept in `uploads` (its parts, bytes included) for the tests.
	 */
	parseFile(req, body, send) {
		const parts = parseMultipart(req.headers['content-type'], body);
		if (!parts)
			return send(400, { code: 400, message: 'Invalid request: expected multipart/form-data' });
		this.uploads.push(parts);
		const field = (name) =>
			parts
				.find((part) => part.name === name && part.filename === undefined)
				?.data.toString('utf8');
		const file = parts.find((part) => part.name === 'file' && part.filename !== undefined);
		if (!file) return send(400, { code: 400, message: 'Invalid parameters: file is required' });
		if (file.data.length === 0)
			return send(400, { code: 400, message: 'Invalid parameters: file is empty' });
		const sourceKey = field('source_key');
		if (!sourceKey)
			return send(400, { code: 400, message: 'Invalid parameters: source_key is required' });
		const source = this.sources[sourceKey];
		if (!source) return send(400, { code: 400, message: 'Invalid source fields' });
		const allowed = [
			'file',
			'source_key',
			'key',
			'profile_content_type',
			'reference',
			'created_at',
			'labels',
			'tags',
			'metadatas',
			'sync_parsing',
			'sync_parsing_indexing',
			'webhook_parsing_sending',
		];
		const unknown = parts.map((part) => part.name).filter((name) => !allowed.includes(name));
		if (unknown.length)
			return send(400, {
				code: 400,
				message: `Invalid parameters: unknown field ${unknown.join(', ')}`,
			});
		const json = (name) => {
			const text = field(name);
			if (text === undefined) return [];
			let value;
			try {
				value = JSON.parse(text);
			} catch {
				value = undefined;
			}
			if (!Array.isArray(value)) throw new Error(name);
			return value;
		};
		let tags;
		let metadatas;
		try {
			tags = json('tags');
			metadatas = json('metadatas');
		} catch (error) {
			return send(400, {
				code: 400,
				message: `Invalid parameters: ${error.message} must be a JSON array`,
			});
		}
		const stored = `upload-${this.uploads.length}-${file.filename}`;
		// HrFlow's Python SDK sends the file part without a Content-Type.
		this.files[stored] = {
			contentType: file.contentType || field('profile_content_type') || 'application/octet-stream',
			body: file.data,
		};
		const extension = (file.filename.match(/\.[^.]+$/) ?? [''])[0];
		const baseName = file.filename.slice(0, file.filename.length - extension.length);
		const profile = {
			key: /^[0-9a-f]{40}$/.test(field('key') ?? '')
				? field('key')
				: createHash('sha1').update(`parsed ${this.uploads.length}`).digest('hex'),
			reference: field('reference') ?? null,
			email: `${baseName.toLowerCase().replace(/[^a-z0-9]+/g, '.')}@parsed.example.com`,
			name: baseName.replace(/[-_]+/g, ' '),
			summary: `Parsed from ${file.filename}`,
			skills: [],
			tags,
			metadatas,
			created_at: field('created_at'),
			attachments: [
				{
					alt: createHash('sha1').update(stored).digest('hex'),
					extension,
					file_name: baseName,
					file_size: file.data.length,
					original_file_name: baseName,
					type: 'original',
					file: stored,
				},
			],
		};
		if (source.sync_parsing === false) {
			this.parsingQueue.push({ sourceKey, profile, readsLeft: this.quirks.parsingReads ?? 2 });
			return send(202, {
				code: 202,
				message: 'Your profile as been sent successfully to the Parsing Queue.',
				data: [],
			});
		}
		source.profiles.push(profile);
		return send(201, {
			code: 201,
			message: 'Profile parsed successfully',
			data: { profile: this.profileJson(profile, { key: sourceKey, ...source }) },
		});
	}

	/**
	 * GET /sources or GET /boards: a page of the account's sources (boards), filtered by name
	 * (case-insensitive, part of the name), sorted by date (the order they were made) or by size
	 * (`profile` for sources, `job` for boards: HrFlow's API reference of 2020, get-sources.md,
	 * get-boards.md). Each entry as GET /source (/board) answers it, with `stats.size`.
	 */
	listFolders(all, kind, query, send) {
		const allowed = ['name', 'page', 'limit', 'sort_by', 'order_by'];
		const refused = unknownOrRepeated(query, allowed);
		if (refused) return send(400, { code: 400, message: refused });
		const paging = pagingOf(query);
		if (paging.error) return send(400, { code: 400, message: paging.error });
		const bySize = kind === 'source' ? 'profile' : 'job';
		const sortBy = query.sort_by?.[0] ?? 'date';
		const orderBy = query.order_by?.[0] ?? 'desc';
		if (!['date', bySize].includes(sortBy) || !['asc', 'desc'].includes(orderBy)) {
			return send(400, {
				code: 400,
				message: `Invalid parameters: sort_by is date or ${bySize}, order_by asc or desc`,
			});
		}
		const name = (query.name?.[0] ?? '').toLowerCase();
		const listed = Object.entries(all)
			.filter(([, entry]) => entry.name.toLowerCase().includes(name))
			.map(([key, entry]) => ({
				...folderJson(kind, key, entry),
				stats: { size: String((entry.profiles ?? entry.jobs ?? []).length) },
			}));
		listed.sort(
			sortBy === bySize
				? (a, b) => Number(a.stats.size) - Number(b.stats.size)
				: (a, b) => Date.parse(a.created_at) - Date.parse(b.created_at),
		);
		if (orderBy === 'desc') listed.reverse();
		const { data, meta } = pageOf(listed, paging);
		return send(200, { code: 200, message: `List of ${kind}s`, data, meta });
	}

	/**
	 * GET /storing/profiles: a page of the profiles of one or more sources. Like HrFlow, each entry
	 * is the whole profile only with return_profile=true, else only its keys, reference and dates.
	 */
	listProfiles(query, send) {
		// The filters HrFlow's Python SDK 4.3 documents and sends (location ones accepted, not applied: no coordinates here).
		const filters = [
			'name',
			'key',
			'reference',
			'created_at_min',
			'created_at_max',
			'location_lat',
			'location_lon',
			'location_dist',
		];
		const allowed = [
			'source_keys',
			'page',
			'limit',
			'order_by',
			'sort_by',
			'return_profile',
			...filters,
		];
		const refused = unknownOrRepeated(query, allowed);
		if (refused) return send(400, { code: 400, message: refused });
		let sourceKeys;
		try {
			sourceKeys = JSON.parse(query.source_keys?.[0] ?? '');
		} catch {
			sourceKeys = undefined;
		}
		if (
			!Array.isArray(sourceKeys) ||
			sourceKeys.length === 0 ||
			!sourceKeys.every((key) => typeof key === 'string')
		) {
			return send(400, {
				code: 400,
				message: 'Invalid parameters: source_keys must be a JSON array of source keys',
			});
		}
		if (!sourceKeys.every((key) => this.sources[key]))
			return send(400, { code: 400, message: 'Invalid source fields' });
		const returnProfile = booleanParameter(query.return_profile?.[0]);
		if (returnProfile === undefined)
			return send(400, {
				code: 400,
				message: 'Invalid parameters: return_profile must be a boolean',
			});
		const paging = pagingOf(query);
		if (paging.error) return send(400, { code: 400, message: paging.error });
		if (this.quirks.ignorePage) paging.page = 1;
		const orderBy = query.order_by?.[0] ?? 'desc';
		const sortBy = query.sort_by?.[0] ?? 'created_at';
		if (!['asc', 'desc'].includes(orderBy) || !SORT_BY.includes(sortBy)) {
			return send(400, {
				code: 400,
				message: `Invalid parameters: order_by is asc or desc, sort_by one of ${SORT_BY.join(', ')}`,
			});
		}
		// The sample profiles are listed in their order, newest last: desc reverses it.
		const one = (name) => query[name]?.[0];
		const archived = new Set();
		const archivedIf = (profile, json) => (profile.archived_at && archived.add(json), json);
		const all = sourceKeys
			// Archived profiles too: HrFlow pages over them and leaves them out afterwards (short pages).
			.flatMap((key) =>
				this.sources[key].profiles.map((profile) =>
					archivedIf(profile, this.profileJson(profile, { key, ...this.sources[key] })),
				),
			)
			.filter(
				(profile) =>
					!one('name') || profile.info.full_name.toLowerCase().includes(one('name').toLowerCase()),
			)
			.filter((profile) => !one('key') || profile.key === one('key'))
			.filter((profile) => !one('reference') || profile.reference === one('reference'))
			.filter(
				(profile) =>
					!one('created_at_min') ||
					Date.parse(profile.created_at) >= Date.parse(one('created_at_min')),
			)
			.filter(
				(profile) =>
					!one('created_at_max') ||
					Date.parse(profile.created_at) <= Date.parse(one('created_at_max')),
			)
			// By the date asked for; records of the same second in the order they were stored.
			.map((profile, index) => ({ profile, index }))
			.sort(
				(a, b) =>
					Date.parse(a.profile[sortBy]) - Date.parse(b.profile[sortBy]) || a.index - b.index,
			)
			.map(({ profile }) => profile);
		if (orderBy === 'desc') all.reverse();
		const { data: entries, meta } = pageOf(all, paging);
		const data = entries
			.filter((profile) => !archived.has(profile))
			.map((profile) => (returnProfile ? profile : shortProfile(profile)));
		if (this.quirks.noMaxPage) delete meta.maxPage;
		return this.sendListing(send, { code: 200, message: 'List of profiles', data, meta });
	}

	/** A listing's answer, late by quirks.listingDelayMs (a slow HrFlow). */
	sendListing(send, body) {
		if (!this.quirks.listingDelayMs) return send(200, body);
		setTimeout(() => send(200, body), this.quirks.listingDelayMs);
		return undefined;
	}

	authenticate(req) {
		const apiKey = req.headers['x-api-key'];
		const userEmail = req.headers['x-user-email'];
		if (typeof apiKey !== 'string' || apiKey === '') {
			return { status: 401, error: 'Unauthorized. Missing secret key ' };
		}
		const owner = this.apiKeys[apiKey];
		// HrFlow echoes the key it refused: the node must never let this text reach the user unredacted.
		if (owner === undefined)
			return { status: 401, error: `Unauthorized. Invalid secret key: ${apiKey} ` };
		if (typeof userEmail !== 'string' || userEmail.toLowerCase() !== owner.toLowerCase()) {
			return { status: 401, error: `Unauthorized. Invalid user email: ${String(userEmail)}` };
		}
		return { apiKey, permission: PERMISSIONS[apiKey.slice(0, apiKey.indexOf('_'))] ?? 'read' };
	}

	handleStorage(req, res) {
		const url = new URL(req.url, 'http://storage');
		this.storageRequests.push({
			method: req.method,
			path: url.pathname,
			headers: { ...req.headers },
		});
		req.resume();
		// A storage host that accepts the connection and never answers.
		if (url.pathname.startsWith('/hang/')) return;
		// A bare status, e.g. /status/204, or /status/302 (a redirect without a Location).
		const bare = /^\/status\/(\d{3})$/.exec(url.pathname);
		if (bare) {
			res.writeHead(Number(bare[1]));
			res.end();
			return;
		}
		if (url.pathname.startsWith('/redirect/')) {
			res.writeHead(302, { Location: url.pathname.replace(/^\/redirect\//, '/files/') });
			res.end();
			return;
		}
		const name = decodeURIComponent(url.pathname.replace(/^\/files\//, ''));
		const file = url.pathname.startsWith('/files/') ? this.files[name] : undefined;
		if (!file) {
			res.writeHead(404, { 'Content-Type': 'application/xml' });
			res.end('<Error><Code>NoSuchKey</Code></Error>');
			return;
		}
		res.writeHead(200, { 'Content-Type': file.contentType, 'Content-Length': file.body.length });
		res.end(file.body);
	}
}

/** A source (or board) as HrFlow embeds it: the fields its Source model requires. */
function sourceJson(source) {
	const { key, name, type = 'api', subtype = 'python', environment = 'production' } = source;
	return { key, name, type, subtype, environment };
}

/**
 * A source or a board as GET /source (/board) answers it: the fields of HrFlow's API reference of
 * 2020 (source-api/get-source.md, board-endpoints/get-source.md), and a source's `sync_parsing`,
 * which HrFlow's connectors read to know whether an upload answers with the profile.
 */
function folderJson(kind, key, entry) {
	const id = parseInt(key.slice(0, 8), 16);
	const created_at = entry.created_at ?? '2024-01-15T09:00:00+0000';
	const common = {
		id,
		...sourceJson({ key, ...entry }),
		description: entry.description ?? null,
		status: true,
		archive: null,
		members: [],
		user: {
			id: 1,
			email: 'owner@example.com',
			pseudo: 'owner',
			firstName: 'Sandbox',
			lastName: 'Owner',
			avatarUrl: null,
			locale: 'en',
			position: null,
			phone: null,
		},
		updated_at: entry.updated_at ?? created_at,
		created_at,
	};
	if (kind === 'board') return { ...common, mapping_scoring: [], mapping_reasoning: [] };
	return {
		...common,
		private: false,
		notification: false,
		consent: false,
		consent_url: null,
		sync_parsing: entry.sync_parsing !== false,
	};
}

/** A boolean query parameter as HrFlow's Python SDK sends it (true/false in any case, 1/0); absent is false. */
function booleanParameter(value) {
	if (value === undefined) return false;
	const text = value.toLowerCase();
	if (text === 'true' || text === '1') return true;
	if (text === 'false' || text === '0') return false;
	return undefined;
}

/** A listed profile without return_profile: "only the dates, the reference and the keys". */
function shortProfile(profile) {
	const { key, reference, source_key, created_at, updated_at } = profile;
	return { key, reference, source_key, created_at, updated_at };
}

/** HrFlow's refusal of a parameter the endpoint does not take, or given twice; undefined when none. */
function unknownOrRepeated(query, allowed) {
	const unknown = Object.keys(query).filter((name) => !allowed.includes(name));
	if (unknown.length) return `Invalid parameters: unknown parameter ${unknown.join(', ')}`;
	const repeated = Object.keys(query).filter((name) => query[name].length > 1);
	if (repeated.length) return `Invalid parameters: repeated parameter ${repeated.join(', ')}`;
	return undefined;
}

/** A listing's page and limit (HrFlow's defaults 1 and 30), or the error HrFlow answers. */
function pagingOf(query) {
	const page = Number(query.page?.[0] ?? 1);
	const limit = Number(query.limit?.[0] ?? 30);
	if (
		!Number.isInteger(page) ||
		page < 1 ||
		!Number.isInteger(limit) ||
		limit < 1 ||
		limit > 1000
	) {
		return {
			error: 'Invalid parameters: page and limit must be positive integers, limit at most 1000',
		};
	}
	return { page, limit };
}

/**
 * One page of a list, with HrFlow's meta (maxPage at least 1, as its paging arithmetic needs). A
 * page past the end is empty and its meta stays within HrFlow's schema (page <= maxPage): `page`
 * says maxPage, and `maxPage` stays the real one, since HrFlow's own pager asks for maxPage + 1 and
 * stops on `page == meta.maxPage + 1` (hrflow-connectors v1/connectors/hrflow/warehouse/job.py).
 */
function pageOf(all, { page, limit }) {
	const data = all.slice((page - 1) * limit, page * limit);
	const maxPage = Math.max(1, Math.ceil(all.length / limit));
	return {
		data,
		meta: { page: Math.min(page, maxPage), maxPage, count: data.length, total: all.length },
	};
}

/** What HrFlow says of a query that breaks the endpoint's rules, or undefined when it is fine. */
function checkParameters(query, lookup) {
	const allowed = [lookup.source, ...Object.keys(lookup.identifiers)];
	const refused = unknownOrRepeated(query, allowed);
	if (refused) return refused;
	if (!query[lookup.source] || query[lookup.source][0].trim() === '') {
		return `Invalid parameters: ${lookup.source} is required`;
	}
	const given = Object.keys(lookup.identifiers).filter((name) => name in query);
	// HrFlow's SDK sends key and reference together when given both ("reference overrides id").
	const keyAndReference =
		given.length === 2 && given.every((name) => ['key', 'reference'].includes(name));
	if (given.length !== 1 && !keyAndReference) {
		return `Invalid parameters: exactly one of ${Object.keys(lookup.identifiers).join(', ')} is required`;
	}
	const empty = given.find((name) => query[name][0].trim() === '');
	if (empty) return `Invalid parameters: ${empty} is empty`;
	return undefined;
}

/** The parts of a multipart/form-data body, or undefined when it is not one. */
function parseMultipart(contentType, body) {
	const boundary = /^multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(
		contentType ?? '',
	);
	if (!boundary) return undefined;
	const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
	const parts = [];
	let start = body.indexOf(delimiter);
	if (start < 0) return undefined;
	while (true) {
		start += delimiter.length;
		if (body.subarray(start, start + 2).toString() === '--') break;
		const next = body.indexOf(delimiter, start);
		if (next < 0) return undefined;
		// Each part: CRLF, headers, CRLF CRLF, data, CRLF.
		const part = body.subarray(start + 2, next - 2);
		const headerEnd = part.indexOf('\r\n\r\n');
		if (headerEnd < 0) return undefined;
		const headers = part.subarray(0, headerEnd).toString('utf8');
		const disposition =
			/content-disposition:\s*form-data;\s*name="([^"]*)"(?:;\s*filename="([^"]*)")?/i.exec(
				headers,
			);
		if (!disposition) return undefined;
		const type = /content-type:\s*([^\r\n]+)/i.exec(headers);
		parts.push({
			name: disposition[1],
			filename: disposition[2],
			contentType: type?.[1],
			data: part.subarray(headerEnd + 4),
		});
		start = next;
	}
	return parts;
}

function sendJson(res, status, body) {
	const text = JSON.stringify(body);
	res.writeHead(status, {
		'Content-Type': 'application/json',
		'Content-Length': Buffer.byteLength(text),
	});
	res.end(text);
}

function listen(server, port, host) {
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, host, () => {
			server.off('error', reject);
			resolve();
		});
	});
}

function close(server) {
	return new Promise((resolve) => {
		if (!server.listening) return resolve();
		server.close(() => resolve());
		server.closeAllConnections();
	});
}

// The listing helpers, for the endpoints in indexing.js.
HrFlowEmulator.listing = { unknownOrRepeated, pagingOf, pageOf, booleanParameter };
HrFlowEmulator.parseMultipart = parseMultipart;

module.exports = { HrFlowEmulator };
