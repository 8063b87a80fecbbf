import { outputParsing, parsingRequest } from '../../resources/profile/parsing';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { optionsCollection } from '../common/options';
import { inputBinaryField } from '../common/output.fields';
import { nameValueList } from '../common/nameValue.fields';
import { sourceFields } from '../common/source.fields';
import { profileHints } from '../../resources/profile/hints';

/** POST /profile/parsing/file (HrFlow's Python SDK 4.3, hrflow/profile/parsing.py). */
export const parseResume: OperationDescription = {
	option: {
		name: 'Parse Resume',
		value: 'parseResume',
		action: 'Parse a resume file into a profile',
		description:
			'Send a resume file (binary data from any node) to HrFlow, which parses it into a new profile of the source',
		routing: single({
			hints: profileHints,
			method: 'POST',
			url: '/profile/parsing/file',
			build: parsingRequest,
			output: [outputParsing],
		}),
	},
	fields: [
		...sourceFields,
		inputBinaryField,
		optionsCollection(
			[
				{
					displayName: 'Created At',
					name: 'createdAt',
					type: 'dateTime',
					default: '',
					description: 'When the candidate applied, if not now',
				},
				nameValueList('Metadatas', 'metadatas', 'Metadata', 'metadata'),
				{
					displayName: 'Reference',
					name: 'reference',
					type: 'string',
					default: '',
					placeholder: 'e.g. ATS-1042',
					description: 'Your own ID for the profile, to find it later by reference',
				},
				nameValueList('Tags', 'tags', 'Tag', 'tag'),
				{
					displayName: 'Wait for Parsing',
					name: 'waitForParsing',
					type: 'boolean',
					default: true,
					description:
						"Whether to wait for HrFlow to parse the file and output the parsed profile, or only send it and output HrFlow's acknowledgement",
				},
			],
			'parseOptions',
		),
	],
};
