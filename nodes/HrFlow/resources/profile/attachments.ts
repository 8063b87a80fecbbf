import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { requestOptionsOf } from '../../transport/requestOptions';
import { binaryFieldName, booleanValue, textList } from '../../parameters/values';
import { hrflowFailure } from '../../transport/errors';

export interface ListAttachmentsOptions {
	downloadFiles?: unknown;
	binaryPropertyName?: unknown;
	attachmentTypes?: unknown;
}

function optionsOf(context: IExecuteSingleFunctions): ListAttachmentsOptions {
	return context.getNodeParameter('options', {}) as ListAttachmentsOptions;
}

/** postReceive: keeps only the attachment types chosen in Options › Attachment Types (none chosen: all). */
export async function keepChosenAttachmentTypes(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const types = textList(this, optionsOf(this).attachmentTypes, 'Attachment Types');
	if (types.length === 0) return items;
	return items.filter((item) => types.includes(String(item.json.type)));
}

/** The file's name as the user uploaded it: original name (else HrFlow's name) and extension. */
export function attachmentFileName(attachment: IDataObject): string {
	const name = String(attachment.original_file_name || attachment.file_name || 'attachment');
	const extension = typeof attachment.extension === 'string' ? attachment.extension : '';
	return extension && !name.toLowerCase().endsWith(extension.toLowerCase())
		? `${name}${extension}`
		: name;
}

/** The response's MIME type, unless it says nothing (storage hosts often answer octet-stream). */
function mimeTypeOf(response: IN8nHttpFullResponse): string | undefined {
	const header = response.headers['content-type'];
	const mimeType = String(Array.isArray(header) ? header[0] : (header ?? ''))
		.split(';')[0]
		.trim();
	return mimeType && mimeType !== 'application/octet-stream' ? mimeType : undefined;
}

/**
 * postReceive: with Options › Download Files on, fetches each attachment's public_url and puts the
 * file on its item as n8n binary data. The request carries no credential, so neither the API key
 * nor the user email reaches the storage host; it honours the node's Request Options (timeout,
 * proxy, SSL). The file is streamed into n8n's binary data store (memory, filesystem or S3, as n8n
 * is set up) without being held in memory first.
 */
export async function downloadAttachments(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const options = optionsOf(this);
	if (!booleanValue(this, options.downloadFiles, 'Download Files', false)) return items;
	const property = binaryFieldName(this, options.binaryPropertyName, 'Put Output File in Field');
	const requestOptions = requestOptionsOf(this);
	for (const item of items) {
		const fileName = attachmentFileName(item.json);
		const binary = await download(this, item.json.public_url, fileName, requestOptions);
		item.binary = { ...item.binary, [property]: binary };
	}
	return items;
}

// In words: n8n replaces an error message that contains a code such as ECONNREFUSED with its own
// text, which would lose the attachment's name.
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

function ssrfAdvice(url: string, { ip, hostname }: SsrfBlock): string {
	let host = hostname ?? ip;
	try {
		host = new URL(url).host;
	} catch {
		// The URL the download was given is in the message already.
	}
	const address = ip && ip !== host ? ` (${ip})` : '';
	return `This n8n instance's SSRF protection (N8N_SSRF_PROTECTION_ENABLED) does not let nodes reach ${host}${address}, where HrFlow keeps this file. An n8n administrator can allow it with N8N_SSRF_ALLOWED_HOSTNAMES or N8N_SSRF_ALLOWED_IP_RANGES; or turn off Download Files.`;
}

/** One attachment's file as n8n binary data; any failure is an error naming the attachment. */
async function download(
	context: IExecuteSingleFunctions,
	url: unknown,
	fileName: string,
	requestOptions: Partial<IHttpRequestOptions>,
) {
	const fail = (reason: string, description: string, httpCode?: number) => {
		const message = `Could not download attachment "${fileName}": ${reason}`;
		return hrflowFailure(context, { message, description, httpCode });
	};
	if (typeof url !== 'string' || url.trim() === '') {
		throw fail(
			'HrFlow returned it without a public_url',
			'HrFlow returned this attachment without a file link.',
		);
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
			throw fail("blocked by this n8n instance's SSRF protection", ssrfAdvice(url, blocked));
		const { reason, code } = networkFailure(error, requestOptions.timeout);
		throw fail(
			reason,
			`The storage host did not answer${code ? ` (${code})` : ''}. Check the node's Request Options (Timeout, Proxy, Ignore SSL Issues), or list the attachments again to get fresh links.`,
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
				: 'The file link may have expired: list the attachments again to get fresh links.',
			status,
		);
	}
	return await context.helpers.prepareBinaryData(
		response.body as never,
		fileName,
		mimeTypeOf(response),
	);
}
