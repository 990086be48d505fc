/**
 * "Sources for this page": where a lesson cites a source on almost every sentence, the author keeps
 * key citations inline and marks the rest `<LegalRef … listed />`. Those show as a note number in
 * the text and in full in a numbered list at the end of the page (issue 8).
 */
import type { ListedSource } from './extract/index.ts';

export interface SourceNote extends ListedSource {
	/** 1-based note number, shared by every citation of the same source and pin on the page. */
	number: number;
}

/** Key shared by citations of the same source with the same pin. */
export function sourceNoteKey(source: string, pin?: string): string {
	return pin ? `${source}\u0000${pin}` : source;
}

/**
 * Numbers the listed citations of one page in order of first appearance; a citation repeated
 * with the same pin keeps its first number, so the list has each source-and-pin once.
 */
export function numberSourceNotes(listed: readonly ListedSource[]): SourceNote[] {
	const notes = new Map<string, SourceNote>();
	for (const { source, pin } of listed) {
		const key = sourceNoteKey(source, pin);
		if (notes.has(key)) continue;
		notes.set(key, { source, ...(pin === undefined ? {} : { pin }), number: notes.size + 1 });
	}
	return [...notes.values()];
}
