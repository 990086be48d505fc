/**
 * Reading a review file a facilitator loads: a participant's view or a saved session. Every
 * refusal names the file and says why in words a facilitator can act on, so one bad file among
 * many is easy to find; the caller changes nothing for a refused file.
 */
import { z } from 'zod';
import {
	REVIEW_APP,
	REVIEW_FILE_FORMAT,
	ReviewSessionSchema,
	ReviewViewSchema,
	type ReviewSession,
	type ReviewView,
} from '../../schemas/review-files.ts';

/** Far above any real review file (12 statements, short notes); refused before parsing. */
export const REVIEW_FILE_MAX_BYTES = 2_000_000;

export type ReviewFile =
	{ kind: 'view'; view: ReviewView } | { kind: 'session'; session: ReviewSession };

export type ReviewFileResult = ({ ok: true } & ReviewFile) | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/** The first zod issue as "at `ratings.tl-1`: …", for a damaged file's message. */
function firstIssue(error: z.ZodError): string {
	const issue = error.issues[0];
	if (!issue) return 'its contents are not as expected';
	const path = issue.path.map(String).join('.');
	return path ? `\`${path}\` is not as expected (${issue.message})` : issue.message;
}

/**
 * Reads `text`, the contents of the file called `name`, as a view or session of the review
 * `reviewId`. `bytes` is the file's size, checked before anything else.
 */
export function readReviewFile(
	name: string,
	text: string,
	reviewId: string,
	bytes = text.length,
): ReviewFileResult {
	const fail = (reason: string): ReviewFileResult => ({ ok: false, message: `${name}: ${reason}` });
	if (bytes > REVIEW_FILE_MAX_BYTES)
		return fail('this file is far too large to be a review file, so it was not opened.');
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch {
		return fail('this is not a review file, or it is damaged: it could not be read.');
	}
	if (!isObject(data) || data['app'] !== REVIEW_APP)
		return fail('this is not a Rights in Practice review file.');
	const kind = data['kind'];
	if (kind !== 'traffic-light-view' && kind !== 'traffic-light-session')
		return fail('this Rights in Practice file is not a Traffic Light review file.');
	const format = data['format'];
	if (typeof format === 'number' && format > REVIEW_FILE_FORMAT)
		return fail(
			'this file was made by a newer version of the course, which this site cannot read yet. Open it on the site it came from.',
		);
	if (typeof data['reviewId'] === 'string' && data['reviewId'] !== reviewId)
		return fail(`this file is for a different review (\`${data['reviewId']}\`), not this one.`);
	if (kind === 'traffic-light-view') {
		const parsed = ReviewViewSchema.safeParse(data);
		if (!parsed.success) return fail(`this file is damaged: ${firstIssue(parsed.error)}.`);
		return { ok: true, kind: 'view', view: parsed.data };
	}
	const parsed = ReviewSessionSchema.safeParse(data);
	if (!parsed.success) return fail(`this file is damaged: ${firstIssue(parsed.error)}.`);
	return { ok: true, kind: 'session', session: parsed.data };
}
