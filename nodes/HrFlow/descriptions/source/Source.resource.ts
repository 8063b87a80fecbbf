import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';

/** Resource Source (node version 2 on): one line per operation file. */
export const sourceDescription = (version: number): INodeProperties[] =>
	resourceDescription('source', [get, getMany], 'get', version);
