import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { embed } from './embed.operation';
import { findRelatedWords } from './findRelatedWords.operation';
import { generateImage } from './generateImage.operation';
import { geocode } from './geocode.operation';
import { ocr } from './ocr.operation';
import { parse } from './parse.operation';
import { tag } from './tag.operation';

/** Resource Text (node version 2 on): HrFlow's text tools, one line per operation file. */
export const textDescription = (version: number): INodeProperties[] =>
	resourceDescription(
		'text',
		[embed, findRelatedWords, generateImage, geocode, ocr, parse, tag],
		'parse',
		version,
	);
