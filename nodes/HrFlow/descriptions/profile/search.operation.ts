import { simplifyProfile } from '../../resources/profile/profile';
import { profileSearching } from '../../resources/profile/matching';
import { searchingSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { searchOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';
import { sourcesFields } from '../common/source.fields';
import { simplifyField } from '../common/output.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /profiles/searching: the profiles of sources that match keywords and filters. */
export const search: OperationDescription = {
	since: 2,
	option: {
		name: 'Search',
		value: 'search',
		action: 'Search profiles',
		description:
			'Find the profiles of one or more sources by keywords, name, email, dates or stage: one item per profile',
		routing: steps({
			hints: profileHints,
			build: profileSearching,
			run: searchingSteps('/profiles/searching', 'profiles', simplifyProfile),
		}),
	},
	fields: [...sourcesFields, simplifyField, ...pagingFields, optionsCollection(searchOptions)],
};
