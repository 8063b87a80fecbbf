// Reading one parameter of the current item, as n8n's getNodeParameter does, without its cost
// where the answer is already known.
//
// Why: n8n's declarative engine has already evaluated every parameter twice for this item before
// an operation reads it (RoutingNode.runNode, resolveBaseUrl), and getNodeParameter evaluates an
// expression a third time and looks its property up among all of the description's. A plain value
// (no expression) comes back exactly as written, as getNodeParameter gives it (no field of this
// node has a validateType: test/behaviour/parameter-reads.test.ts); an expression that only reads a property of
// the item (`{{ $json.reference }}`, what mapping a field by drag and drop writes) is read from the
// item when that property holds text, a number or a boolean. Anything else is n8n's to evaluate.

import type { IDataObject, IGetNodeParameterOptions, INodeExecutionData } from 'n8n-workflow';

/** What reading a parameter needs of n8n's context (the item's input data, where there is one). */
export interface ParameterContext {
	getNodeParameter(name: string, fallback?: unknown, options?: IGetNodeParameterOptions): unknown;
	getInputData?(): INodeExecutionData;
}

// `={{ $json.a }}`, `={{ $json.a.b }}`: a path of plain names, nothing else.
const ITEM_PATH = /^=\{\{\s*\$json((?:\.[A-Za-z_$][\w$]*)+)\s*\}\}$/;

/** The parameter's value for the current item: the same as getNodeParameter(name, fallback). */
export function readParameter(
	context: ParameterContext,
	name: string,
	fallback?: unknown,
): unknown {
	const known = knownValue(
		context,
		context.getNodeParameter(name, fallback, { rawExpressions: true }),
	);
	return known !== undefined ? known : context.getNodeParameter(name, fallback);
}

/**
 * The value of a resource locator parameter (a source or a board, From List or By Key): the same as
 * getNodeParameter(name, '', { extractValue: true }). Neither mode of this node's locators extracts
 * anything from the value: it comes back as it is, read as readParameter reads a value.
 */
export function readLocatorValue(context: ParameterContext, name: string): unknown {
	const raw = context.getNodeParameter(name, '', { rawExpressions: true });
	const locator = typeof raw === 'object' && raw !== null && (raw as IDataObject).__rl === true;
	const known = locator ? knownValue(context, (raw as IDataObject).value) : undefined;
	return known !== undefined ? known : context.getNodeParameter(name, '', { extractValue: true });
}

/**
 * What n8n would give for `raw` without evaluating anything: a value that is no expression as it
 * is, or the item's property an `={{ $json.a.b }}` reads when it holds text, a number or a
 * boolean; undefined where n8n must evaluate it.
 */
function knownValue(
	context: ParameterContext,
	raw: unknown,
): string | number | boolean | undefined {
	if (isPlain(raw)) return raw;
	const path = typeof raw === 'string' ? ITEM_PATH.exec(raw) : null;
	const value = path
		? propertyAt(context.getInputData?.()?.json, path[1].slice(1).split('.'))
		: undefined;
	return isPlain(value) ? value : undefined;
}

/** A value n8n gives back as it is: text that is no expression, a number, a boolean. */
function isPlain(value: unknown): value is string | number | boolean {
	return (
		(typeof value === 'string' && !value.startsWith('=')) ||
		typeof value === 'number' ||
		typeof value === 'boolean'
	);
}

/** The item's own property at `path`, or undefined where any step is missing or not an object's own. */
function propertyAt(json: IDataObject | undefined, path: string[]): unknown {
	let value: unknown = json;
	for (const step of path) {
		if (
			typeof value !== 'object' ||
			value === null ||
			Array.isArray(value) ||
			!Object.prototype.hasOwnProperty.call(value, step)
		)
			return undefined;
		value = (value as IDataObject)[step];
	}
	return value;
}
