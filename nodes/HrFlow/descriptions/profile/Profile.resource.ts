import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { get } from './get.operation';
import { getMany } from './getMany.operation';
import { getMetadatas } from './getMetadatas.operation';
import { listAttachments } from './listAttachments.operation';
import { parseResume } from './parseResume.operation';

/** Resource Profile: one line per operation file. */
export const profileDescription: INodeProperties[] = resourceDescription(
	'profile',
	[get, getMany, getMetadatas, listAttachments, parseResume],
	'getMetadatas',
);
