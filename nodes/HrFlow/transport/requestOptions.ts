import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { invalidInput } from './errors';

// n8n's own default for a declarative node's requests when Request Options › Timeout is not set.
const DEFAULT_TIMEOUT_MS = 300_000;

/**
 * The node's Request Options (which n8n adds to every declarative node) as options for requests
 * the node sends itself, e.g. file downloads: the same timeout, proxy and SSL setting as its API
 * calls, read the way n8n's routing node reads them.
 */
export function requestOptionsOf(context: IExecuteSingleFunctions): Partial<IHttpRequestOptions> {
	const { timeout, proxy, allowUnauthorizedCerts } = context.getNodeParameter(
		'requestOptions',
		{},
	) as IDataObject;
	const options: Partial<IHttpRequestOptions> = {
		timeout: Number(timeout) > 0 ? Number(timeout) : DEFAULT_TIMEOUT_MS,
	};
	if (allowUnauthorizedCerts === true) options.skipSslCertificateValidation = true;
	if (typeof proxy === 'string' && proxy.trim() !== '')
		options.proxy = parseProxy(context, proxy.trim());
	return options;
}

function parseProxy(context: IExecuteSingleFunctions, proxy: string): IHttpRequestOptions['proxy'] {
	let url: URL;
	try {
		url = new URL(proxy);
	} catch {
		throw invalidInput(
			context,
			`Proxy "${proxy}" is not a URL`,
			'Use e.g. http://myproxy:3128 in Request Options › Proxy.',
		);
	}
	if (!url.hostname || !url.port) {
		throw invalidInput(
			context,
			'The proxy is not valid',
			`The proxy URL does not contain a valid value for "${url.hostname ? 'port' : 'host'}"`,
		);
	}
	return {
		host: url.hostname,
		port: Number(url.port),
		protocol: url.protocol.replace(/:$/, ''),
		...(url.username
			? {
					auth: {
						username: decodeURIComponent(url.username),
						password: decodeURIComponent(url.password),
					},
				}
			: {}),
	};
}
