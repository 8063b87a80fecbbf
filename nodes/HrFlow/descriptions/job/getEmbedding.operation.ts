import { jobLookup } from '../../records/jobIdentifier';
import { outputAnalysis } from '../../records/analysis';
import { jobHints } from '../../resources/job/hints';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import type { OperationDescription } from '../common/operation';

/**
 * GET /job/embedding (job.embedding.get, HrFlow's Python SDK 4.3 hrflow/job/embedding.py).
 * HrFlow documents no answer: an object is the item, anything else goes under `embedding`.
 */
export const getEmbedding: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Embedding',
		value: 'getEmbedding',
		action: 'Get the embedding of a job',
		description:
			"Get HrFlow's stored vector of one job, found by key or reference, to compare jobs or feed a vector store: HrFlow's answer as one item",
		routing: single({
			hints: jobHints,
			method: 'GET',
			url: '/job/embedding',
			build: jobLookup,
			output: [outputAnalysis('embedding', true)],
		}),
	},
	fields: [...boardFields, ...jobIdentifierFields],
};
