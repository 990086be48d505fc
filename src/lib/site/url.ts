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
	tools: () => siteUrl('/tools/'),
	rightsCheck: () => siteUrl('/tools/rights-check/'),
	trafficLight: () => siteUrl('/tools/traffic-light/'),
	reviewSession: () => siteUrl('/tools/traffic-light/session/'),
	trafficLightYoungPeople: () => siteUrl('/tools/traffic-light/young-people/'),
	sources: () => siteUrl('/sources/'),
	law: () => siteUrl('/law/'),
	authors: () => siteUrl('/authors/'),
	scenarioMap: (scenarioId: string) => siteUrl(`/authors/scenarios/${scenarioId}/`),
};
