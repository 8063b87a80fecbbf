import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { archive } from './archive.operation';
import { create } from './create.operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { update } from './update.operation';
import { upsert } from './upsert.operation';

/** Resource Job (node version 2 on): one line per operation file. */
export const jobDescription: INodeProperties[] = resourceDescription('job', [archive, create, upsert, get, getMany, update], 'get');
