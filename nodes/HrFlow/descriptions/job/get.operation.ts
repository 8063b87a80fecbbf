import type { INodeProperties } from 'n8n-workflow';

import { jobLookup } from '../../resources/job/identifier';
import { outputJob } from '../../resources/job/job';
import { hrflowRequest } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import type { OperationDescription } from '../common/operation';
import { jobIdentifierFields } from './identifier.fields';

export const simplify: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: false,
	description:
		'Whether to return only the fields people use (key, reference, name, URL, summary, location, skill names, tags, metadatas, board, dates) instead of the whole job',
};

/** GET /job/indexing (job.storing.get). */
export const get: OperationDescription = {
	since: 2,
	option: {
		name: 'Get',
		value: 'get',
		action: 'Get a job',
		description: 'Get one whole HrFlow job, found by key or reference',
		routing: hrflowRequest({ method: 'GET', url: '/job/indexing', build: jobLookup, output: [outputJob] }),
	},
	fields: [...boardFields, ...jobIdentifierFields, simplify],
};
