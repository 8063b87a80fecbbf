// Resource Text, issue 22's tools: geocoding, imaging (a picture from a job text) and linking
// (related words). One request per item.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { readParameter } from '../../parameters/read';
import { binaryFieldName, booleanValue, requiredText, wholeNumber } from '../../parameters/values';
import { downloadFile } from '../../transport/download';
import { invalidInput } from '../../transport/errors';
import { hrflowData, itemOf, linkedItems } from '../../transport/items';
import type { ItemRequest } from '../../transport/request';
import { requestOptionsOf } from '../../transport/requestOptions';
import { readText } from './text';

/** POST /text/geocoding: the item's text as HrFlow's one-entry list `texts`. */
export function geocodingBody(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { texts: [readText(this)] } };
}

/**
 * postReceive: HrFlow's location for the text as the item, as HrFlow gives it: `text`, `lat`,
 * `lng`, the address `fields`, and `gmaps` and `is_correct` when HrFlow sends them. HrFlow answers
 * one entry per text sent: the first is this item's. No entry: the text with no coordinates.
 */
export async function outputLocation(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response);
	const location = (Array.isArray(data) ? data[0] : data) as IDataObject | undefined | null;
	return [
		itemOf(
			this,
			location && typeof location === 'object'
				? location
				: { text: readText(this), lat: null, lng: null, fields: {} },
		),
	];
}

// The widths HrFlow generates: its Power Automate connector's list, and the two its SDK tests
// (1024, in an SDK docstring only, is not confirmed).
const WIDTHS = [256, 512];

/** Width, from the list (a number) or an expression (256 or 512, as a number or text), as a number. */
function readWidth(context: IExecuteSingleFunctions): number {
	const value = readParameter(context, 'width', 256);
	const width =
		typeof value === 'number'
			? value
			: typeof value === 'string' && /^\s*\d+\s*$/.test(value)
				? Number(value)
				: NaN;
	if (!WIDTHS.includes(width)) {
		throw invalidInput(
			context,
			`Width must be 256 or 512, not ${JSON.stringify(value) ?? String(value)}`,
			'HrFlow generates square images of 256 or 512 pixels: set Width to one of them.',
		);
	}
	return width;
}

interface ImageOptions {
	downloadImage?: unknown;
	binaryPropertyName?: unknown;
}

/** Options › Download Image, and the binary field it fills; undefined when it is off. */
function imageDownload(context: IExecuteSingleFunctions): string | undefined {
	const options = context.getNodeParameter('options', {}) as ImageOptions;
	if (!booleanValue(context, options.downloadImage, 'Download Image', false)) return undefined;
	return binaryFieldName(context, options.binaryPropertyName, 'Put Output File in Field');
}

/** POST /text/imaging: `{ text, width }`, width always sent, as a number. The options checked first. */
export function imagingBody(this: IExecuteSingleFunctions): ItemRequest {
	const body = { text: readText(this), width: readWidth(this) };
	imageDownload(this);
	return { body };
}

/** The image's file name: the link's last part when it names a file, else image.png. */
function imageFileName(url: unknown): string {
	let name = '';
	try {
		name = decodeURIComponent(new URL(String(url)).pathname.split('/').pop() ?? '');
	} catch {
		// No usable link: the download says so.
	}
	return /^[^/\\]+\.[A-Za-z0-9]+$/.test(name) ? name : 'image.png';
}

/**
 * postReceive: HrFlow's `{ image_url }` as the item; with Options › Download Image, the PNG on it
 * as binary data, fetched without HrFlow's headers and with the node's Request Options, as
 * Profile › List Attachments fetches files (transport/download.ts).
 */
export async function outputImage(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = (hrflowData(this, response) ?? {}) as IDataObject;
	const item = itemOf(this, data);
	const property = imageDownload(this);
	if (property) {
		const binary = await downloadFile(
			this,
			data.image_url,
			imageFileName(data.image_url),
			requestOptionsOf(this),
			{
				file: 'the generated image',
				noLink: 'HrFlow returned it without an image_url',
				noLinkDescription: 'HrFlow answered without a link to the image.',
				freshLink: 'generate the image again to get a fresh link',
				option: 'Download Image',
			},
		);
		item.binary = { [property]: binary };
	}
	return [item];
}

/** POST /text/linking: `{ word, top_n }`, the word trimmed, Top N a whole number (0 included). */
export function linkingBody(this: IExecuteSingleFunctions): ItemRequest {
	const word = requiredText(this, readParameter(this, 'word', ''), 'Word').trim();
	const topN = wholeNumber(
		this,
		readParameter(this, 'topN', 5),
		'Top N',
		0,
		'Set Top N to how many related words to return, e.g. 5.',
	);
	return { body: { word, top_n: topN } };
}

/**
 * postReceive: one item per related word, `{ word, similarity }`, in HrFlow's order (nearest
 * first). HrFlow answers `[[word, similarity], ...]`; none found: no item, as Get Many with no
 * record (n8n's Always Output Data setting gives an empty item instead).
 */
export async function outputRelatedWords(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const data = hrflowData(this, response);
	const pairs = Array.isArray(data) ? data : [];
	return linkedItems(
		this,
		pairs.map((pair: unknown) =>
			Array.isArray(pair) ? { word: pair[0], similarity: pair[1] } : (pair as IDataObject),
		),
	);
}
