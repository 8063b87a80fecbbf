// Captures everything n8n logs during the tests instead of printing it: n8n logs node errors, and
// the tests assert that no secret key ever reaches a log.

import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';

export const logged: string[] = [];

function showErrors(_key: string, value: unknown) {
	return value instanceof Error ? { ...value, message: value.message, stack: value.stack } : value;
}

// n8n's Logger (also behind n8n-workflow's LoggerProxy) writes through a winston logger; this one
// keeps the lines instead.
const capture = {
	levels: { error: 0, warn: 1, info: 2, debug: 5 },
	log(level: string, message: string, metadata: object = {}) {
		logged.push(`${level} ${message} ${JSON.stringify(metadata, showErrors)}`);
	},
	child() {
		return capture;
	},
};
(
	Container.get(Logger) as unknown as { setInternalLogger(logger: unknown): void }
).setInternalLogger(capture);
