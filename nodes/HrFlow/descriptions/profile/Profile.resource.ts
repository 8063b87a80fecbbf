import type { INodeProperties } from 'n8n-workflow';

import { resourceDescription } from '../common/operation';
import { archive } from './archive.operation';
import { ask } from './ask.operation';
import { create } from './create.operation';
import { findSimilar } from './findSimilar.operation';
import { get } from './get.operation';
import { getEmbedding } from './getEmbedding.operation';
import { getMany } from './getMany.operation';
import { getMetadatas } from './getMetadatas.operation';
import { getParsing } from './getParsing.operation';
import { grade } from './grade.operation';
import { listAttachments } from './listAttachments.operation';
import { restore } from './restore.operation';
import { parseResume } from './parseResume.operation';
import { reveal } from './reveal.operation';
import { score } from './score.operation';
import { search } from './search.operation';
import { unfold } from './unfold.operation';
import { update } from './update.operation';
import { upsert } from './upsert.operation';

/** Resource Profile, in node version `version`: one line per operation file. */
export const profileDescription = (version: number): INodeProperties[] =>
	resourceDescription(
		'profile',
		[
			archive,
			ask,
			create,
			upsert,
			findSimilar,
			get,
			getEmbedding,
			getMany,
			getMetadatas,
			getParsing,
			grade,
			listAttachments,
			parseResume,
			unfold,
			reveal,
			score,
			search,
			restore,
			update,
		],
		'getMetadatas',
		version,
	);
