// The lint rules n8n's community-package scanner applies (@n8n/scan-community-package's lint
// stage): @n8n/eslint-plugin-community-nodes `recommended`, no-console, and
// eslint-plugin-n8n-nodes-base's community, credentials and nodes rule sets, on the shipped
// sources (nodes/, credentials/) and package.json. Inline eslint-disable comments are ignored
// there, so none are used here.
import { n8nCommunityNodesPlugin } from '@n8n/eslint-plugin-community-nodes';
import tsParser from '@typescript-eslint/parser';
import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import { defineConfig } from 'eslint/config';

const RESOURCES = ['profile', 'job', 'text', 'tracking', 'rating', 'source', 'board'];

export default defineConfig(
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'.cache/**',
			'.e2e/**',
			'coverage/**',
			'test/**',
			'scripts/**',
			'*.js',
			'*.mjs',
			'package-lock.json',
		],
	},
	{
		files: ['package.json', 'nodes/**/*.{ts,json}', 'credentials/**/*.ts'],
		extends: [n8nCommunityNodesPlugin.configs.recommended],
		linterOptions: { noInlineConfig: true },
		rules: { 'no-console': 'error' },
	},
	{ plugins: { 'n8n-nodes-base': n8nNodesBase } },
	{ files: ['package.json'], rules: { ...n8nNodesBase.configs.community.rules } },
	// The same five rules the scanner switches off (they predate n8n's current typings).
	{
		files: ['credentials/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.credentials.rules,
			'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
			'n8n-nodes-base/cred-class-field-type-options-password-missing': 'off',
		},
	},
	{
		files: ['nodes/**/*.ts'],
		rules: {
			...n8nNodesBase.configs.nodes.rules,
			'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
			'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
			'n8n-nodes-base/node-param-type-options-max-value-present': 'off',
		},
	},
	// One home per kind of code: a resource's behaviour never imports another resource's (what
	// profiles and jobs share lives in records/), and node and credential code imports nothing
	// outside nodes/ and credentials/ (n8n's scanner lints those folders on their own).
	...RESOURCES.map((resource) => ({
		files: [`nodes/HrFlow/resources/${resource}/**/*.ts`],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: RESOURCES.filter((other) => other !== resource).map((other) => ({
						group: [`../${other}`, `../${other}/*`, `**/resources/${other}/*`],
						message:
							'A resource never imports another resource: move what they share to nodes/HrFlow/records/.',
					})),
				},
			],
		},
	})),
	{
		files: ['nodes/**/*.ts', 'credentials/**/*.ts'],
		ignores: ['nodes/HrFlow/resources/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{
							group: ['**/test/**', '**/scripts/**', '**/package.json'],
							message: 'Node and credential code imports nothing outside nodes/ and credentials/.',
						},
					],
				},
			],
		},
	},
	{ files: ['**/*.json', '**/*.ts'], languageOptions: { parser: tsParser } },
);
