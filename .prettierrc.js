// Formatting, as n8n's own node template (@n8n/node-cli) sets it: `npm run format` writes it,
// `npm run format:check` (part of .ci/run) fails on a file not formatted.
module.exports = {
	semi: true,
	trailingComma: 'all',
	bracketSpacing: true,
	useTabs: true,
	tabWidth: 2,
	arrowParens: 'always',
	singleQuote: true,
	quoteProps: 'as-needed',
	endOfLine: 'lf',
	printWidth: 100,
};
