// Get Metadatas and List Attachments through n8n's engine against the strict emulator: the exact
// requests HrFlow receives, and the items (json and pairedItem) the node outputs.

import { elodie, jane, kenji, queryOf, sample, useHrFlow } from './harness/hrflow';
import type { SampleProfile } from './harness/hrflow';

const hrflow = useHrFlow();

const identifierValue = {
	key: (profile: SampleProfile) => ({ profileKey: profile.key }),
	reference: (profile: SampleProfile) => ({ profileReference: profile.reference }),
	email: (profile: SampleProfile) => ({ profileEmail: profile.email }),
};

const operations = {
	getMetadatas: {
		path: '/v1/profile/metadatas',
		query: { sourceKey: 'source_id', key: 'profile_id', reference: 'profile_reference', email: 'profile_email' },
		expected: (profile: SampleProfile) => profile.metadatas,
	},
	listAttachments: {
		path: '/v1/profile/indexing/attachments',
		query: { sourceKey: 'source_key', key: 'key', reference: 'reference', email: 'email' },
		expected: (profile: SampleProfile) =>
			profile.attachments.map((attachment) => hrflow.emulator.attachmentJson(attachment)),
	},
} as const;

describe.each(Object.entries(operations))('%s', (operation, endpoint) => {
	test.each(['key', 'reference', 'email'] as const)(
		'finds the profile by %s: one GET with the seed parameters, one item per entry',
		async (identifierType) => {
			const { items, error } = await hrflow.runV1({
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType,
				...identifierValue[identifierType](jane),
			});

			expect(error).toBeUndefined();
			expect(hrflow.emulator.requests).toHaveLength(1);
			const [request] = hrflow.emulator.requests;
			expect(request.method).toBe('GET');
			expect(request.path).toBe(endpoint.path);
			expect(queryOf(request)).toEqual({
				[endpoint.query.sourceKey]: sample.SOURCE_KEY,
				[endpoint.query[identifierType]]: jane[identifierType],
			});
			expect(request.headers['x-api-key']).toBe(sample.API_KEYS.read);
			expect(request.headers['x-user-email']).toBe(sample.USER_EMAIL);
			expect(items.map((item) => item.json)).toEqual(endpoint.expected(jane));
			expect(items.every((item) => JSON.stringify(item.pairedItem) === '{"item":0}')).toBe(true);
		},
	);

	test('several input items: one request each, every output item linked to its input', async () => {
		const input = [jane, elodie, kenji].map((profile) => ({ ref: profile.reference }));
		const { items } = await hrflow.runV1(
			{
				operation,
				sourceKey: sample.SOURCE_KEY,
				identifierType: 'reference',
				profileReference: '={{ $json.ref }}',
			},
			input,
		);

		const sent = hrflow.emulator.requests.map((request) => queryOf(request)[endpoint.query.reference]);
		expect(sent.sort()).toEqual(input.map((item) => item.ref).sort());
		const expected = [jane, elodie, kenji].flatMap((profile, index) =>
			endpoint.expected(profile).map((json) => ({ json, pairedItem: { item: index } })),
		);
		expect(items).toEqual(expected);
	});

	test('an empty list gives no items for that input', async () => {
		const { items, error } = await hrflow.runV1({
			operation,
			sourceKey: sample.SOURCE_KEY,
			identifierType: 'key',
			profileKey: elodie.key,
		});
		expect(error).toBeUndefined();
		expect(hrflow.emulator.requests).toHaveLength(1);
		expect(items).toEqual([]);
	});

	test('unicode, spaces, / & + and \' travel intact in a reference and an email', async () => {
		const input = [{ reference: elodie.reference, email: elodie.email }];
		await hrflow.runV1(
			{ operation, sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: '={{ $json.reference }}' },
			input,
		);
		await hrflow.runV1(
			{ operation, sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: '={{ $json.email }}' },
			input,
		);

		const [byReference, byEmail] = hrflow.emulator.requests.map((request) => queryOf(request));
		expect(hrflow.emulator.requests.map((request) => request.rawQuery).join()).not.toContain('+');
		expect(byReference[endpoint.query.reference]).toBe("réf/2024 Élodie & co+1's");
		expect(byEmail[endpoint.query.email]).toBe("elodie.o'neil+jobs@example.fr");
	});

	test('source key, key and email are trimmed; a reference is sent exactly as written', async () => {
		await hrflow.runV1({
			operation,
			sourceKey: `  ${sample.SOURCE_KEY}\n`,
			identifierType: 'key',
			profileKey: ` ${kenji.key} `,
		});
		await hrflow.runV1({ operation, sourceKey: sample.SOURCE_KEY, identifierType: 'email', profileEmail: ` ${kenji.email}\t` });
		// A reference with a leading space is another reference: HrFlow has no such profile.
		const { error } = await hrflow.runV1({ operation, sourceKey: sample.SOURCE_KEY, identifierType: 'reference', profileReference: ' ATS-2077' });

		const [byKey, byEmail, byReference] = hrflow.emulator.requests.map((request) => queryOf(request));
		expect(byKey).toEqual({ [endpoint.query.sourceKey]: sample.SOURCE_KEY, [endpoint.query.key]: kenji.key });
		expect(byEmail[endpoint.query.email]).toBe(kenji.email);
		expect(byReference[endpoint.query.reference]).toBe(' ATS-2077');
		expect(error?.httpCode).toBe('400');
	});

	test('expressions work on the source key and every identifier field', async () => {
		const input = [{ source: sample.SOURCE_KEY, key: kenji.key, email: jane.email }];
		const byKey = await hrflow.runV1(
			{ operation, sourceKey: '={{ $json.source }}', identifierType: 'key', profileKey: '={{ $json.key }}' },
			input,
		);
		const byEmail = await hrflow.runV1(
			{ operation, sourceKey: '={{ $json.source }}', identifierType: 'email', profileEmail: '={{ $json.email }}' },
			input,
		);
		expect(byKey.items.map((item) => item.json)).toEqual(endpoint.expected(kenji));
		expect(byEmail.items.map((item) => item.json)).toEqual(endpoint.expected(jane));
	});
});

test('a read-write key reads too', async () => {
	const { items, error } = await hrflow.runV1(
		{ operation: 'getMetadatas', sourceKey: sample.SOURCE_KEY, identifierType: 'key', profileKey: kenji.key },
		[{}],
		undefined,
		'readWrite',
	);
	expect(error).toBeUndefined();
	expect(items.map((item) => item.json)).toEqual(kenji.metadatas);
	expect(hrflow.emulator.requests[0].headers['x-api-key']).toBe(sample.API_KEYS.readWrite);
});
