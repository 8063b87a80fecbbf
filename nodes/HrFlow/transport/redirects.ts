// The credential has n8n follow no redirect: n8n's allowed domains compare host names only, so a
// redirect to another port or scheme of the Base URL's host would take the X-API-KEY and
// X-USER-EMAIL headers along. A redirect to the Base URL's own origin is followed here.

import type { IExecuteSingleFunctions } from 'n8n-workflow';

import { RedirectAnswer } from './errors';

const MAX_REDIRECTS = 5;

/**
 * Sends (`send()`), and again to each redirect's location (`send(url)`) while it stays on the
 * Base URL's origin (scheme, host and port); any other redirect is thrown as it came.
 */
export async function followWithinOrigin<T>(
	context: Pick<IExecuteSingleFunctions, 'getCredentials'>,
	path: string | undefined,
	send: (url?: string) => Promise<T>,
	baseUrlOf: (
		context: Pick<IExecuteSingleFunctions, 'getCredentials'>,
	) => Promise<string | undefined>,
): Promise<T> {
	let current: URL | undefined;
	let base: URL | undefined;
	for (let hop = 0; ; hop++) {
		const outcome = await send(current?.href).then(
			(value) => ({ value }),
			(failure: unknown) => ({ failure }),
		);
		if (!('failure' in outcome)) return outcome.value;
		const redirect = outcome.failure;
		if (!(redirect instanceof RedirectAnswer) || !redirect.location || hop >= MAX_REDIRECTS)
			throw outcome.failure;
		// Only now: reading the credential again costs a database query and a decryption.
		base ??= new URL(`${(await baseUrlOf(context)) ?? ''}/`);
		current ??= new URL(`${base.href.replace(/\/$/, '')}${path ?? ''}`);
		const next = new URL(redirect.location, current);
		if (next.origin !== base.origin) throw outcome.failure;
		current = next;
	}
}
