// Text › OCR (version 2) through n8n's engine: the item's file sent multipart, the text and pages.

import type { IDataObject } from 'n8n-workflow';

import { sample, useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const text = (operation: string, extra: IDataObject = {}) => ({
	resource: 'text',
	operation,
	...extra,
});

test("OCR: the item's file sent multipart; the text and the pages of the PDF", async () => {
	const pdf = sample.makePdf(['Ada Lovelace', 'Analyst, London']);
	const { items, error } = await hrflow.run(text('ocr'), [
		{
			$binary: {
				data: { base64: pdf.toString('base64'), fileName: 'ada.pdf', mimeType: 'application/pdf' },
			},
		},
	]);
	expect(error).toBeUndefined();
	expect(hrflow.emulator.requests[0].headers['content-type']).toMatch(
		/^multipart\/form-data; boundary=/,
	);
	expect(items[0].json).toMatchObject({
		text: 'Ada Lovelace\nAnalyst, London',
		pages: [{ page_number: 0, sections: ['Ada Lovelace', 'Analyst, London'] }],
	});
});

test('OCR without a file fails before any request', async () => {
	const { error } = await hrflow.run(text('ocr'));
	expect(error?.message).toBe('This item has no binary data in the field "data"');
	expect(hrflow.emulator.requests).toHaveLength(0);
});
