/** A multipart/form-data body, built without a dependency: text fields and one file. */
export interface MultipartFile {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

// Quotes and line breaks would end the header they sit in.
const headerValue = (text: string) => text.replace(/[\r\n"]/g, (c) => encodeURIComponent(c));

export function multipartBody(
	fields: Record<string, string>,
	file: MultipartFile,
): { body: Buffer; contentType: string } {
	const boundary = `----n8nHrFlowBoundary${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	const chunks: Buffer[] = [];
	const text = (value: string) => chunks.push(Buffer.from(value, 'utf8'));
	for (const [name, value] of Object.entries(fields)) {
		text(
			`--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(name)}"\r\n\r\n${value}\r\n`,
		);
	}
	text(
		`--${boundary}\r\nContent-Disposition: form-data; name="${headerValue(file.field)}"; filename="${headerValue(file.fileName)}"\r\n` +
			`Content-Type: ${file.mimeType}\r\n\r\n`,
	);
	chunks.push(file.data);
	text(`\r\n--${boundary}--\r\n`);
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}
