/**
 * Reads the module list the SCORM build variant of the site writes (`scorm-modules.json`, shape
 * in `src/schemas/scorm-contract.ts`). A file that is missing, cut short or written by an older
 * build stops the packager with one sentence naming the file and the command that rebuilds it.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ScormModulesFileSchema, type ScormModuleEntry } from '../src/schemas/scorm-contract.ts';

export type ModulesFileResult =
	{ ok: true; modules: ScormModuleEntry[] } | { ok: false; message: string };

const REBUILD = 'run `npm run build`';

/**
 * Reads and checks the module list at `path`; `shown` names it in messages, relative to the
 * project root (`dist-scorm/scorm-modules.json`).
 */
export function readModulesFile(path: string, shown: string): ModulesFileResult {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch (error) {
		const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
		return {
			ok: false,
			message: missing
				? `\`${shown}\` is missing, so the site has not been built for SCORM: ${REBUILD}.`
				: `\`${shown}\` cannot be read (${(error as Error).message}): ${REBUILD}.`,
		};
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (error) {
		return {
			ok: false,
			message: `\`${shown}\` is not valid JSON (${(error as Error).message}), so the build that wrote it did not finish: ${REBUILD}.`,
		};
	}
	const result = ScormModulesFileSchema.safeParse(raw);
	if (!result.success) {
		return {
			ok: false,
			message: `\`${shown}\` is from an older build and does not match what the packager reads (${describeIssue(result.error.issues)}): ${REBUILD}.`,
		};
	}
	return { ok: true, modules: result.data };
}

/**
 * The first issue as `` `[0].info.reviews`: expected array, received undefined ``, with a count of
 * the others.
 */
export function describeIssue(issues: z.ZodError['issues']): string {
	const issue = issues[0];
	if (!issue) return 'no details';
	const path = issue.path
		.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
		.join('')
		.replace(/^\./, '');
	const message = issue.message.replace(/^Invalid input: /, '');
	const others = issues.length - 1;
	const more = others === 0 ? '' : `; ${others} more difference${others === 1 ? '' : 's'}`;
	return `${path === '' ? 'the whole file' : `\`${path}\``}: ${message}${more}`;
}
