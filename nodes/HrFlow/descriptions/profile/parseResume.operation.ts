import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';

import { invalidInput } from '../../helpers/errors';
import { readSourceKey } from '../../helpers/identifiers';
import { hrflowData } from '../../helpers/items';
import { multipartBody } from '../../helpers/multipart';
import type { ItemRequest } from '../../helpers/perItem';
import { requestForEachItem } from '../../helpers/routing';
import { binaryFieldName, booleanValue, optionalText, requiredText } from '../../helpers/values';

type NameValue = { name?: unknown; value?: unknown };

interface ParseOptions {
	reference?: unknown;
	tags?: { tag?: NameValue[] };
	metadatas?: { metadata?: NameValue[] };
	createdAt?: unknown;
	waitForParsing?: unknown;
}

const waitsForParsing = (context: IExecuteSingleFunctions, options: ParseOptions) =>
	booleanValue(context, options.waitForParsing, 'Wait for Parsing', true);

/** HrFlow's tags and metadatas, a JSON list of { name, value }: each needs a name. */
function nameValuePairs(context: IExecuteSingleFunctions, entries: NameValue[], label: string): string {
	return JSON.stringify(
		entries.map(({ name, value }, index) => ({
			name: requiredText(context, name, `${label} ${index + 1} › Name`),
			value: optionalText(context, value, `${label} ${index + 1} › Value`) ?? '',
		})),
	);
}

/** A MIME type for the file part's header: a well-formed type, or none known. */
function safeMimeType(mimeType: unknown): string {
	const text = typeof mimeType === 'string' ? mimeType.trim() : '';
	return /^[\w.+-]+\/[\w.+-]+$/.test(text) ? text : 'application/octet-stream';
}

/** The multipart request of one item: its file (read through n8n's binary helpers) and fields. */
async function parsingRequest(this: IExecuteSingleFunctions): Promise<ItemRequest> {
	const sourceKey = readSourceKey.call(this);
	const property = binaryFieldName(this, this.getNodeParameter('binaryPropertyName', 'data'), 'Input Binary Field');
	const item = this.getInputData();
	const binary = item?.binary && Object.prototype.hasOwnProperty.call(item.binary, property) ? item.binary[property] : undefined;
	if (!binary) {
		throw invalidInput(
			this,
			`This item has no binary data in the field "${property}"`,
			'Input Binary Field names the field that holds the résumé, e.g. data from a Read Files from Disk, Gmail or HTTP Request node.',
		);
	}
	// Through n8n's binary helpers: works in memory, filesystem and S3 binary data modes.
	const data = await this.helpers.getBinaryDataBuffer(property);
	if (data.length === 0) throw invalidInput(this, `The file in "${property}" is empty`, 'HrFlow cannot parse an empty file.');

	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const fields: Record<string, string> = { source_key: sourceKey, sync_parsing: waitsForParsing(this, options) ? '1' : '0' };
	const reference = optionalText(this, options.reference, 'Reference');
	if (reference !== undefined) fields.reference = reference;
	if (options.createdAt !== undefined && options.createdAt !== null && options.createdAt !== '') {
		const createdAt = dateOf(options.createdAt);
		if (createdAt === undefined) {
			throw invalidInput(this, `Created At ${JSON.stringify(options.createdAt)} is not a date`, 'Use a date and time, e.g. 2026-11-01T10:00:00Z.');
		}
		fields.created_at = createdAt.toISOString();
	}
	if (options.tags?.tag?.length) fields.tags = nameValuePairs(this, options.tags.tag, 'Tag');
	if (options.metadatas?.metadata?.length) fields.metadatas = nameValuePairs(this, options.metadatas.metadata, 'Metadata');

	const { body, contentType } = multipartBody(fields, {
		field: 'file',
		fileName: binary.fileName ?? `resume${binary.fileExtension ? `.${binary.fileExtension}` : ''}`,
		mimeType: safeMimeType(binary.mimeType),
		data,
	});
	return { body, headers: { 'Content-Type': contentType } };
}

/**
 * A date from text, a number (milliseconds), a Date, or a Luxon DateTime such as {{ $now }} (which
 * n8n's expression sandbox hands over as { __n8nType: 'DateTime', __isoString }); else undefined.
 */
function dateOf(value: unknown): Date | undefined {
	let source: unknown = value;
	if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
		const { __isoString: isoString, toISO } = value as { __isoString?: unknown; toISO?: () => string };
		source = typeof isoString === 'string' ? isoString : typeof toISO === 'function' ? toISO.call(value) : undefined;
	}
	if (typeof source !== 'string' && typeof source !== 'number' && !(source instanceof Date)) return undefined;
	const date = new Date(source);
	return Number.isNaN(date.getTime()) ? undefined : date;
}

/** postReceive: the parsed profile, or with Wait for Parsing off, HrFlow's acknowledgement. */
async function outputParsing(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response) as IDataObject | undefined;
	const options = this.getNodeParameter('parseOptions', {}) as ParseOptions;
	const json = waitsForParsing(this, options) && data?.profile ? (data.profile as IDataObject) : (response.body as IDataObject);
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
