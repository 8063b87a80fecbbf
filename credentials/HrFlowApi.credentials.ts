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

	icon: Icon = { light: 'file:../nodes/HrFlow/hrflow.svg', dark: 'file:../nodes/HrFlow/hrflow.dark.svg' };

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
		requestOptions.baseURL = baseUrlOf(credentials);
		requestOptions.headers = {
			...requestOptions.headers,
			'X-API-KEY': String(credentials.apiKey ?? '').trim(),
			'X-USER-EMAIL': String(credentials.userEmail ?? '').trim(),
		};
		return requestOptions;
	}

	test: ICredentialTestRequest = {
		request: {
			baseURL: '={{$credentials.baseUrl}}',
			url: '/auth',
			method: 'GET',
		},
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'HrFlow answered "Unauthorized. Invalid secret key": check the API key and that the user email is the account it belongs to',
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

function baseUrlOf(credentials: ICredentialDataDecryptedObject): string {
	const configured = String(credentials.baseUrl ?? '').trim();
	return (configured || HRFLOW_DEFAULT_BASE_URL).replace(/\/+$/, '');
}
