/** The pages a Traffic Light form points to: the young people's form and the review session. */
import { STANDALONE_REVIEW_ID } from '../course/toolkit.ts';
import { BUILD_TARGET } from './target.ts';
import { routes } from './url.ts';

/**
 * Where the pages are on the website. A SCORM package holds no tool pages, so there the form
 * names them on the course website (`linked: false`) instead of linking to a missing page.
 */
export type ReviewLinks =
	{ linked: true; youngPeople: string; session: string } | { linked: false };

/** The links for the review `reviewId`; only the review the tool pages show has those pages. */
export function reviewLinks(reviewId: string): ReviewLinks | undefined {
	if (reviewId !== STANDALONE_REVIEW_ID) return undefined;
	return BUILD_TARGET === 'site'
		? {
				linked: true,
				youngPeople: routes.trafficLightYoungPeople(),
				session: routes.reviewSession(),
			}
		: { linked: false };
}
