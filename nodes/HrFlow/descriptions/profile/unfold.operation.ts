import { outputAnalysis } from '../../records/analysis';
import { profileUnfolding } from '../../resources/profile/analysis';
import { unfoldingHints } from '../../resources/profile/hints';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { profileIdentifierFields } from '../common/profileIdentifier.fields';
import { sourceFields } from '../common/source.fields';

/** GET /profile/unfolding (profile.unfolding.get, HrFlow's Python SDK 4.3 hrflow/profile/unfolding.py). */
export const unfold: OperationDescription = {
	since: 2,
	option: {
		name: 'Predict Next Steps',
		value: 'unfold',
		action: "Predict the next steps of a profile's career",
		description:
			"Predict the next experiences of one candidate's career from a stored profile with at least one experience, found by key or reference: one item with the predicted experiences",
		routing: single({
			hints: unfoldingHints,
			method: 'GET',
			url: '/profile/unfolding',
			build: profileUnfolding,
			output: [outputAnalysis('experiences')],
		}),
	},
	fields: [
		...sourceFields,
		...profileIdentifierFields,
		optionsCollection([
			{
				displayName: 'Max Steps',
				name: 'maxSteps',
				type: 'number',
				typeOptions: { minValue: 1, numberPrecision: 0 },
				default: 1,
				description:
					'How many experiences to predict, one per step of the career: a whole number of at least 1',
			},
			{
				displayName: 'Job Text',
				name: 'jobText',
				type: 'string',
				typeOptions: { rows: 4 },
				default: '',
				placeholder: 'e.g. Head of Data: leads a team of data engineers, owns the data platform',
				description:
					'A description of the job the career should lead to: HrFlow predicts the steps towards it. Empty: the most likely steps.',
			},
		]),
	],
};
