// A profile's content for Create, Update and Create or Update: from the node's fields
// (Profile Definition = Fields) or a whole HrFlow profile object (Profile Definition = JSON).

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { isoDate, jsonObject, nameValues, skills } from '../../parameters/hrjson';
import type { NameValue } from '../../parameters/hrjson';
import { optionalText } from '../../parameters/values';
import { invalidInput } from '../../transport/errors';
import { readParameter } from '../../parameters/read';

interface ProfileFields {
	reference?: unknown;
	firstName?: unknown;
	lastName?: unknown;
	email?: unknown;
	phone?: unknown;
	location?: unknown;
	summary?: unknown;
	text?: unknown;
	skills?: unknown;
	tags?: { tag?: NameValue[] };
	metadatas?: { metadata?: NameValue[] };
	createdAt?: unknown;
}

// One @, no white space, a dot in the domain (as the lookups check a Profile Email).
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/;

/** The profile object to send: only the fields given (an update changes only those). */
export function profileContent(context: IExecuteSingleFunctions): IDataObject {
	if (readParameter(context, 'profileDefinition', 'fields') === 'json') {
		return jsonObject(context, context.getNodeParameter('profileJson', '{}'), 'Profile JSON');
	}
	const fields = context.getNodeParameter('profileFields', {}) as ProfileFields;
	const text = (value: unknown, label: string) => optionalText(context, value, label);
	const profile: IDataObject = {};
	const info: IDataObject = {};
	const set = (target: IDataObject, key: string, value: unknown) => {
		if (value !== undefined) target[key] = value;
	};
	set(profile, 'reference', text(fields.reference, 'Reference'));
	const firstName = text(fields.firstName, 'First Name');
	const lastName = text(fields.lastName, 'Last Name');
	set(info, 'first_name', firstName);
	set(info, 'last_name', lastName);
	if (firstName !== undefined || lastName !== undefined)
		info.full_name = [firstName, lastName].filter(Boolean).join(' ');
	const email = text(fields.email, 'Email')?.trim();
	if (email !== undefined && !EMAIL.test(email)) {
		throw invalidInput(
			context,
			`Email "${email}" is not a valid email address`,
			"Use the candidate's address, e.g. jane.doe@example.com",
		);
	}
	set(info, 'email', email);
	set(info, 'phone', text(fields.phone, 'Phone'));
	const location = text(fields.location, 'Location');
	if (location !== undefined) info.location = { text: location, lat: null, lng: null };
	set(info, 'summary', text(fields.summary, 'Summary'));
	if (Object.keys(info).length) profile.info = info;
	set(profile, 'text', text(fields.text, 'Resume Text'));
	if (fields.skills !== undefined) profile.skills = skills(context, fields.skills, 'Skills');
	if (fields.tags?.tag) profile.tags = nameValues(context, fields.tags.tag, 'Tag');
	if (fields.metadatas?.metadata)
		profile.metadatas = nameValues(context, fields.metadatas.metadata, 'Metadata');
	set(profile, 'created_at', isoDate(context, fields.createdAt, 'Created At'));
	return profile;
}
