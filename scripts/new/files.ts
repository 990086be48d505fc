/** Writing what `npm run new` made: new files only, never over an existing one. */
import { access, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Rename } from '../../src/lib/scaffold/lesson-files.ts';
import { UsageError } from './flags.ts';

export interface Created {
	/** Files written, relative to the root. */
	written: string[];
	/** Lesson files renamed to make room, relative to the root, in the order they were renamed. */
	renamed: Rename[];
	/** What to do next, one line each. */
	next: string[];
}

export async function exists(path: string): Promise<boolean> {
	try {
		await access(path);
		return true;
	} catch {
		return false;
	}
}

/** Writes a new file; refuses to replace one. */
export async function writeNew(root: string, file: string, text: string): Promise<void> {
	try {
		await writeFile(join(root, file), text, { flag: 'wx' });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new UsageError(
				`\`${file}\` already exists, and \`npm run new\` never replaces a file.`,
			);
		}
		throw error;
	}
}

/** The last two steps after writing a page learners open at `path`. */
export const CHECK_AND_SEE = (path: string) => [
	'Check it: npm run check:course',
	`See it: npm run dev, then open http://localhost:4321${path}`,
];
