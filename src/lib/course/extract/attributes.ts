/** Reading the attributes of one MDX element into plain values, reporting every mistake. */
import type { Nodes } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { closestMatch, listCode, suggest } from '../../problems/suggest.ts';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../../schemas/ids.ts';
import type { Condition } from '../../../schemas/scenario.ts';
import type { JsxElement } from '../mdx.ts';
import { AUTHORING } from './components.ts';
import type { Context } from './context.ts';

/** Reads the attributes of one element, reporting unknown, repeated and spread attributes. */
export class Attributes {
	readonly label: string;
	readonly #ctx: Context;
	readonly #node: JsxElement;
	readonly #byName = new Map<string, MdxJsxAttribute>();

	constructor(ctx: Context, node: JsxElement, allowed: readonly string[]) {
		this.#ctx = ctx;
		this.#node = node;
		const name = node.name ?? '';
		for (const attr of node.attributes) {
			if (attr.type === 'mdxJsxExpressionAttribute') {
				ctx.report(
					attr,
					`<${name}>`,
					`\`<${name}>\` has a \`{…}\` spread attribute, which the course cannot read.`,
					'Write each attribute as `name="value"`.',
				);
				continue;
			}
			if (this.#byName.has(attr.name)) {
				ctx.report(
					attr,
					`<${name}> ${attr.name}`,
					`\`<${name}>\` has \`${attr.name}\` twice.`,
					'Keep one of them.',
				);
				continue;
			}
			this.#byName.set(attr.name, attr);
		}
		const id = this.#byName.get('id')?.value;
		this.label = typeof id === 'string' && id ? `<${name} id="${id}">` : `<${name}>`;
		for (const [attrName, attr] of this.#byName) {
			if (allowed.includes(attrName)) continue;
			const close = closestMatch(attrName, allowed);
			ctx.report(
				attr,
				`${this.label} ${attrName}`,
				`\`${this.label}\` has an attribute \`${attrName}\` that it does not use.`,
				close
					? `Did you mean \`${close}\`?`
					: allowed.length > 0
						? `Remove it. \`<${name}>\` takes ${listCode(allowed, 'and')}.`
						: `Remove it. \`<${name}>\` takes no attributes.`,
			);
		}
	}

	has(name: string): boolean {
		return this.#byName.has(name);
	}

	/** Position of an attribute, or of the element when the attribute is absent. */
	node(name?: string): { position?: Nodes['position'] } {
		return (name ? this.#byName.get(name) : undefined) ?? this.#node;
	}

	/** A literal value: a quoted string, or a number, boolean or string inside `{…}`. */
	#literal(name: string): string | number | boolean | null | undefined {
		const attr = this.#byName.get(name);
		if (!attr) return undefined;
		if (attr.value === null || attr.value === undefined) return null;
		if (typeof attr.value === 'string') return attr.value;
		const source = attr.value.value.trim();
		if (/^-?\d+(\.\d+)?$/.test(source)) return Number(source);
		if (source === 'true' || source === 'false') return source === 'true';
		const quoted = /^(["'`])(.*)\1$/s.exec(source);
		if (quoted && !quoted[2]!.includes(quoted[1]!) && !quoted[2]!.includes('${')) return quoted[2]!;
		this.#ctx.report(
			attr,
			`${this.label} ${name}`,
			`\`${name}={${source}}\` on \`${this.label}\` is not a plain value the course can read.`,
			`Write a number, \`true\`, \`false\` or text in quotes, for example \`${name}="…"\`.`,
		);
		return undefined;
	}

	string(name: string, { required = false } = {}): string | undefined {
		const value = this.#literal(name);
		if (value === undefined && required) {
			this.#ctx.report(
				this.#node,
				`${this.label} ${name}`,
				`\`${this.label}\` has no \`${name}\`.`,
				name === 'id'
					? 'Add an `id` that is unique in the course and never changes, in lower-case words joined by hyphens, for example `id="q-least-restrictive"`.'
					: `Add \`${name}="…"\` to it. ${AUTHORING}.`,
			);
			return undefined;
		}
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || value.trim() === '') {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}\` on \`${this.label}\` needs a value in quotes.`,
				`Write it as \`${name}="…"\`.`,
			);
			return undefined;
		}
		return value.trim();
	}

	/** An author id (`id`, `to`…), checked against the id pattern and length. */
	id(name: string, { required = true } = {}): string {
		const value = this.string(name, { required });
		if (value === undefined) return '';
		if (!ID_PATTERN.test(value)) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${value}\` is not a valid id.`,
				'Use lower-case letters, digits and single hyphens, for example `q-least-restrictive`.',
			);
		} else if (value.length > ID_MAX_LENGTH) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${value}\` is ${value.length} characters long; ids are at most ${ID_MAX_LENGTH}.`,
				'Shorten it: a few words are enough, for example `q-least-restrictive`. Choose it once and never change it, as learners’ answers are kept under it.',
			);
		}
		return value;
	}

	/** Space- or comma-separated ids, as in `rights="art-8 art-9"`. */
	list(name: string): string[] {
		const value = this.string(name);
		return value ? value.split(/[\s,]+/).filter(Boolean) : [];
	}

	/** `correct`, `correct={true}` and `correct="true"` are true; absent is false. */
	boolean(name: string): boolean {
		const value = this.#literal(name);
		if (value === undefined) return false;
		if (value === null || value === true || value === 'true') return true;
		if (value === false || value === 'false') return false;
		this.#ctx.report(
			this.node(name),
			`${this.label} ${name}`,
			`\`${name}\` on \`${this.label}\` is written as a switch, without a value.`,
			`Write just \`${name}\` to turn it on, or leave it out.`,
		);
		return false;
	}

	/** A whole number from `{2}` or `"2"`, within `min`…`max`. */
	integer(name: string, { min, max }: { min: number; max: number }): number | undefined {
		const value = this.#literal(name);
		if (value === undefined) return undefined;
		const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}\` on \`${this.label}\` is ${describe(value)}, but it must be a whole number from ${min} to ${max}.`,
				`Write a whole number from ${min} to ${max}, for example \`${name}={${max === 100 && min === 0 ? (name === 'score' ? 100 : 2) : min}}\`.`,
			);
			return undefined;
		}
		return number;
	}

	/** One of a fixed set of words; reports a typo with "Did you mean". */
	choice<T extends string>(name: string, values: readonly T[]): T | undefined {
		const value = this.string(name);
		if (value === undefined) return undefined;
		if ((values as readonly string[]).includes(value)) return value as T;
		this.#ctx.report(
			this.node(name),
			`${this.label} ${name}`,
			`\`${name}="${value}"\` on \`${this.label}\` is not one of the choices.`,
			suggest(value, values),
		);
		return undefined;
	}

	/** A condition written `name=value`. */
	condition(name: string): Condition | undefined {
		const value = this.string(name);
		if (value === undefined) return undefined;
		const condition = parseAssignment(value);
		if (!condition) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}="${value}"\` on \`${this.label}\` is not a condition the scenario can test.`,
				`Write it as \`${name}="variable=value"\`, for example \`${name}="trust=low"\`.`,
			);
		}
		return condition;
	}
}

function describe(value: unknown): string {
	return typeof value === 'string' ? `\`"${value}"\`` : `\`${String(value)}\``;
}

const ASSIGNMENT = /^([A-Za-z][\w-]*)=([^\s=]+)$/;

export function parseAssignment(text: string): Condition | undefined {
	const match = ASSIGNMENT.exec(text.trim());
	return match ? { name: match[1]!, value: match[2]! } : undefined;
}
