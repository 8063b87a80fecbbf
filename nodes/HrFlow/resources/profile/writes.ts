// Profile › Create, Update, Create or Update, Archive: the request of each item.

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { readSourceKey } from '../../parameters/locators';
import { requiredText } from '../../parameters/values';
import type { WriteInput } from '../../records/writes';
import type { ItemRequest } from '../../transport/request';
import { profileContent } from './content';
import { readProfileIdentifier, refuseEmail } from '../../records/profileIdentifier';
import { readParameter } from '../../parameters/read';

const NO_EMAIL = 'HrFlow cannot find a profile to write by email';

/** `{ source_key, key }` or `{ source_key, reference }` of the item's profile (no email). */
function profileSelector(context: IExecuteSingleFunctions): IDataObject {
	const identifier = readProfileIdentifier(context);
	refuseEmail(context, identifier, NO_EMAIL);
	return { source_key: identifier.sourceKey, [identifier.type]: identifier.value };
}

/** POST /profile/indexing: the profile, with its source. */
export function createProfile(this: IExecuteSingleFunctions): ItemRequest {
	const sourceKey = readSourceKey(this);
	return { body: { ...profileContent(this), source_key: sourceKey } };
}

/** Update: the lookup of the profile by key or reference, and the fields given (merged into it). */
export function updateProfile(this: IExecuteSingleFunctions): WriteInput {
	return {
		find: profileSelector(this),
		content: profileContent(this),
		fromFields: givenAsFields(this),
	};
}

/** Create or Update: the lookup by Profile Reference, and the content. */
export function upsertProfile(this: IExecuteSingleFunctions): WriteInput {
	const sourceKey = readSourceKey(this);
	const reference = requiredText(
		this,
		readParameter(this, 'profileReference', ''),
		'Profile Reference',
	);
	return {
		find: { source_key: sourceKey, reference },
		content: profileContent(this),
		fromFields: givenAsFields(this),
	};
}

/** Profile Definition = Fields: its lists (tags, metadatas, skills) merge by name into the profile's. */
const givenAsFields = (context: IExecuteSingleFunctions) =>
	readParameter(context, 'profileDefinition', 'fields') !== 'json';

/** PATCH /profile/indexing/archive. */
export function archiveProfile(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { ...profileSelector(this), is_archive: 1 } };
}

/** PATCH /profile/indexing/archive with is_archive 0: the profile is back in listings, search and scoring. */
export function restoreProfile(this: IExecuteSingleFunctions): ItemRequest {
	return { body: { ...profileSelector(this), is_archive: 0 } };
}
