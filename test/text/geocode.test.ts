// Text › Geocode (version 2) through n8n's engine: the item's text sent as HrFlow's one-entry
// `texts`, HrFlow's location as the item, bad input before any request, HrFlow's errors in both
// On Error modes.

import type { IDataObject } from 'n8n-workflow';

import { useHrFlow } from '../harness/hrflow';

const hrflow = useHrFlow();
const geocode = (extra: IDataObject = {}) => ({
	resource: 'text',
	operation: 'geocode',
	...extra,
});
const bodyOf = (index: number) =>
	JSON.parse(hrflow.emulator.requests[index].body!.toString('utf8'));
const calls = () => hrflow.emulator.requests.map((request) => `${request.method} ${request.path}`);

test('Geocode: POST /text/geocoding with texts [text]; the location as HrFlow gives it, one item linked to its input', async () => {
	const address = '112 avenue charles de gaulle 92200 neuilly-sur-seine';
	const { items, error } = await hrflow.run(geocode({ text: address }));
	expect(error).toBeUndefined();
	expect(calls()).toEqual(['POST /v1/text/geocoding']);
	expect(bodyOf(0)).toEqual({ texts: [address] });
	expect(items).toEqual([
		{
			json: {
				text: address,
				lat: 48.8846,
				lng: 2.2697,
				gmaps: expect.stringContaining('48.8846,2.2697'),
				is_correct: true,
				fields: expect.objectContaining({
					house_number: '112',
					road: 'avenue charles de gaulle',
					postcode: '92200',
					city: 'neuilly-sur-seine',
					country: 'france',
				}),
			},
			pairedItem: { item: 0 },
		},
	]);
});

test('several input items, the text from an expression: one request each, each location linked to its input', async () => {
	const { items } = await hrflow.run(geocode({ text: '={{ $json.city }}' }), [
		{ city: 'Lyon' },
		{ city: 'Tokyo' },
	]);
	expect([bodyOf(0), bodyOf(1)]).toEqual([{ texts: ['Lyon'] }, { texts: ['Tokyo'] }]);
	expect(items.map((item) => [item.json.text, item.json.lat, item.pairedItem])).toEqual([
		['Lyon', 45.764, { item: 0 }],
		['Tokyo', 35.6762, { item: 1 }],
	]);
});

test('a postcode from an expression as a number is sent as text', async () => {
	await hrflow.run(geocode({ text: '={{ $json.postcode }}' }), [{ postcode: 75002 }]);
	expect(bodyOf(0)).toEqual({ texts: ['75002'] });
});

test('a place HrFlow cannot locate: the item still comes, lat and lng null', async () => {
	const { items } = await hrflow.run(geocode({ text: 'Atlantis' }));
	expect(items[0].json).toMatchObject({
		text: 'Atlantis',
		lat: null,
		lng: null,
		is_correct: false,
	});
});

test('an answer with no entry: the text with no coordinates', async () => {
	hrflow.emulator.failNext('/v1/text/geocoding', 200, { code: 200, message: 'ok', data: [] });
	const { items } = await hrflow.run(geocode({ text: 'Paris' }));
	expect(items).toEqual([
		{ json: { text: 'Paris', lat: null, lng: null, fields: {} }, pairedItem: { item: 0 } },
	]);
});

test.each([
	['empty (from an expression)', '={{ $json.blank }}', 'Text is empty'],
	['an object from an expression', '={{ $json.where }}', 'Text must be text, not an object'],
])('Text %s fails naming the field, before any request', async (_case, text, message) => {
	const { error } = await hrflow.run(geocode({ text }), [{ where: { city: 'Paris' }, blank: ' ' }]);
	expect(error?.message).toBe(message);
	expect(hrflow.emulator.requests).toHaveLength(0);
});

test("HrFlow's error keeps its message and code, in both On Error modes, linked to the input", async () => {
	const refused = 'HrFlow error 403: Unauthorized. This API key has no read permission';
	const regular = await hrflow.run(
		geocode({ text: 'Paris' }),
		[{}],
		{ onError: 'continueRegularOutput' },
		'writeOnly',
	);
	expect(regular.items).toEqual([
		{
			json: expect.objectContaining({ error: refused, httpCode: '403' }),
			pairedItem: { item: 0 },
		},
	]);
	const errorOutput = await hrflow.run(
		geocode({ text: 'Paris' }),
		[{ id: 3 }],
		{ onError: 'continueErrorOutput' },
		'writeOnly',
	);
	expect(errorOutput.items).toEqual([]);
	expect(errorOutput.errorItems).toEqual([
		{
			json: { id: 3, error: refused, details: expect.objectContaining({ httpCode: '403' }) },
			pairedItem: { item: 0 },
		},
	]);
	const stopped = await hrflow.run(geocode({ text: 'Paris' }), [{}], undefined, 'writeOnly');
	expect(stopped.error).toMatchObject({ message: refused, httpCode: '403' });
});
