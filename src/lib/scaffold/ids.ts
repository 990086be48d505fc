/**
 * Fresh ids for new course files, made from the title an author gives (`npm run new`). Once
 * written, an id is the author's: it never follows later changes to the title, because learners'
 * progress is stored against it.
 */
import { ID_MAX_LENGTH } from '../../schemas/ids.ts';

/** Longest slug taken from a title: long enough to recognise, short enough to type. */
const SLUG_LENGTH = 32;

/**
 * Lower-case words of `text` joined by single hyphens, cut at a word boundary to at most
 * `maxLength` characters; empty when the text has no letters or digits. Accents are dropped and
 * apostrophes join their word ("young person’s" → `young-persons`).
 */
export function slugify(text: string, maxLength = SLUG_LENGTH): string {
	const slug = text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/['’]/g, '')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
	if (slug.length <= maxLength) return slug;
	const cut = slug.slice(0, maxLength + 1);
	const lastHyphen = cut.lastIndexOf('-');
	return (lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * `prefix` + the slug of `title` (or of `fallback` when the title gives none) + `suffix`, made
 * unique against `taken` by adding `-2`, `-3`…, and within `ID_MAX_LENGTH`.
 */
export function freshId(
	prefix: string,
	title: string,
	taken: ReadonlySet<string>,
	{ fallback, suffix = '' }: { fallback: string; suffix?: string },
): string {
	// Room for the prefix, the suffix and a counter such as `-99`, so the result always fits.
	const room = Math.min(SLUG_LENGTH, ID_MAX_LENGTH - prefix.length - suffix.length - 4);
	const base = `${prefix}${slugify(title, room) || slugify(fallback, room)}${suffix}`;
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) {
		const candidate = `${base}-${n}`;
		if (!taken.has(candidate)) return candidate;
	}
}
