import type { Source } from '../../schemas/source.ts';

/** A source as a reader would cite it: title, citation and date, plus a pinpoint if given. */
export function citeSource(source: Source, pin?: string): string {
	const parts = [source.title];
	if (source.citation && !source.title.includes(source.citation)) parts.push(source.citation);
	let text = parts.join(' ');
	if (pin) text += `, ${pin}`;
	if (source.date && !text.includes(source.date)) text += ` (${source.date})`;
	return text;
}
