// A job's content for Create, Update and Create or Update: from the node's fields
// (Job Definition = Fields) or a whole HrFlow job object (Job Definition = JSON).

import type { IDataObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { isoDate, jsonObject, nameValues, sections, skills } from '../../parameters/hrjson';
import type { NameValue, Section } from '../../parameters/hrjson';
import { optionalText } from '../../parameters/values';
import { invalidInput } from '../../transport/errors';
import { readParameter } from '../../parameters/read';

interface JobFields {
	reference?: unknown;
	summary?: unknown;
	url?: unknown;
	location?: unknown;
	skills?: unknown;
	tags?: { tag?: NameValue[] };
	metadatas?: { metadata?: NameValue[] };
	sections?: { section?: Section[] };
	createdAt?: unknown;
}

/**
 * The job object to send. `nameRequired`: a job created needs its name (the title); an update
 * changes only what is given.
 */
export function jobContent(context: IExecuteSingleFunctions, nameRequired: boolean): IDataObject {
	if (readParameter(context, 'jobDefinition', 'fields') === 'json') {
		const job = jsonObject(context, context.getNodeParameter('jobJson', '{}'), 'Job JSON');
		if (nameRequired && optionalText(context, job.name, 'Job JSON › name') === undefined) {
			throw invalidInput(
				context,
				'Job JSON has no name',
				'A job needs its title in "name", e.g. { "name": "Data Engineer" }.',
			);
		}
		return job;
	}
	const job: IDataObject = {};
	const name = optionalText(context, readParameter(context, 'name', ''), 'Name');
	if (name !== undefined) job.name = name;
	else if (nameRequired)
		throw invalidInput(context, 'Name is empty', 'A job needs its title, e.g. Data Engineer.');
	const fields = context.getNodeParameter('jobFields', {}) as JobFields;
	const text = (value: unknown, label: string) => optionalText(context, value, label);
	const set = (key: string, value: unknown) => {
		if (value !== undefined) job[key] = value;
	};
	set('reference', text(fields.reference, 'Reference'));
	set('summary', text(fields.summary, 'Summary'));
	set('url', text(fields.url, 'URL'));
	const location = text(fields.location, 'Location');
	if (location !== undefined) job.location = { text: location, lat: null, lng: null };
	if (fields.skills !== undefined) job.skills = skills(context, fields.skills, 'Skills');
	if (fields.tags?.tag) job.tags = nameValues(context, fields.tags.tag, 'Tag');
	if (fields.metadatas?.metadata)
		job.metadatas = nameValues(context, fields.metadatas.metadata, 'Metadata');
	if (fields.sections?.section)
		job.sections = sections(context, fields.sections.section, 'Section');
	set('created_at', isoDate(context, fields.createdAt, 'Created At'));
	return job;
}
