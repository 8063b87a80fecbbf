import type { INodeProperties } from 'n8n-workflow';

import { profileGrading } from '../../resources/profile/grading';
import { outputGrade } from '../../records/similar';
import { single } from '../../transport/request';
import { boardFields } from '../common/board.fields';
import { jobIdentifierFields } from '../common/jobIdentifier.fields';
import type { OperationDescription } from '../common/operation';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';
import { profileHints } from '../../resources/profile/hints';
import { jobHints } from '../../resources/job/hints';

/**
 * The grader: a third definition of Algorithm Key (Score's is a scoring algorithm, Text › Tag's a
 * tagger with a default), since its text must say what a grader is.
 */
const grader: INodeProperties = {
	displayName: 'Algorithm Key',
	name: 'algorithmKey',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. grader-hrflow-profiles',
	hint: 'A grader: grader-hrflow-profiles, grader-hrflow-profiles-recruiting, or the key of a grader of your account',
	description:
		'The HrFlow grader: the algorithm that grades one profile for one job, by its name (e.g. grader-hrflow-profiles) or its 40-character key. Grading must be activated on the HrFlow account.',
};

/** GET /profile/grading (profile.grading.get): one profile's grade for one job. */
export const grade: OperationDescription = {
	since: 2,
	option: {
		name: 'Grade for a Job',
		value: 'grade',
		action: 'Grade a profile for a job',
		description:
			"Grade how well one candidate fits one job with an HrFlow grader, both found by key or reference: one item with HrFlow's answer and the grade as its score (0 to 1)",
		routing: single({
			hints: { ...profileHints, ...jobHints },
			method: 'GET',
			url: '/profile/grading',
			build: profileGrading,
			output: [outputGrade],
		}),
	},
	fields: [
		...sourceFields,
		...profileIdentifierFields,
		...boardFields,
		...jobIdentifierFields,
		grader,
	],
};
