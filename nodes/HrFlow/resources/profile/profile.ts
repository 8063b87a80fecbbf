import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { hrflowData, itemOf } from '../../transport/items';
import { readParameter } from '../../parameters/read';

/** The fields people use, from a whole HrFlow profile. */
export function simplifyProfile(profile: IDataObject): IDataObject {
	const info = (profile.info ?? {}) as IDataObject;
	const location = (info.location ?? {}) as IDataObject;
	const skills = Array.isArray(profile.skills) ? (profile.skills as IDataObject[]) : [];
	return {
		key: profile.key,
		reference: profile.reference,
		name: info.full_name,
		email: info.email,
		phone: info.phone,
		location: location.text,
		summary: info.summary,
		skills: skills.map((skill) => skill.name),
		tags: profile.tags ?? [],
		metadatas: profile.metadatas ?? [],
		attachments: profile.attachments ?? [],
	};
}

/** postReceive: the profile HrFlow returned as one item, whole or simplified. */
export async function outputProfile(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const profile = (hrflowData(this, response) ?? {}) as IDataObject;
	const simplify = readParameter(this, 'simplify', false) as boolean;
	return [itemOf(this, simplify ? simplifyProfile(profile) : profile)];
}
