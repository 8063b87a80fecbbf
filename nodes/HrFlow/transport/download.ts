// Files the node downloads from a link HrFlow gave (an attachment's public_url, a generated
// image's image_url) into n8n binary data. The request carries no credential, so neither the API
// key nor the user email reaches the storage host; it honours the node's Request Options (timeout,
// proxy, SSL) and follows redirects as n8n's HTTP helper does.

import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { hrflowFailure } from './errors';

/** How the messages of a failed download name the file and the way out. */
export interface DownloadWording {
	/** The file, after "Could not download": `attachment "cv.pdf"`, `the generated image`. */
	file: string;
	/** When HrFlow gave no link, the reason: "HrFlow returned it without a public_url". */
	noLink: string;
	/** And the description: "HrFlow returned this attachment without a file link." */
	noLinkDescription: string;
	/** How to get a fresh link, after "or": "list the attachments again to get fresh links". */
	freshLink: string;
	/** The option that turns downloading off: Download Files, Download Image. */
	option: string;
}

/** The response's MIME type, unless it says nothing (storage hosts often answer octet-stream). */
function mimeTypeOf(response: IN8nHttpFullResponse): string | undefined {
	const header = response.headers['content-type'];
	const mimeType = String(Array.isArray(header) ? header[0] : (header ?? ''))
		.split(';')[0]
		.trim();
	return mimeType && mimeType !== 'application/octet-stream' ? mimeType : undefined;
}

// In words: n8n replaces an error message that contains a code such as ECONNREFUSED with its own
// text, which would lose the file's name.
const NETWORK_REASONS: Record<string, string> = {
	ECONNREFUSED: 'the storage host refused the connection',
	ECONNRESET: 'the storage host closed the connection',
	ENOTFOUND: 'the storage host name was not found',
	EAI_AGAIN: 'the storage host name could not be looked up',
	EHOSTUNREACH: 'the storage host is unreachable',
};

/** Why a download request failed, in words, and the system code if there was one. */
function networkFailure(
	error: unknown,
	timeout: number | undefined,
): { reason: string; code?: string } {
	const { message, code } = (error ?? {}) as { message?: unknown; code?: unknown };
	const text = String(message ?? error);
	const errorCode = typeof code === 'string' ? code : /\b(E[A-Z_]{3,})\b/.exec(text)?.[1];
	if (/timeout/i.test(text) || errorCode === 'ECONNABORTED' || errorCode === 'ETIMEDOUT') {
		return { reason: `no answer within ${timeout} ms`, code: errorCode };
	}
	if (errorCode && NETWORK_REASONS[errorCode])
		return { reason: NETWORK_REASONS[errorCode], code: errorCode };
	return { reason: errorCode ? 'the request failed' : text, code: errorCode };
}

// n8n 2.x's SSRF protection (N8N_SSRF_PROTECTION_ENABLED) refuses an address with these errors,
// thrown as they are or as the cause of the HTTP client's error.
const SSRF_ERRORS = ['SsrfBlockedIpError', 'SsrfBlockedHostnameError'];
const SSRF_MESSAGE =
	/blocked because (it resolves to a restricted IP address|the destination hostname is restricted)/i;

interface SsrfBlock {
	ip?: string;
	hostname?: string;
}

/** What n8n's SSRF protection blocked, if that is why the request failed. */
function ssrfBlock(error: unknown): SsrfBlock | undefined {
	for (let cause = error, depth = 0; cause && typeof cause === 'object' && depth < 5; depth++) {
		const { name, message, ip, hostname } = cause as {
			name?: unknown;
			message?: unknown;
			ip?: unknown;
			hostname?: unknown;
		};
		if (SSRF_ERRORS.includes(String(name)) || SSRF_MESSAGE.test(String(message))) {
			return {
				ip: typeof ip === 'string' ? ip : undefined,
				hostname: typeof hostname === 'string' ? hostname : undefined,
			};
		}
		cause = (cause as { cause?: unknown }).cause;
	}
	return undefined;
}

function ssrfAdvice(url: string, { ip, hostname }: SsrfBlock, option: string): string {
	let host = hostname ?? ip;
	try {
		host = new URL(url).host;
	} catch {
		// The URL the download was given is in the message already.
	}
	const address = ip && ip !== host ? ` (${ip})` : '';
	return `This n8n instance's SSRF protection (N8N_SSRF_PROTECTION_ENABLED) does not let nodes reach ${host}${address}, where HrFlow keeps this file. An n8n administrator can allow it with N8N_SSRF_ALLOWED_HOSTNAMES or N8N_SSRF_ALLOWED_IP_RANGES; or turn off ${option}.`;
}

/**
 * The file at `url` as n8n binary data, streamed into n8n's binary data store (memory, filesystem
 * or S3, as n8n is set up) without being held in memory first; any failure is an error naming the
 * file. `requestOptions` are the node's (requestOptionsOf).
 */
export async function downloadFile(
	context: IExecuteSingleFunctions,
	url: unknown,
	fileName: string,
	requestOptions: Partial<IHttpRequestOptions>,
	wording: DownloadWording,
) {
	const fail = (reason: string, description: string, httpCode?: number) => {
		const message = `Could not download ${wording.file}: ${reason}`;
		return hrflowFailure(context, { message, description, httpCode });
	};
	if (typeof url !== 'string' || url.trim() === '') {
		throw fail(wording.noLink, wording.noLinkDescription);
	}
	let response: IN8nHttpFullResponse & { body: NodeJS.ReadableStream };
	try {
		response = (await context.helpers.httpRequest({
			...requestOptions,
			method: 'GET',
			url,
			encoding: 'stream',
			returnFullResponse: true,
			ignoreHttpStatusErrors: true,
		})) as typeof response;
	} catch (error) {
		const blocked = ssrfBlock(error);
		if (blocked)
			throw fail(
				"blocked by this n8n instance's SSRF protection",
				ssrfAdvice(url, blocked, wording.option),
			);
		const { reason, code } = networkFailure(error, requestOptions.timeout);
		throw fail(
			reason,
			`The storage host did not answer${code ? ` (${code})` : ''}. Check the node's Request Options (Timeout, Proxy, Ignore SSL Issues), or ${wording.freshLink}.`,
		);
	}
	const status = response.statusCode;
	// Only a 2xx with content is a file: a 204 has none, and a final 3xx is a redirect that led nowhere.
	if (status < 200 || status >= 300 || status === 204 || status === 205) {
		response.body.resume();
		throw fail(
			`the storage host answered HTTP ${status}`,
			status >= 300 && status < 400
				? 'The storage host answered a redirect without a usable location.'
				: `The file link may have expired: ${wording.freshLink}.`,
			status,
		);
	}
	return await context.helpers.prepareBinaryData(
		response.body as never,
		fileName,
		mimeTypeOf(response),
	);
}
