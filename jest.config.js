/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }] },
	// The e2e suite drives a real n8n and has its own command.
	testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/queue/'],
	testTimeout: 30000,
};
