import type { INodeProperties } from 'n8n-workflow';

import { imagingBody, outputImage } from '../../resources/text/tools';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { textField } from './text.fields';

const width: INodeProperties = {
	displayName: 'Width',
	name: 'width',
	type: 'options',
	default: 256,
	description:
		'The side of the square image, in pixels: 256 or 512 (from an expression too, as a number or text)',
	options: [
		{ name: '256', value: 256 },
		{ name: '512', value: 512 },
	],
};

/** POST /text/imaging. */
export const generateImage: OperationDescription = {
	since: 2,
	option: {
		name: 'Generate Image',
		value: 'generateImage',
		action: 'Generate an image from a job text',
		description:
			"Generate a square picture for a job (a job portrait) from its text, ideally with the job title: the image's link, and optionally the PNG as binary data",
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/imaging',
			build: imagingBody,
			output: [outputImage],
		}),
	},
	fields: [
		textField,
		width,
		optionsCollection([
			{
				displayName: 'Download Image',
				name: 'downloadImage',
				type: 'boolean',
				default: false,
				description:
					'Whether to download the PNG and put it on the item as binary data, ready for Gmail, Google Drive, S3 or Write Files nodes',
			},
			{
				displayName: 'Put Output File in Field',
				name: 'binaryPropertyName',
				type: 'string',
				default: 'data',
				hint: 'The name of the binary field the image goes in',
				displayOptions: { show: { downloadImage: [true] } },
			},
		]),
	],
};
