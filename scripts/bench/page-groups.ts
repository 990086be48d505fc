/**
 * Pages grouped by what they are, so the report stays short with 100+ pages: one line per group,
 * naming its heaviest page.
 */

/** The group a site path belongs to. */
export function pageGroup(path: string): string {
	const parts = path.split('/').filter(Boolean);
	if (parts.length === 0) return 'Course home';
	const [first] = parts;
	if (first === 'modules') {
		if (parts.length === 2) return 'Module overviews';
		if (parts[2] === 'certificate') return 'Certificates';
		return 'Lessons';
	}
	if (first === 'progress') return 'My progress';
	if (first === 'tools') return 'Tools';
	if (first === 'rights') return 'Rights';
	if (first === 'authors') return 'Author pages';
	return 'Reference pages';
}

export interface GroupSummary<T> {
	group: string;
	pages: T[];
	/** The page of the group with the largest `weight`. */
	worst: T;
}

/** One summary per group, in the order groups first appear; ties keep the earlier page. */
export function worstByGroup<T extends { path: string }>(
	pages: readonly T[],
	weight: (page: T) => number,
): GroupSummary<T>[] {
	const groups = new Map<string, GroupSummary<T>>();
	for (const page of pages) {
		const group = pageGroup(page.path);
		const summary = groups.get(group);
		if (!summary) groups.set(group, { group, pages: [page], worst: page });
		else {
			summary.pages.push(page);
			if (weight(page) > weight(summary.worst)) summary.worst = page;
		}
	}
	return [...groups.values()];
}
