// How a profile is found in its source: by key, reference or email, with each endpoint's own
// query parameter names.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { hrflowKey, readSourceKey } from '../parameters/locators';
import { requiredText } from '../parameters/values';
import { invalidInput } from '../transport/errors';
import type { ItemRequest } from '../transport/request';
import { readParameter } from '../parameters/read';

export type IdentifierType = 'key' | 'reference' | 'email';

/**
 * The query parameter names one endpoint uses for the source and for each identifier type it
 * takes; `email` is absent where the endpoint cannot find a profile by email.
 */
export type ProfileQueryNames = Record<'sourceKey' | 'key' | 'reference', string> & {
	email?: string;
};

/** GET /profile/indexing's parameters: the whole profile, by key or reference (no email). */
export const PROFILE_INDEXING_QUERY: ProfileQueryNames = {
	sourceKey: 'source_key',
	key: 'key',
	reference: 'reference',
};

/**
 * The same endpoint with HrFlow's reference's `email` ("One of key, reference or email parameters
 * should be provided", get-profile-indexing.md); HrFlow's Python SDK 4.3 never sends it.
 */
export const PROFILE_INDEXING_BY_EMAIL_QUERY: ProfileQueryNames = {
	...PROFILE_INDEXING_QUERY,
	email: 'email',
};

/** Which node parameter holds the value for each identifier type (public names: never rename). */
export const IDENTIFIER_VALUE_FIELDS: Record<IdentifierType, { name: string; label: string }> = {
	key: { name: 'profileKey', label: 'Profile Key' },
	reference: { name: 'profileReference', label: 'Profile Reference' },
	email: { name: 'profileEmail', label: 'Profile Email' },
};

// One @, no white space, a dot in the domain: what HrFlow itself accepts as a profile email.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

export interface ProfileIdentifier {
	sourceKey: string;
	type: IdentifierType;
	value: string;
}

/**
 * Reads the source key and the chosen identifier of the current item and checks them, so that
 * bad input fails with a message naming the field before any request is sent.
 */
export function readProfileIdentifier(context: IExecuteSingleFunctions): ProfileIdentifier {
	const sourceKey = readSourceKey(context);
	const type = readParameter(context, 'identifierType', 'key') as IdentifierType;
	const field = IDENTIFIER_VALUE_FIELDS[type];
	if (field === undefined) {
		throw invalidInput(
			context,
			`Identifier Type "${String(type)}" is not one of Key, Reference or Email`,
		);
	}
	const value = readParameter(context, field.name, '');
	if (type === 'key') return { sourceKey, type, value: hrflowKey(context, value, field.label) };
	const text = requiredText(context, value, field.label);
	if (type === 'email') {
		// Surrounding white space is never part of an email address.
		const email = text.trim();
		if (!EMAIL.test(email)) {
			throw invalidInput(
				context,
				`Profile Email "${email}" is not a valid email address`,
				'Use the address stored on the HrFlow profile, e.g. jane.doe@example.com',
			);
		}
		return { sourceKey, type, value: email };
	}
	// A reference is the user's own identifier: it travels exactly as given.
	return { sourceKey, type, value: text };
}

/** The query of a profile request, with exactly one identifier parameter. */
export function profileQuery(identifier: ProfileIdentifier, names: ProfileQueryNames): IDataObject {
	const parameter = names[identifier.type];
	if (parameter === undefined)
		throw new Error(`No query parameter for identifier type ${identifier.type}`);
	return { [names.sourceKey]: identifier.sourceKey, [parameter]: identifier.value };
}

/** Refuses an email identifier where HrFlow's endpoint cannot find a profile by email. */
export function refuseEmail(
	context: IExecuteSingleFunctions,
	identifier: ProfileIdentifier,
	why: string,
): void {
	if (identifier.type === 'email') {
		throw invalidInput(
			context,
			why,
			'Choose Identifier Type Key or Reference: HrFlow finds a profile by email only to read it (Get, Get Metadatas, Get Parsing, Reveal Skills, Get Embedding) or list its attachments.',
		);
	}
}

/**
 * The request builder of an endpoint that finds one profile, naming the source and the
 * identifiers its own way. Where `names` has no email parameter, an email identifier is refused
 * with `noEmail` before any request.
 */
export function profileLookup(
	names: ProfileQueryNames,
	noEmail = 'This operation cannot find a profile by email',
) {
	return function (this: IExecuteSingleFunctions): ItemRequest {
		const identifier = readProfileIdentifier(this);
		if (names.email === undefined) refuseEmail(this, identifier, noEmail);
		return { qs: profileQuery(identifier, names) };
	};
}

/**
 * The profile's parameters where HrFlow names it next to another record (scoring, matching,
 * grading, tracking, rating): `source_key` with `profile_key` or `profile_reference`, the
 * reference sent as given (no lookup first).
 */
export const PROFILE_MATCHING_QUERY: ProfileQueryNames = {
	sourceKey: 'source_key',
	key: 'profile_key',
	reference: 'profile_reference',
};

/** `{ source_key, profile_key | profile_reference }` (the email is refused before). */
export const profileMatchingQuery = (identifier: ProfileIdentifier): IDataObject =>
	profileQuery(identifier, PROFILE_MATCHING_QUERY);
