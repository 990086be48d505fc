/**
 * Pagefind's excerpt of a result: the page's text, HTML-escaped, with the words found wrapped in
 * `<mark>`. Read into plain parts so the results page builds it from text nodes and `<mark>`
 * elements and never parses HTML. Pure.
 */
export interface ExcerptPart {
	text: string;
	marked: boolean;
}

const ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: '\u00a0',
};

/** `&amp;`, `&#39;`, `&#x27;` and the like, as text; an unknown entity is left as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
		if (name.startsWith('#x') || name.startsWith('#X')) {
			return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
		}
		if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? whole;
	});
}

/** The excerpt as text parts, marked where Pagefind marked the words found; any other tag is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
	const parts: ExcerptPart[] = [];
	let marked = false;
	for (const piece of excerpt.split(/(<\/?mark>)/i)) {
		if (/^<mark>$/i.test(piece)) marked = true;
		else if (/^<\/mark>$/i.test(piece)) marked = false;
		else {
			const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
			if (text !== '') parts.push({ text, marked });
		}
	}
	return parts;
}
