import { NodeOperationError } from 'n8n-workflow';
import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { readSourceKey } from '../../helpers/identifiers';
import { hrflowData } from '../../helpers/items';
import { multipartBody } from '../../helpers/multipart';
import type { ItemRequest } from '../../helpers/perItem';
import { requestForEachItem } from '../../helpers/routing';

interface ParseOptions {
	reference?: string;
	tags?: { tag?: Array<{ name: string; value: string }> };
	metadatas?: { metadata?: Array<{ name: string; value: string }> };
	createdAt?: string;
	waitForParsing?: boolean;
}

const waitsForParsing = (options: ParseOptions) => options.waitForParsing !== false;

/** The multipart request of one item: its file (read through n8n's binary helpers) and fields. */
async function parsingRequest(this: IExecuteSingleFunctions): Promise<ItemRequest> {
	const sourceKey = readSourceKey.call(this);
	const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
	const itemIndex = this.getItemIndex();
	const fail = (message: string, description: string) =>
		new NodeOperationError(this.getNode(), message, { itemIndex, description });
	const binary = this.getInputData()?.binary?.[property];
	if (!binary) {
		throw fail(
			`This item has no binary data in the field "${property}"`,
			'Input Binary Field names the field that holds the résumé, e.g. data from a Read Files from Disk, Gmail or HTTP Request node.',
		);
	}
	// Through n8n's binary helpers: works in memory, filesystem and S3 binary data modes.
	const data = await this.helpers.getBinaryDataBuffer(property);
	if (data.length === 0) throw fail(`The file in "${property}" is empty`, 'HrFlow cannot parse an empty file.');

	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const fields: Record<string, string> = { source_key: sourceKey, sync_parsing: waitsForParsing(options) ? '1' : '0' };
	if (options.reference?.trim()) fields.reference = options.reference;
	if (options.createdAt) {
		const createdAt = new Date(options.createdAt);
		if (Number.isNaN(createdAt.getTime())) {
			throw fail(`Created At "${options.createdAt}" is not a date`, 'Use a date and time, e.g. 2026-11-01T10:00:00Z.');
		}
		fields.created_at = createdAt.toISOString();
	}
	const pairs = (list: Array<{ name: string; value: string }> = []) => JSON.stringify(list.map(({ name, value }) => ({ name, value })));
	if (options.tags?.tag?.length) fields.tags = pairs(options.tags.tag);
	if (options.metadatas?.metadata?.length) fields.metadatas = pairs(options.metadatas.metadata);

	const { body, contentType } = multipartBody(fields, {
		field: 'file',
		fileName: binary.fileName ?? `resume${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: binary.mimeType || 'application/octet-stream',
		data,
	});
	return { body, headers: { 'Content-Type': contentType } };
}

/** postReceive: the parsed profile, or with Wait for Parsing off, HrFlow's acknowledgement. */
async function outputParsing(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response) as IDataObject | undefined;
	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const json = waitsForParsing(options) && data?.profile ? (data.profile as IDataObject) : (response.body as IDataObject);
	return [{ json, pairedItem: { item: this.getItemIndex() } }];
}

/** POST /profile/parsing/file (HrFlow's Python SDK 4.3, hrflow/profile/parsing.py). */
export const parseResumeOperation: INodePropertyOptions = {
	name: 'Parse Resume',
	value: 'parseResume',
	action: 'Parse a resume file into a profile',
	description:
		'Send a resume file (binary data from any node) to HrFlow, which parses it into a new profile of the source',
	routing: requestForEachItem('POST', '/profile/parsing/file', parsingRequest, [outputParsing]),
};

const forParseResume = { show: { resource: ['profile'], operation: ['parseResume'] } };

/** A list of name/value pairs, as HrFlow takes tags and metadatas. */
function nameValueList(displayName: string, name: string, entryDisplayName: string, entryName: string): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		default: {},
		placeholder: `Add ${entryDisplayName.toLowerCase()}`,
		options: [
			{
				displayName: entryDisplayName,
				name: entryName,
				values: [
					{ displayName: 'Name', name: 'name', type: 'string', default: '' },
					{ displayName: 'Value', name: 'value', type: 'string', default: '' },
				],
			},
		],
	};
}

export const parseResumeFields: INodeProperties[] = [
	{
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		required: true,
		default: 'data',
		hint: 'The name of the input binary field containing the file to be parsed',
		displayOptions: forParseResume,
	},
	{
		displayName: 'Options',
		name: 'parseOptions',
		type: 'collection',
		placeholder: 'Add option',
		default: {},
		displayOptions: forParseResume,
		options: [
			{
				displayName: 'Created At',
				name: 'createdAt',
				type: 'dateTime',
				default: '',
				description: 'When the candidate applied, if not now',
			},
			nameValueList('Metadatas', 'metadatas', 'Metadata', 'metadata'),
			{
				displayName: 'Reference',
				name: 'reference',
				type: 'string',
				default: '',
				placeholder: 'e.g. ATS-1042',
				description: 'Your own ID for the profile, to find it later by reference',
			},
			nameValueList('Tags', 'tags', 'Tag', 'tag'),
			{
				displayName: 'Wait for Parsing',
				name: 'waitForParsing',
				type: 'boolean',
				default: true,
				description:
					'Whether to wait for HrFlow to parse the file and output the parsed profile, or only send it and output HrFlow\'s acknowledgement',
			},
		],
	},
];
