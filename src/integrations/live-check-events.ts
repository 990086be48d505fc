/**
 * The messages between the dev server's live course check (`live-course-check.ts`) and the
 * banner script on every page in `npm run dev` (`src/entry/dev-course-check.ts`), over Vite's
 * HMR connection. Kept apart from both so the page script imports no Node code.
 */
import type { ProblemSummary } from '../lib/problems/summary.ts';

/** Server to page: the latest result, sent to every page after each check. */
export const COURSE_CHECK_RESULT = 'rip:course-check';

/** Page to server: "send me the latest result", sent when a page loads. */
export const COURSE_CHECK_REQUEST = 'rip:course-check-request';

export interface CourseCheckResult {
	/** What the page shows; `null` when the course check found nothing. */
	summary: ProblemSummary | null;
}
