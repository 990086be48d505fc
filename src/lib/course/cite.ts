import type { Source } from '../../schemas/source.ts';

const LEADING_YEAR = /^(\d{4})\b\s*/;

/** `X (Y)` as `X, Y`, so the result can sit inside one pair of brackets. */
function flatten(text: string): string {
	return text.replace(/\s*\(([^()]*)\)/g, ', $1').trim();
}

/** The citation as it should follow the title, without a year the title already gives. */
function citationPart(title: string, citation: string | undefined): string {
	if (!citation || title.includes(citation)) return '';
	// Neutral citations and law reports follow a case name directly: "Rabone v … [2012] UKSC 2".
	if (citation.startsWith('[')) return ` ${citation}`;
	// "Human Rights Act 1998" with "1998 c.42": the chapter alone, "(c.42)".
	const year = LEADING_YEAR.exec(citation)?.[1];
	if (year !== undefined && title.includes(year)) {
		const rest = citation.replace(LEADING_YEAR, '');
		return rest === '' ? '' : ` (${rest})`;
	}
	if (/^(SI|SSI|SR) \d{4}\/\d+$/.test(citation)) return ` (${citation})`;
	return `, ${citation}`;
}

/**
 * The date as it should close the line: left out when the text already gives it, the note alone
 * when the text already gives its year ("1998 (as amended)" after "Human Rights Act 1998" reads
 * ", as amended"), otherwise in brackets (after a comma if the text already ends in one) with any
 * inner brackets flattened.
 */
function datePart(text: string, date: string | undefined): string {
	if (!date || text.includes(date)) return '';
	const year = LEADING_YEAR.exec(date)?.[1];
	if (year !== undefined && text.includes(year)) {
		const note = flatten(date.replace(LEADING_YEAR, '')).replace(/^,\s*/, '');
		return note === '' ? '' : `, ${note}`;
	}
	// After a closing bracket a second bracket reads badly: "… (18 Oct 2025), 30 Oct 2025".
	return text.endsWith(')') ? `, ${flatten(date)}` : ` (${flatten(date)})`;
}

/**
 * A source as a reader would cite it: title, citation, pinpoint and date, each year said once and
 * no brackets inside brackets ("Human Rights Act 1998 (c.42), s.6, as amended").
 */
export function citeSource(source: Source, pin?: string): string {
	let text = source.title + citationPart(source.title, source.citation);
	if (pin) text += `, ${pin}`;
	return text + datePart(text, source.date);
}
