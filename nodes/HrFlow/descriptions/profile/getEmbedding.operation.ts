import { outputAnalysis } from '../../records/analysis';
import { profileItemLookup } from '../../resources/profile/analysis';
import { profileHints } from '../../resources/profile/hints';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

/**
 * GET /profile/embedding (profile.embedding.get, HrFlow's Python SDK 4.3 hrflow/profile/embedding.py).
 * HrFlow documents no answer: an object is the item, anything else goes under `embedding`.
 */
export const getEmbedding: OperationDescription = {
	since: 2,
	option: {
		name: 'Get Embedding',
		value: 'getEmbedding',
		action: 'Get the embedding of a profile',
		description:
			"Get HrFlow's stored vector of one profile, found by key, reference or email, to compare profiles or feed a vector store: HrFlow's answer as one item",
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/embedding',
			build: profileItemLookup,
			output: [outputAnalysis('embedding', true)],
		}),
	},
	fields: [...sourceFields, ...profileIdentifierFields],
};
