import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

/** Resource Board (node version 2 on): one line per operation file. */
export const boardDescription = (version: number): INodeProperties[] =>
	resourceDescription('board', [get, getMany], 'get', version);
