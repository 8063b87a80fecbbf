import type { INodeProperties } from 'n8n-workflow';

import { getMetadatasFields, getMetadatasOperation } from './getMetadatas.operation';
import { profileIdentifierFields } from './identifier.fields';
import { listAttachmentsFields, listAttachmentsOperation } from './listAttachments.operation';

const operation: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: ['profile'] } },
	options: [getMetadatasOperation, listAttachmentsOperation],
	default: 'getMetadatas',
};

export const profileDescription: INodeProperties[] = [
	operation,
	...profileIdentifierFields,
	...getMetadatasFields,
	...listAttachmentsFields,
];
