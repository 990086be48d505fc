/** The pages a Traffic Light form points to: the young people's form and the review session. */
import { STANDALONE_REVIEW_ID } from '../course/toolkit.ts';
import { BUILD_TARGET } from './target.ts';
import { routes } from './url.ts';

/**
 * Where the pages are on the website. Every review has a session page; only the review on the
 * tools page has a young people's form. A SCORM package holds no tool pages, so there the form
 * names them on the course website (`linked: false`) instead of linking to a missing page.
 */
export type ReviewLinks =
	{ linked: true; session: string; youngPeople?: string } | { linked: false; youngPeople: boolean };

export function reviewLinks(reviewId: string): ReviewLinks {
	const youngPeople = reviewId === STANDALONE_REVIEW_ID;
	if (BUILD_TARGET !== 'site') return { linked: false, youngPeople };
	return {
		linked: true,
		session: routes.reviewSession(reviewId),
		...(youngPeople ? { youngPeople: routes.trafficLightYoungPeople() } : {}),
	};
}
