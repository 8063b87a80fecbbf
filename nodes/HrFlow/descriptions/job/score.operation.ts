import { simplifyJob } from '../../resources/job/job';
import { jobScoring } from '../../resources/job/matching';
import { scoringSteps } from '../../records/matching';
import { steps } from '../../transport/request';
import { boardsFields } from '../common/board.fields';
import { algorithmKeyField, jobScoringOptions } from '../common/matching.fields';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { pagingFields } from '../common/paging.fields';
import { sourceFields } from '../common/source.fields';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { simplifyField } from '../common/output.fields';
import { profileHints } from '../../resources/profile/hints';
import { jobHints } from '../../resources/job/hints';

/** GET /jobs/scoring: the jobs of boards ranked for one profile. */
export const score: OperationDescription = {
	since: 2,
	option: {
		name: 'Score Jobs for a Profile',
		value: 'score',
		action: 'Score jobs for a profile',
		description:
			'Rank the jobs of one or more boards for one candidate with an HrFlow scoring algorithm: one item per job, best first, with its score (0 to 1)',
		routing: steps({
			hints: { ...profileHints, ...jobHints },
			build: jobScoring,
			run: scoringSteps('/jobs/scoring', 'jobs', simplifyJob),
		}),
	},
	fields: [
		...boardsFields,
		...sourceFields,
		...profileIdentifierFields,
		algorithmKeyField,
		simplifyField,
		...pagingFields,
		optionsCollection(jobScoringOptions),
	],
};
