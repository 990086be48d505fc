/**
 * `npm run new -- module|lesson|scenario`: writes a new module, lesson or scenario with fresh ids
 * into the right place, and the course check passes on it as written. In a terminal it asks for
 * what it needs; every answer can also be given as a flag, so it runs with no terminal (CI), where
 * a missing flag is an error that names it. It never overwrites a file: placing a lesson between
 * two others renames the later files (their ids, and so learners' progress, stay as they are).
 * `npm run new -- --help` lists the flags.
 */
import * as prompts from '@clack/prompts';
import { join } from 'node:path';
import { readCourseFiles } from '../src/integrations/course-files.ts';
import { loadCourse } from '../src/lib/check/load.ts';
import { Answers } from './new/answers.ts';
import type { Created } from './new/files.ts';
import { Cancelled, KINDS, parse, usage, UsageError, type Kind } from './new/flags.ts';
import { newLesson } from './new/lesson.ts';
import { newModule } from './new/module.ts';
import { newScenario } from './new/scenario.ts';

export { Cancelled, UsageError } from './new/flags.ts';
export type { Created } from './new/files.ts';

export interface NewOptions {
	/** The project folder holding `modules/` and `content/`. */
	root: string;
	/** Ask in the terminal for what the flags leave out. Without it, a missing flag is an error. */
	interactive: boolean;
}

export type NewResult = Created | { help: string };

/**
 * Runs `npm run new` with the command-line arguments `argv` (after `--`). Returns what was
 * written, or the usage text for `--help`. Throws `UsageError` for a mistake in the arguments
 * (nothing is written) and `Cancelled` when the author stops the questions.
 */
export async function runNew(argv: readonly string[], options: NewOptions): Promise<NewResult> {
	const { kind: given, values } = parse(argv);
	if (values['help']) return { help: usage() };
	let kind = given;
	if (kind === undefined && options.interactive) {
		const chosen = await prompts.select({
			message: 'What do you want to create?',
			options: [
				{
					value: 'module',
					label: 'A module',
					hint: 'module.yaml, a first lesson and the assessment',
				},
				{ value: 'lesson', label: 'A lesson', hint: 'in a module you choose' },
				{ value: 'scenario', label: 'A branching scenario', hint: 'in content/scenarios/' },
			],
		});
		if (prompts.isCancel(chosen)) throw new Cancelled('Nothing was written.');
		kind = chosen;
	}
	if (!KINDS.includes(kind as Kind)) {
		throw new UsageError(
			`${kind === undefined ? 'Say what to create' : `\`${kind}\` is not something \`npm run new\` makes; say what to create`}: npm run new -- module, npm run new -- lesson or npm run new -- scenario. Run \`npm run new -- --help\` for every flag.`,
		);
	}
	const answers = new Answers(kind as Kind, values, options.interactive);
	const course = loadCourse(await readCourseFiles(options.root), []);
	switch (kind as Kind) {
		case 'module':
			return newModule(answers, course, options.root);
		case 'lesson':
			return newLesson(answers, course, options.root);
		case 'scenario':
			return newScenario(answers, course, options.root);
	}
}

if (import.meta.main) {
	const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
	try {
		const result = await runNew(process.argv.slice(2), {
			root: join(import.meta.dirname, '..'),
			interactive,
		});
		if ('help' in result) {
			console.log(result.help);
		} else {
			const lines = [
				...result.renamed.map((step) => `Renamed ${step.from} → ${step.to}`),
				...result.written.map((file) => `Wrote ${file}`),
				'',
				'Next:',
				...result.next.map((line) => `- ${line}`),
			];
			if (interactive) prompts.outro(lines.join('\n'));
			else console.log(lines.join('\n'));
		}
	} catch (error) {
		if (error instanceof Cancelled) {
			prompts.cancel(error.message);
			process.exitCode = 1;
		} else if (error instanceof UsageError) {
			console.error(error.message);
			process.exitCode = 1;
		} else {
			throw error;
		}
	}
}
