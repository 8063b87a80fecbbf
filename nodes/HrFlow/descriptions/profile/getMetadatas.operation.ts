import {
	readMetadatasFromProfile,
	shapeMetadatas,
	splitMetadatas,
} from '../../resources/profile/metadatas';
import { PROFILE_INDEXING_QUERY, profileLookup } from '../../records/profileIdentifier';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { profileHints } from '../../resources/profile/hints';

/**
 * GET /profile/metadatas with the parameter names of HrFlow's API reference page for it (source_id,
 * profile_id, profile_reference, profile_email); where HrFlow answers 404 (the
 * endpoint is legacy), the profile's own metadatas from GET /profile/indexing.
 */
export const getMetadatas: OperationDescription = {
	option: {
		name: 'Get Metadatas',
		value: 'getMetadatas',
		action: 'Get profile metadatas',
		description:
			'Get the metadatas (custom name/value fields) of one HrFlow profile, found by key, reference or email: one item per metadata, or one item for the profile',
		routing: single({
			hints: profileHints,
			method: 'GET',
			url: '/profile/metadatas',
			build: profileLookup({
				sourceKey: 'source_id',
				key: 'profile_id',
				reference: 'profile_reference',
				email: 'profile_email',
			}),
			output: [splitMetadatas, shapeMetadatas],
			recover: readMetadatasFromProfile(PROFILE_INDEXING_QUERY),
		}),
	},
	fields: [
		...sourceFields,
		...profileIdentifierFields,
		optionsCollection([
			{
				displayName: 'Metadata Names',
				name: 'metadataNames',
				type: 'string',
				default: '',
				placeholder: 'e.g. linkedin, salary_expectation',
				description: 'Comma-separated names of the metadatas to output. Empty: all of them.',
			},
			{
				displayName: 'Output',
				name: 'output',
				type: 'options',
				default: 'split',
				description: 'How to output the metadatas of each profile',
				options: [
					{
						name: 'Split Into Items',
						value: 'split',
						description: 'One item per metadata: { name, value }',
					},
					{
						name: 'Single Item',
						value: 'single',
						description:
							'One item per profile, each metadata a field named after it, plus the identifier used, to read a value by name',
					},
				],
			},
		]),
	],
};
