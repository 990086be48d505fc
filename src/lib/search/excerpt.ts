/**
 * Pagefind's excerpt of a result: the page's text, HTML-escaped, with the words found wrapped in
 * `<mark>`. Read into plain parts so the results page builds it from text nodes and `<mark>`
 * elements and never parses HTML. Pure.
 */
import { decodeEntities } from '../course/html-text.ts';

export interface ExcerptPart {
	text: string;
	marked: boolean;
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
