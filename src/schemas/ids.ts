import { z } from 'zod';

/** Pattern every author-written id follows: lower-case words joined by single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Longest id an author may write; SCORM interaction ids and suspend data stay within limits. */
export const ID_MAX_LENGTH = 64;

/**
 * A stable id written by the author. Learners' progress is keyed by these ids, so they are never
 * derived from order or title: editing or reordering content keeps every learner's work.
 */
export const IdSchema = z
	.string({ error: 'An id is required.' })
	.regex(
		ID_PATTERN,
		'Use lower-case letters, digits and single hyphens, for example `q-least-restrictive`.',
	)
	.max(ID_MAX_LENGTH, `Keep ids to ${ID_MAX_LENGTH} characters or fewer.`);

/** Id of one of the 16 rights in `content/rights/`, for example `art-8` or `p1-2`. */
export const RightIdSchema = z
	.string()
	.regex(/^(art-\d{1,2}|p\d{1,2}-\d)$/, 'Right ids look like `art-8`, `p1-1` or `p13-1`.');

/** Space- or comma-separated ids in one attribute (`rights="art-8 art-9"`) or a YAML list. */
export function idList<T extends z.ZodType<string>>(item: T, { min = 0 }: { min?: number } = {}) {
	return z.preprocess(
		(value) => (typeof value === 'string' ? value.split(/[\s,]+/).filter(Boolean) : value),
		z.array(item).min(min, `List at least ${min}.`),
	);
}
