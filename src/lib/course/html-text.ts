/**
 * Plain-text helpers for the small pieces of author HTML that islands also need as text: path
 * summaries, CSV cells, and labels that must not contain block elements.
 */

const NAMED_ENTITIES: Record<string, string> = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	lsquo: '‘',
	rsquo: '’',
	ldquo: '“',
	rdquo: '”',
	hellip: '…',
	pound: '£',
};

function decodeEntity(entity: string, body: string): string {
	if (body.startsWith('#')) {
		const code =
			body[1] === 'x' || body[1] === 'X'
				? parseInt(body.slice(2), 16)
				: parseInt(body.slice(1), 10);
		return Number.isInteger(code) && code > 0 && code <= 0x10ffff
			? String.fromCodePoint(code)
			: entity;
	}
	return NAMED_ENTITIES[body.toLowerCase()] ?? entity;
}

/** `&amp;`, `&#39;`, `&#x201C;` and the common named entities as text; others stay as written. */
export function decodeEntities(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, decodeEntity);
}

/** Text of an HTML fragment: tags removed, common entities decoded, whitespace collapsed. */
export function htmlToText(html: string): string {
	// Block ends and line breaks separate words once the tags are gone.
	const withoutTags = html
		.replace(/<(?:br|\/p|\/li|\/h[1-6]|\/div|\/blockquote)\b[^>]*>/gi, ' ')
		.replace(/<[^>]*>/g, '');
	return decodeEntities(withoutTags).replace(/\s+/g, ' ').trim();
}

/** Shortens text to at most `max` characters, at a word boundary, ending with "…" when cut. */
export function truncateText(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	// Cut at the last space unless the cut already ends a word; a very long word is cut anyway.
	const space = /\s/.test(text.charAt(max - 1)) ? cut.length : cut.lastIndexOf(' ');
	return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * Removes paragraph wrappers so author HTML can sit inside `<label>` or `<legend>`, which allow
 * only phrasing content. Paragraph breaks become spaces.
 */
export function inlineHtml(html: string): string {
	return html
		.replace(/<\/p>\s*<p(?:\s[^>]*)?>/gi, ' ')
		.replace(/<\/?p(?:\s[^>]*)?>/gi, '')
		.trim();
}
