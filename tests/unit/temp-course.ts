import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

/** A folder to copy (absolute) and where it goes in the copy (relative; `.` for the root). */
interface Part {
	from: string;
	to: string;
}

/** The small valid course in `tests/fixtures/valid/`. */
export const VALID_COURSE: readonly Part[] = [
	{ from: join(ROOT, 'tests/fixtures/valid'), to: '.' },
];

/** The real course: `modules/` and `content/` as authors wrote them. */
export const REAL_COURSE: readonly Part[] = [
	{ from: join(ROOT, 'modules'), to: 'modules' },
	{ from: join(ROOT, 'content'), to: 'content' },
];

/**
 * Runs `use` on a fresh copy of `parts` in a temporary folder, so a test can change files freely,
 * and removes the copy afterwards, whether `use` succeeds or throws.
 */
export async function inTempCopy<T>(
	parts: readonly Part[],
	use: (dir: string) => Promise<T>,
): Promise<T> {
	const dir = await mkdtemp(join(tmpdir(), 'rip-course-'));
	try {
		for (const part of parts) await cp(part.from, join(dir, part.to), { recursive: true });
		return await use(dir);
	} finally {
		await rm(dir, { recursive: true, force: true });
	}
}
