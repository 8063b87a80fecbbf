import type {
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	Icon,
	INodeProperties,
} from 'n8n-workflow';

export const HRFLOW_DEFAULT_BASE_URL = 'https://api.hrflow.ai/v1';

export class HrFlowApi implements ICredentialType {
	name = 'hrFlowApi';

	displayName = 'HrFlow API';

	icon: Icon = {
		light: 'file:../nodes/HrFlow/hrflow.svg',
		dark: 'file:../nodes/HrFlow/hrflow.dark.svg',
	};

	documentationUrl = 'https://developers.hrflow.ai/docs/api-authentication';

	properties: INodeProperties[] = [
		{
			displayName: 'API Key',
			name: 'apiKey',
			type: 'string',
			typeOptions: { password: true },
			required: true,
			default: '',
			placeholder: 'e.g. askr_0123456789abcdef0123456789abcdef',
			hint: 'In HrFlow: Settings › API keys. A read key starts with askr_, a read-write key with ask_.',
			description: 'Your HrFlow secret API key, sent as the X-API-KEY header',
		},
		{
			displayName: 'User Email',
			name: 'userEmail',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. name@company.com',
			description:
				'The email of the HrFlow account the key belongs to, sent as the X-USER-EMAIL header',
		},
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			required: true,
			default: HRFLOW_DEFAULT_BASE_URL,
			description: 'Change it only for an on-premise HrFlow host',
		},
	];

	// A function, not the generic header object: the generic form evaluates an n8n expression for
	// each header on every request, and this runs once per input item.
	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const baseUrl = baseUrlOf(credentials);
		requestOptions.baseURL = baseUrl;
		requestOptions.headers = {
			...requestOptions.headers,
			'X-API-KEY': headerValue(credentials.apiKey, 'API Key'),
			'X-USER-EMAIL': headerValue(credentials.userEmail, 'User Email'),
		};
		// n8n's HTTP layer drops only Authorization on a redirect to another host: allowing just the
		// Base URL's host makes it refuse such a redirect before our headers are sent there. It
		// compares host names only, so n8n follows no redirect at all: the node follows those that
		// stay on the Base URL's scheme, host and port (transport/redirects.ts).
		requestOptions.allowedDomains = hostOf(baseUrl);
		requestOptions.disableFollowRedirect = true;
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/auth',
			method: 'GET',
			// The test follows no redirect at all: its rules below say what a redirect means.
			disableFollowRedirect: true,
		},
		rules: [
			...[301, 302, 303, 307, 308].map((value) => ({
				type: 'responseCode' as const,
				properties: {
					value,
					message: `The Base URL answered with a redirect (HTTP ${value}), not followed so that the API key and user email go nowhere else: set the Base URL to the address HrFlow's API answers on, e.g. https://api.hrflow.ai/v1`,
				},
			})),
			{
				type: 'responseCode',
				properties: {
					value: 401,
					// HrFlow answers a write-only key 401 too, as if it were not a key.
					message:
						'HrFlow answered "Unauthorized. Invalid secret key": check the API key and that the user email is the account it belongs to. Note that a write-only key (askw_) is refused here too: it may only write (e.g. parse résumés), so use a read (askr_) or read-write (ask_) key',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 403,
					message:
						'HrFlow refused this key (403): a write-only key (askw_) cannot read; use a read or read-write key',
				},
			},
		],
	};
}

export function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const configured = String(credentials.baseUrl ?? '').trim();
	return (configured || HRFLOW_DEFAULT_BASE_URL).replace(/\/+$/, '');
}

function hostOf(baseUrl: string): string {
	try {
		return new URL(baseUrl).hostname;
	} catch {
		throw new Error(
			`Base URL "${baseUrl}" in the HrFlow API credential is not a URL, e.g. https://api.hrflow.ai/v1`,
		);
	}
}

// Printable Latin-1 only: Node's HTTP client sends other characters mangled (用户@example.com
// arrives as @example.com) and refuses line breaks.
const HEADER_SAFE = /^[\x20-\x7e\xa0-\xff]*$/;

/** A credential field as an HTTP header value: trimmed, and refused, naming it, if a header cannot carry it. */
function headerValue(value: unknown, label: string): string {
	const text = String(value ?? '').trim();
	if (!HEADER_SAFE.test(text)) {
		// Never echo the key itself.
		const shown = label === 'User Email' ? ` "${text}"` : '';
		throw new Error(
			`${label}${shown} in the HrFlow API credential has characters an HTTP header cannot carry (only Latin-1 letters, digits and symbols): HrFlow would receive it altered`,
		);
	}
	return text;
}
