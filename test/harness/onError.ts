// The check every operation's tests make of a failure: with each On Error setting, the failed item
// is given, linked to its input, with HrFlow's message and HTTP code.

import type { IDataObject } from 'n8n-workflow';

import type { HrFlowTestContext } from './hrflow';

/**
 * Runs `parameters` once with Continue (using regular output), once with Continue (using error
 * output), and expects the one input item to fail with `message` and `httpCode` each time: in the
 * item's place, and on the error output with the input item's own fields.
 */
export async function expectFailureInEachOnErrorMode(
	run: HrFlowTestContext['run'],
	parameters: IDataObject,
	{ message, httpCode, credentialId }: { message: string; httpCode: string; credentialId?: string },
): Promise<void> {
	const regular = await run(parameters, [{}], { onError: 'continueRegularOutput' }, credentialId);
	expect(regular.items).toEqual([
		{ json: expect.objectContaining({ error: message, httpCode }), pairedItem: { item: 0 } },
	]);
	const errorOutput = await run(
		parameters,
		[{ id: 2 }],
		{ onError: 'continueErrorOutput' },
		credentialId,
	);
	expect(errorOutput.items).toEqual([]);
	expect(errorOutput.errorItems).toEqual([
		{
			json: { id: 2, error: message, details: expect.objectContaining({ httpCode }) },
			pairedItem: { item: 0 },
		},
	]);
}
