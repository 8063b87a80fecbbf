import { profileListing } from '../../resources/profile/listing';
import { paged } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields, sortOptions } from '../common/paging.fields';
import { sourcesFields } from '../common/source.fields';
import { profileHints } from '../../resources/profile/hints';

/** GET /storing/profiles (HrFlow's Python SDK 4.3): the profiles of one or more sources, page by page. */
export const getMany: OperationDescription = {
	option: {
		name: 'Get Many',
		value: 'getMany',
		action: 'Get many profiles',
		description:
			'List the profiles of one or more HrFlow sources, page after page: one item per profile',
		routing: paged({ hints: profileHints, url: '/storing/profiles', build: profileListing }),
	},
	fields: [...sourcesFields, ...pagingFields, optionsCollection(sortOptions)],
};
