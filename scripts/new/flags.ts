/** What `npm run new` makes, the flags each kind takes, and reading the command line. */
import { parseArgs } from 'node:util';

export const KINDS = ['module', 'lesson', 'scenario'] as const;
export type Kind = (typeof KINDS)[number];

interface Flag {
	name: string;
	/** What to give, for `--help` and for the message naming a missing flag. */
	what: string;
	required: boolean;
	boolean?: boolean;
}

export const FLAGS: Record<Kind, readonly Flag[]> = {
	module: [
		{ name: 'title', what: 'The module’s title, as learners see it.', required: true },
		{ name: 'summary', what: 'One or two sentences for the course home page.', required: true },
		{ name: 'audience', what: 'Who it is for, for example "all staff".', required: true },
		{
			name: 'outcome',
			what: 'A learning outcome: what learners can do at the end.',
			required: true,
		},
		{ name: 'lesson', what: 'The title of the first lesson.', required: true },
		{
			name: 'statement',
			what: 'A statement that is true or false and checks the outcome: the first assessment question.',
			required: true,
		},
		{ name: 'answer', what: '`true` or `false`: whether the statement is true.', required: true },
		{
			name: 'sources',
			what: 'Ids from content/sources.yaml that back the question, separated by spaces or commas.',
			required: false,
		},
	],
	lesson: [
		{ name: 'module', what: 'The module: its folder (02-legal-duties) or its id.', required: true },
		{ name: 'title', what: 'The lesson’s title.', required: true },
		{ name: 'summary', what: 'One line shown in the module’s list of lessons.', required: false },
		{
			name: 'after',
			what: 'The lesson it follows: file name or id. Without it, the new lesson goes just before the assessment lesson, or last.',
			required: false,
		},
		{ name: 'first', what: 'Put it first in the module.', required: false, boolean: true },
	],
	scenario: [
		{ name: 'title', what: 'The scenario’s title.', required: true },
		{
			name: 'summary',
			what: 'One sentence shown before the learner starts.',
			required: true,
		},
		{
			name: 'rights',
			what: 'The rights it is about: ids from content/rights/ such as art-8, separated by spaces or commas.',
			required: true,
		},
		{
			name: 'sources',
			what: 'Ids from content/sources.yaml listed under the scenario, separated by spaces or commas.',
			required: false,
		},
	],
};

/** A mistake in the command line: the message says what to do, and nothing was written. */
export class UsageError extends Error {}

/** The author stopped the questions (Ctrl+C): nothing was written. */
export class Cancelled extends Error {}

/** The usage text, listing every flag. */
export function usage(): string {
	const lines = ['Usage: npm run new -- module|lesson|scenario [flags]', ''];
	for (const kind of KINDS) {
		lines.push(`npm run new -- ${kind}`);
		for (const flag of FLAGS[kind]) {
			const name = flag.boolean ? `--${flag.name}` : `--${flag.name} <…>`;
			lines.push(`  ${name.padEnd(16)} ${flag.required ? '' : '(optional) '}${flag.what}`);
		}
		lines.push('');
	}
	lines.push(
		'In a terminal, you are asked for anything the flags leave out. Without one (as in CI), every',
		'flag not marked optional is needed. Example:',
		'  npm run new -- scenario --title "Phone calls home" --summary "A young person asks to call home at night." --rights art-8',
	);
	return lines.join('\n');
}

export type Values = Record<string, string | boolean | undefined>;

export function parse(argv: readonly string[]): { kind?: string; values: Values } {
	const names = new Map<string, Flag>();
	for (const flag of Object.values(FLAGS).flat()) names.set(flag.name, flag);
	try {
		const { values, positionals } = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				help: { type: 'boolean', short: 'h' },
				...Object.fromEntries(
					[...names.values()].map((flag) => [
						flag.name,
						{ type: flag.boolean ? ('boolean' as const) : ('string' as const) },
					]),
				),
			},
		});
		if (positionals.length > 1) {
			throw new UsageError(
				`Say what to create in one word (module, lesson or scenario), then the flags; \`${positionals[1]}\` is extra. Put each flag's value in quotes: --title "Phone calls home".`,
			);
		}
		return { ...(positionals[0] ? { kind: positionals[0] } : {}), values };
	} catch (error) {
		if (error instanceof UsageError) throw error;
		const message = error instanceof Error ? error.message : String(error);
		throw new UsageError(`${message}\nRun \`npm run new -- --help\` for every flag.`);
	}
}
