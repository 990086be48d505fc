/**
 * The answers one run of `npm run new` works from: the flags given, and in a terminal the
 * author's answers to questions (@clack/prompts) for the flags left out.
 */
import * as prompts from '@clack/prompts';
import type { Course } from '../../src/lib/check/load.ts';
import { closestMatch } from '../../src/lib/problems/suggest.ts';
import { Cancelled, FLAGS, UsageError, type Kind, type Values } from './flags.ts';

function text(value: string | boolean | undefined): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

export function idList(value: string): string[] {
	return value.split(/[\s,]+/).filter(Boolean);
}

/** A problem with each id of `ids` that is not one of `known`, suggesting the likely one. */
export function unknownIds(
	ids: readonly string[],
	known: readonly string[],
	where: string,
): string[] {
	return ids
		.filter((id) => !known.includes(id))
		.map((id) => {
			const close = closestMatch(id, known);
			return `\`${id}\` is not in ${where}.${close ? ` Did you mean \`${close}\`?` : ''}`;
		});
}

export function knownIds(entries: ReadonlyArray<{ id?: string }>): string[] {
	return entries.flatMap((entry) => (entry.id ? [entry.id] : []));
}

/** What one run needs: the flags given, and a way to ask for the ones left out. */
export class Answers {
	readonly kind: Kind;
	readonly values: Values;
	/** Whether missing answers can be asked for in a terminal. */
	readonly interactive: boolean;

	constructor(kind: Kind, values: Values, interactive: boolean) {
		this.kind = kind;
		this.values = values;
		this.interactive = interactive;
		const known = new Set(FLAGS[kind].map((flag) => flag.name));
		const foreign = Object.keys(values).filter((name) => name !== 'help' && !known.has(name));
		if (foreign.length > 0) {
			throw new UsageError(
				`${foreign.map((name) => `\`--${name}\``).join(', ')} ${foreign.length === 1 ? 'is' : 'are'} not used by \`npm run new -- ${kind}\`, which takes ${FLAGS[
					kind
				]
					.map((flag) => `\`--${flag.name}\``)
					.join(', ')}.`,
			);
		}
		const missing = FLAGS[kind].filter((flag) => flag.required && !text(values[flag.name]));
		if (missing.length > 0 && !interactive) {
			throw new UsageError(
				[
					`Nothing was written: \`npm run new -- ${kind}\` needs ${missing.length === 1 ? 'this flag' : 'these flags'}, and there is no terminal to ask in.`,
					...missing.map((flag) => `  --${flag.name.padEnd(10)} ${flag.what}`),
					'Run `npm run new -- --help` for every flag.',
				].join('\n'),
			);
		}
	}

	given(name: string): string | undefined {
		return text(this.values[name]);
	}

	flag(name: string): boolean {
		return this.values[name] === true;
	}

	/** The flag's value, or the answer to `ask` in a terminal; `undefined` for an optional flag left out without one. */
	async get(name: string, ask: () => Promise<string | symbol>): Promise<string | undefined> {
		const given = this.given(name);
		if (given !== undefined) return given;
		if (!this.interactive) return undefined;
		const answer = await ask();
		if (prompts.isCancel(answer)) throw new Cancelled('Nothing was written.');
		return typeof answer === 'string' && answer.trim() !== '' ? answer.trim() : undefined;
	}

	/** `get` for a required flag: the constructor made sure it is given or can be asked. */
	async need(name: string, ask: () => Promise<string | symbol>): Promise<string> {
		const value = await this.get(name, ask);
		if (value === undefined) throw new UsageError(`\`--${name}\` is needed for a ${this.kind}.`);
		return value;
	}
}

const required = (value: string | undefined) =>
	value?.trim() ? undefined : 'Write something here, or press Ctrl+C to stop.';

export function askText(
	message: string,
	options: { optional?: boolean; placeholder?: string } = {},
) {
	return () =>
		prompts.text({
			message,
			...(options.placeholder ? { placeholder: options.placeholder } : {}),
			...(options.optional ? {} : { validate: required }),
		});
}

export async function listAnswer(
	answers: Answers,
	name: string,
	ask: () => Promise<string[] | symbol>,
): Promise<string[]> {
	const value = await answers.get(name, async () => {
		const chosen = await ask();
		return typeof chosen === 'symbol' ? chosen : chosen.join(' ');
	});
	return value === undefined ? [] : idList(value);
}

export function askSources(course: Course, message: string) {
	return () =>
		prompts.autocompleteMultiselect({
			message: `${message} (none is fine)`,
			options: course.sources.flatMap((source) =>
				source.id
					? [{ value: source.id, label: source.value?.title ?? source.id, hint: source.id }]
					: [],
			),
			maxItems: 8,
			required: false,
		});
}
