import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { archive } from './archive.operation';
import { ask } from './ask.operation';
import { create } from './create.operation';
import { findSimilar } from './findSimilar.operation';
import { get } from './get.operation';
import { getEmbedding } from './getEmbedding.operation';
import { getMany } from './getMany.operation';
import { score } from './score.operation';
import { restore } from './restore.operation';
import { search } from './search.operation';
import { update } from './update.operation';
import { upsert } from './upsert.operation';

/** Resource Job (node version 2 on): one line per operation file. */
export const jobDescription = (version: number): INodeProperties[] =>
	resourceDescription(
		'job',
		[
			archive,
			ask,
			create,
			upsert,
			findSimilar,
			get,
			getEmbedding,
			getMany,
			score,
			search,
			restore,
			update,
		],
		'get',
		version,
	);
