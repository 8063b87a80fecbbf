import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from '../transport/errors';
import { optionalText } from './values';
import { readParameter } from './read';

/** Questions: a list (each entry one question, commas and all) or one text; at least one. */
export function readQuestions(context: IExecuteSingleFunctions): string[] {
	const value = readParameter(context, 'questions', []);
	const entries = Array.isArray(value) ? value : [value];
	const questions = entries
		.map((entry, index) =>
			optionalText(context, entry, `Questions (question ${index + 1})`)?.trim(),
		)
		.filter((question): question is string => Boolean(question));
	if (questions.length === 0)
		throw invalidInput(
			context,
			'Questions is empty',
			"Ask at least one question, e.g. What is the candidate's notice period?",
		);
	return questions;
}

const STAGES = ['new', 'yes', 'later', 'no'];

/** Options › Stage, checked (an expression may give anything). */
export function readStage(context: IExecuteSingleFunctions, stage: unknown): string | undefined {
	if (stage === undefined || stage === null || stage === '') return undefined;
	if (!STAGES.includes(String(stage)))
		throw invalidInput(context, `Stage "${String(stage)}" is not one of new, yes, later or no`);
	return String(stage);
}
