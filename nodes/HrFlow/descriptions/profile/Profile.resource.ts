import type { INodeProperties } from 'n8n-workflow';

import { getFields, getOperation } from './get.operation';
import { getManyFields, getManyOperation } from './getMany.operation';
import { getMetadatasFields, getMetadatasOperation } from './getMetadatas.operation';
import { profileIdentifierFields } from './identifier.fields';
import { listAttachmentsFields, listAttachmentsOperation } from './listAttachments.operation';
import { parseResumeFields, parseResumeOperation } from './parseResume.operation';

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['profile'] } },
	options: [getOperation, getManyOperation, getMetadatasOperation, listAttachmentsOperation, parseResumeOperation],
	default: 'getMetadatas',
};

export const profileDescription: INodeProperties[] = [
	operation,
	...profileIdentifierFields,
	...getFields,
	...getManyFields,
	...getMetadatasFields,
	...listAttachmentsFields,
	...parseResumeFields,
];
