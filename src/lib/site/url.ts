import { STANDALONE_REVIEW_ID } from '../course/toolkit.ts';

/** Site-internal link for `path` (starting with `/`), honouring the configured base path. */
export function siteUrl(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	return `${base}${path}`;
}

export const routes = {
	home: () => siteUrl('/'),
	module: (moduleId: string) => siteUrl(`/modules/${moduleId}/`),
	lesson: (moduleId: string, lessonId: string) => siteUrl(`/modules/${moduleId}/${lessonId}/`),
	certificate: (moduleId: string) => siteUrl(`/modules/${moduleId}/certificate/`),
	progress: () => siteUrl('/progress/'),
	rights: () => siteUrl('/rights/'),
	right: (rightId: string) => siteUrl(`/rights/${rightId}/`),
	glossary: () => siteUrl('/glossary/'),
	search: () => siteUrl('/search/'),
	/** Pagefind's script, in the index the build writes (`src/integrations/search-index.ts`). */
	searchIndexScript: () => siteUrl('/pagefind/pagefind.js'),
	tools: () => siteUrl('/tools/'),
	rightsCheck: () => siteUrl('/tools/rights-check/'),
	trafficLight: () => siteUrl('/tools/traffic-light/'),
	/** The review on the tools page has the plain address; other reviews add their id. */
	reviewSession: (reviewId: string = STANDALONE_REVIEW_ID) =>
		siteUrl(
			reviewId === STANDALONE_REVIEW_ID
				? '/tools/traffic-light/session/'
				: `/tools/traffic-light/session/${reviewId}/`,
		),
	trafficLightYoungPeople: () => siteUrl('/tools/traffic-light/young-people/'),
	/** The trainers' evaluation summary (website only). */
	evaluation: () => siteUrl('/tools/evaluation/'),
	sources: () => siteUrl('/sources/'),
	law: () => siteUrl('/law/'),
	authors: () => siteUrl('/authors/'),
	scenarioMap: (scenarioId: string) => siteUrl(`/authors/scenarios/${scenarioId}/`),
};
