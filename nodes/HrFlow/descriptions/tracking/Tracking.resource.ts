import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { create } from './create.operation';
import { getMany } from './getMany.operation';

/** Resource Tracking (node version 2 on): one line per operation file. */
export const trackingDescription = (version: number): INodeProperties[] =>
	resourceDescription('tracking', [create, getMany], 'create', version);
