import { simplifyProfile } from '../../resources/profile/profile';
import { profileScoring } from '../../resources/profile/matching';
import { scoringSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { algorithmKeyField, profileScoringOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';
import { sourcesFields } from '../common/source.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import { simplifyField } from '../common/output.fields';
import { profileHints } from '../../resources/profile/hints';
import { jobHints } from '../../resources/job/hints';

/** GET /profiles/scoring: the profiles of sources ranked for one job. */
export const score: OperationDescription = {
	since: 2,
	option: {
		name: 'Score Profiles for a Job',
		value: 'score',
		action: 'Score profiles for a job',
		description:
			'Rank the candidates of one or more sources for one job with an HrFlow scoring algorithm: one item per profile, best first, with its score (0 to 1)',
		routing: steps({
			hints: { ...profileHints, ...jobHints },
			build: profileScoring,
			run: scoringSteps('/profiles/scoring', 'profiles', simplifyProfile),
		}),
	},
	fields: [
		...sourcesFields,
		...boardFields,
		...jobIdentifierFields,
		algorithmKeyField,
		simplifyField,
		...pagingFields,
		optionsCollection(profileScoringOptions),
	],
};
