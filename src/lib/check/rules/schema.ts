/**
 * Rule family (a): YAML files and MDX frontmatter checked against the same zod schemas the
 * content collections use, with each zod issue turned into a sentence for authors and pointed at
 * the line of the offending key. Unknown keys are reported too, since Astro drops them silently.
 */
import type { z } from 'zod';
import type { Problem } from '../../problems/problem.ts';
import { closestMatch, listCode, suggest } from '../../problems/suggest.ts';
import { keysAt, placeOfPath, sourceOfValue, type YamlSource } from '../yaml.ts';

/** The parts of a zod 4 schema's definition the wording below needs. */
interface SchemaDef {
	type: string;
	innerType?: z.ZodType;
	out?: z.ZodType;
	element?: z.ZodType;
	shape?: Record<string, z.ZodType>;
}

function defOf(schema: z.ZodType): SchemaDef {
	return (schema as unknown as { def: SchemaDef }).def;
}

/** The schema for the value, through `optional`, `default` and `preprocess` wrappers. */
function unwrap(schema: z.ZodType): z.ZodType {
	let current = schema;
	for (;;) {
		const def = defOf(current);
		const next = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
		if (!next) return current;
		current = next;
	}
}

/** The schema of the field at `path`, if the schema has one there. */
function schemaAt(schema: z.ZodType, path: readonly PropertyKey[]): z.ZodType | undefined {
	let current: z.ZodType | undefined = schema;
	for (const segment of path) {
		if (!current) return undefined;
		const def = defOf(unwrap(current));
		current = typeof segment === 'number' ? def.element : def.shape?.[String(segment)];
	}
	return current;
}

/** The author-facing description of a field, from JSDoc-mirroring `.describe()` calls. */
function descriptionOf(schema: z.ZodType | undefined): string | undefined {
	let current = schema;
	while (current) {
		if (current.description) return current.description;
		const def = defOf(current);
		current = def.innerType ?? (def.type === 'pipe' ? def.out : undefined);
	}
	return undefined;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
	let current = data;
	for (const segment of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[segment];
	}
	return current;
}

/** `outcomes › item 2 › id` from `['outcomes', 1, 'id']`. */
export function fieldName(path: readonly PropertyKey[]): string {
	if (path.length === 0) return '(whole file)';
	return path
		.map((segment) => (typeof segment === 'number' ? `item ${segment + 1}` : String(segment)))
		.join(' › ');
}

function describeValue(value: unknown): string {
	if (typeof value === 'string') return value === '' ? 'empty' : `the text \`"${value}"\``;
	if (typeof value === 'number' || typeof value === 'boolean') return `\`${String(value)}\``;
	if (value === null) return 'empty';
	if (Array.isArray(value)) return 'a list';
	return 'a group of fields';
}

const EXPECTED: Readonly<Record<string, { noun: string; hint: (key: string) => string }>> = {
	number: {
		noun: 'a number',
		hint: (key) => `Write a number without quotes, for example \`${key}: 60\`.`,
	},
	int: {
		noun: 'a whole number',
		hint: (key) => `Write a whole number without quotes, for example \`${key}: 60\`.`,
	},
	string: {
		noun: 'text',
		hint: (key) =>
			`Write text after the colon, in quotes if it contains \`: \`, for example \`${key}: "…"\`.`,
	},
	boolean: {
		noun: '`true` or `false`',
		hint: (key) => `Write \`${key}: true\` or \`${key}: false\`.`,
	},
	array: { noun: 'a list', hint: () => 'Write one item per line, each starting with `- `.' },
	object: {
		noun: 'a group of fields',
		hint: () => 'Write each field as `name: value` on its own line, indented under this one.',
	},
};

const DEFAULT_MESSAGE = /^(Invalid|Too (small|big)|Expected)/;

/** Author wording for one zod issue on a YAML file or frontmatter. */
function describeIssue(
	issue: z.core.$ZodIssue,
	source: YamlSource,
	schema: z.ZodType,
	path: readonly PropertyKey[],
	typoOf: (key: string) => string | undefined,
	basePath: readonly PropertyKey[],
): Pick<Problem, 'message' | 'hint'> {
	const key = String(path.findLast((segment) => typeof segment === 'string') ?? 'value');
	const name = `\`${key}\``;
	const value = valueAt(source.data, [...basePath, ...path]);
	const custom = DEFAULT_MESSAGE.test(issue.message) ? undefined : issue.message;
	const description = descriptionOf(schemaAt(schema, path));
	switch (issue.code) {
		case 'invalid_type': {
			const expected = EXPECTED[issue.expected] ?? { noun: issue.expected, hint: () => '' };
			if (value === undefined) {
				const typo = typeof path.at(-1) === 'string' ? typoOf(key) : undefined;
				return {
					message: `${name} is missing.`,
					hint: typo
						? `Did you mean \`${key}\` instead of \`${typo}\`? Rename \`${typo}\` to \`${key}\`.`
						: `Add \`${key}:\` with ${expected.noun}${description ? `: ${lowerFirst(description)}` : '.'}`,
				};
			}
			const written = sourceOfValue(source, [...basePath, ...path]);
			if (
				issue.expected === 'string' &&
				(typeof value === 'number' || typeof value === 'boolean')
			) {
				// YAML reads `1.0` as a number and `yes` as text, `true` as a boolean: quotes keep text as written.
				const shown = written ?? String(value);
				return {
					message: `${name} should be text, but YAML reads \`${shown}\` as ${typeof value === 'number' ? 'a number' : '`true` or `false`'}.`,
					hint: `Put it in quotes: \`${key}: "${shown}"\`.`,
				};
			}
			return {
				message: `${name} should be ${expected.noun}, but it is ${describeValue(value)}.`,
				hint: expected.hint(key),
			};
		}
		case 'too_small':
		case 'too_big': {
			const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
			if (issue.origin === 'string') {
				return {
					message:
						value === ''
							? `${name} is empty.`
							: `${name} is too ${issue.code === 'too_small' ? 'short' : 'long'}.`,
					hint:
						custom ??
						`Write ${description ? lowerFirst(description).replace(/\.$/, '') : `the ${key}`} after \`${key}:\`.`,
				};
			}
			if (issue.origin === 'array' || issue.origin === 'set') {
				return {
					message: `${name} has ${Array.isArray(value) ? value.length : 'too few'} item${Array.isArray(value) && value.length === 1 ? '' : 's'}, but it needs ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)}.`,
					hint: custom ?? 'Add or remove items, one per line, each starting with `- `.',
				};
			}
			return {
				message: `${name} is ${describeValue(value)}, but it must be ${issue.code === 'too_small' ? 'at least' : 'at most'} ${String(bound)}.`,
				hint:
					custom ??
					`Change it to a number ${issue.code === 'too_small' ? 'of' : 'up to'} ${String(bound)}${issue.code === 'too_small' ? ' or more' : ''}.`,
			};
		}
		case 'invalid_format':
			return {
				message: `${name} is ${describeValue(value)}, which is not in the form it needs.`,
				...(custom ? { hint: custom } : {}),
			};
		case 'invalid_value': {
			const values = issue.values.map(String);
			return {
				message: `${name} is ${describeValue(value)}, which is not one of the choices.`,
				hint: suggest(String(value), values, 'values'),
			};
		}
		default:
			return {
				message: `${name} is not valid: ${lowerFirst(issue.message)}.`,
				...(description ? { hint: description } : {}),
			};
	}
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

export interface SchemaCheck<T> {
	/** The parsed value, when the data matches the schema. */
	value?: T;
	problems: Problem[];
}

/**
 * Checks the data at `basePath` in a YAML source against `schema`. `what` names the thing in
 * messages about unknown fields, e.g. "a module" or "a lesson's frontmatter".
 */
export function checkSchema<S extends z.ZodType>(
	source: YamlSource,
	schema: S,
	{ basePath = [], what }: { basePath?: readonly PropertyKey[]; what: string },
): SchemaCheck<z.output<S>> {
	const problems: Problem[] = [];
	const data = valueAt(source.data, basePath);
	const result = schema.safeParse(data);

	const unknown = unknownKeys(source, schema, basePath, []);
	const typoFor = new Map<string, string>();
	const missing = result.success
		? []
		: result.error.issues.filter(
				(issue) => issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined,
			);
	for (const issue of missing) {
		const parent = issue.path.slice(0, -1).map(String).join('\0');
		const key = String(issue.path.at(-1));
		const candidates = unknown
			.filter((entry) => entry.parent.map(String).join('\0') === parent)
			.map((entry) => entry.key);
		const typo = candidates.find((candidate) => closestMatch(candidate, [key]) === key);
		if (typo) typoFor.set(`${parent}\0${key}`, typo);
	}
	const usedTypos = new Set(typoFor.values());

	if (!result.success) {
		for (const issue of result.error.issues) {
			const path = [...basePath, ...issue.path];
			const parent = issue.path.slice(0, -1).map(String).join('\0');
			const typo = typoFor.get(`${parent}\0${String(issue.path.at(-1))}`);
			const wording = describeIssue(issue, source, schema, issue.path, () => typo, basePath);
			// A missing field with a misspelt twin points at the misspelling.
			const place = placeOfPath(
				source,
				typo ? [...basePath, ...issue.path.slice(0, -1), typo] : path,
			);
			problems.push({ file: source.file, ...place, field: fieldName(issue.path), ...wording });
		}
	}
	for (const entry of unknown) {
		if (usedTypos.has(entry.key)) continue;
		const close = closestMatch(entry.key, entry.allowed);
		problems.push({
			file: source.file,
			...placeOfPath(source, [...basePath, ...entry.parent, entry.key]),
			field: fieldName([...entry.parent, entry.key]),
			message: `\`${entry.key}\` is not a field of ${what}, so it would be ignored.`,
			hint: close
				? `Did you mean \`${close}\`?`
				: `Remove it, or use one of the fields: ${listCode(entry.allowed, 'and')}.`,
		});
	}
	return result.success ? { value: result.data, problems } : { problems };
}

interface UnknownKey {
	parent: PropertyKey[];
	key: string;
	allowed: string[];
}

function unknownKeys(
	source: YamlSource,
	schema: z.ZodType,
	basePath: readonly PropertyKey[],
	path: PropertyKey[],
): UnknownKey[] {
	const def = defOf(unwrap(schema));
	const value = valueAt(source.data, [...basePath, ...path]);
	if (
		def.type === 'object' &&
		def.shape &&
		value &&
		typeof value === 'object' &&
		!Array.isArray(value)
	) {
		const allowed = Object.keys(def.shape);
		const found: UnknownKey[] = [];
		for (const key of keysAt(source, [...basePath, ...path])) {
			const field = def.shape[key];
			if (field) found.push(...unknownKeys(source, field, basePath, [...path, key]));
			else found.push({ parent: path, key, allowed });
		}
		return found;
	}
	if (def.type === 'array' && def.element && Array.isArray(value)) {
		return value.flatMap((_, index) =>
			unknownKeys(source, def.element!, basePath, [...path, index]),
		);
	}
	return [];
}
