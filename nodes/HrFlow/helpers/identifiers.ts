import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { invalidInput } from './errors';
import { requiredText } from './values';

export type IdentifierType = 'key' | 'reference' | 'email';

/**
 * The query parameter names one endpoint uses for the source and for each identifier type it
 * takes; `email` is absent where the endpoint cannot find a profile by email.
 */
export type ProfileQueryNames = Record<'sourceKey' | 'key' | 'reference', string> & { email?: string };

/** Which node parameter holds the value for each identifier type (public names: never rename). */
export const IDENTIFIER_VALUE_FIELDS: Record<IdentifierType, { name: string; label: string }> = {
	key: { name: 'profileKey', label: 'Profile Key' },
	reference: { name: 'profileReference', label: 'Profile Reference' },
	email: { name: 'profileEmail', label: 'Profile Email' },
};

// HrFlow source and profile keys are 40 hexadecimal characters.
const HRFLOW_KEY = /^[0-9a-f]{40}$/;
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
export function readProfileIdentifier(this: IExecuteSingleFunctions): ProfileIdentifier {
	const sourceKey = readSourceKey.call(this);
	const type = this.getNodeParameter('identifierType', 'key') as IdentifierType;
	const field = IDENTIFIER_VALUE_FIELDS[type];
	if (field === undefined) {
		throw invalidInput(this, `Identifier Type "${String(type)}" is not one of Key, Reference or Email`);
	}
	if (type === 'key') {
		return { sourceKey, type, value: readHrFlowKey.call(this, field.name, field.label) };
	}
	const raw = readString.call(this, field.name, field.label);
	if (type === 'email') {
		// Surrounding white space is never part of an email address.
		const email = raw.trim();
		if (!EMAIL.test(email)) {
			throw invalidInput(
				this,
				`Profile Email "${email}" is not a valid email address`,
				'Use the address stored on the HrFlow profile, e.g. jane.doe@example.com',
			);
		}
		return { sourceKey, type, value: email };
	}
	// A reference is the user's own identifier: it travels exactly as given.
	return { sourceKey, type, value: raw };
}

/** The query of a profile request, with exactly one identifier parameter. */
export function profileQuery(identifier: ProfileIdentifier, names: ProfileQueryNames): IDataObject {
	const parameter = names[identifier.type];
	if (parameter === undefined) throw new Error(`No query parameter for identifier type ${identifier.type}`);
	return { [names.sourceKey]: identifier.sourceKey, [parameter]: identifier.value };
}

/** Refuses an email identifier where HrFlow's endpoint cannot find a profile by email. */
export function refuseEmail(this: IExecuteSingleFunctions, identifier: ProfileIdentifier, why: string): void {
	if (identifier.type === 'email') {
		throw invalidInput(this, why, 'Choose Identifier Type Key or Reference: HrFlow finds a profile by email only when listing its attachments.');
	}
}

/** The item's Source Key, checked. */
export function readSourceKey(this: IExecuteSingleFunctions): string {
	return readHrFlowKey.call(this, 'sourceKey', 'Source Key');
}

/** An HrFlow key from a parameter: trimmed, lower-cased (HrFlow's keys are lower-case hex), checked. */
function readHrFlowKey(this: IExecuteSingleFunctions, name: string, label: string): string {
	return hrflowKey(this, this.getNodeParameter(name, ''), label);
}

/** An HrFlow key from any value, as readHrFlowKey. */
export function hrflowKey(context: IExecuteSingleFunctions, value: unknown, label: string): string {
	const key = requiredText(context, value, label).trim().toLowerCase();
	if (!HRFLOW_KEY.test(key)) {
		throw invalidInput(
			context,
			`${label} "${key}" is not an HrFlow key`,
			`An HrFlow key is 40 hexadecimal characters, e.g. 6f2b0a1c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a. Copy it from the HrFlow app.`,
		);
	}
	return key;
}

function readString(this: IExecuteSingleFunctions, name: string, label: string): string {
	return requiredText(this, this.getNodeParameter(name, ''), label);
}
