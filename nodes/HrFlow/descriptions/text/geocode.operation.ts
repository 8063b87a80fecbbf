import { geocodingBody, outputLocation } from '../../resources/text/tools';
import { single } from '../../transport/request';
import type { OperationDescription } from '../common/operation';
import { textField } from './text.fields';

/** POST /text/geocoding, the item's text as a one-entry `texts`. */
export const geocode: OperationDescription = {
	since: 2,
	option: {
		name: 'Geocode',
		value: 'geocode',
		action: 'Geocode a location',
		description:
			'Find where a location text is (an address, a city): its latitude and longitude, and its address parts (road, postcode, city, country...)',
		routing: single({
			hints: {},
			method: 'POST',
			url: '/text/geocoding',
			build: geocodingBody,
			output: [outputLocation],
		}),
	},
	fields: [textField],
};
