// What Job operations output.

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { booleanValue } from '../../parameters/values';
import { hrflowData, itemOf } from '../../transport/items';
import { readParameter } from '../../parameters/read';

/** The fields people use, from a whole HrFlow job. */
export function simplifyJob(job: IDataObject): IDataObject {
	const location = (job.location ?? {}) as IDataObject;
	const skills = Array.isArray(job.skills) ? (job.skills as IDataObject[]) : [];
	return {
		key: job.key,
		reference: job.reference,
		name: job.name,
		url: job.url,
		summary: job.summary,
		location: location.text,
		skills: skills.map((skill) => skill.name),
		tags: job.tags ?? [],
		metadatas: job.metadatas ?? [],
		board: (job.board as IDataObject | undefined)?.name,
		created_at: job.created_at,
		updated_at: job.updated_at,
	};
}

/** postReceive: the job HrFlow returned as one item, whole or (Options › Simplify) simplified. */
export async function outputJob(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const job = (hrflowData(this, response) ?? {}) as IDataObject;
	const simplify = booleanValue(this, readParameter(this, 'simplify', false), 'Simplify', false);
	return [itemOf(this, simplify ? simplifyJob(job) : job)];
}
