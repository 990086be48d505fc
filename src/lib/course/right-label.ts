/**
 * Readable names for right ids: `art-8` is "Article 8", `p1-1` is "Article 1 of Protocol 1".
 * Ids that do not follow either form are returned unchanged.
 */
export function rightLabel(id: string): string {
	const article = /^art-(\d{1,2})$/.exec(id);
	if (article) return `Article ${article[1]}`;
	const protocol = /^p(\d{1,2})-(\d)$/.exec(id);
	if (protocol) return `Article ${protocol[2]} of Protocol ${protocol[1]}`;
	return id;
}

/** Joins items as UK English prose: "A", "A and B", "A, B and C". */
export function joinList(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}
