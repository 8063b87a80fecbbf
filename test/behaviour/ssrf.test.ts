// n8n's SSRF protection (n8n 2.x, N8N_SSRF_PROTECTION_ENABLED) blocking an attachment download:
// the error names the instance's policy, not "the request failed". The API host (127.0.0.1) is
// allowed; the storage host, on another loopback address, is in n8n's default blocked ranges.
process.env.N8N_SSRF_PROTECTION_ENABLED = 'true';
process.env.N8N_SSRF_ALLOWED_IP_RANGES = '127.0.0.1/32';

import { messages } from '../harness/expectations';
import { jane, sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const attachments = {
	operation: 'listAttachments',
	sourceKey: sample.SOURCE_KEY,
	identifierType: 'key',
	profileKey: jane.key,
	options: { downloadFiles: true },
};
const oneAttachment = (publicUrl: string) =>
	hrflow.emulator.failNext('/v1/profile/indexing/attachments', 200, {
		code: 200,
		message: 'Profile attachment list',
		data: [
			{
				type: 'resume',
				file_name: 'cv',
				original_file_name: 'cv',
				extension: '.pdf',
				public_url: publicUrl,
			},
		],
	});

test("a download to a blocked address: the error names n8n's SSRF protection and its settings", async () => {
	oneAttachment('http://127.0.0.2:9/files/cv.pdf');
	const { error, items } = await hrflow.runV1(attachments);
	expect(items).toEqual([]);
	expect(error?.message).toBe(
		messages.downloadFailed('cv.pdf', "blocked by this n8n instance's SSRF protection"),
	);
	expect(error?.description).toContain('N8N_SSRF_ALLOWED_IP_RANGES');
	expect(error?.description).toContain('127.0.0.2');
});

test('with Continue (using error output): the item to the error output, linked to its input', async () => {
	oneAttachment('http://127.0.0.2:9/files/cv.pdf');
	const { errorItems } = await hrflow.runV1(attachments, [{}], { onError: 'continueErrorOutput' });
	expect(errorItems.map((item) => [item.json.error, item.pairedItem])).toEqual([
		[
			messages.downloadFailed('cv.pdf', "blocked by this n8n instance's SSRF protection"),
			{ item: 0 },
		],
	]);
});

test('the API itself, on an allowed address, still answers', async () => {
	const { items, error } = await hrflow.runV1({ ...attachments, options: {} });
	expect(error).toBeUndefined();
	expect(items).toHaveLength(jane.attachments.length);
});
