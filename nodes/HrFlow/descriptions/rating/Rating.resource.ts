import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { create } from './create.operation';
import { getMany } from './getMany.operation';

/** Resource Rating (node version 2 on): one line per operation file. */
export const ratingDescription = (version: number): INodeProperties[] =>
	resourceDescription('rating', [create, getMany], 'create', version);
