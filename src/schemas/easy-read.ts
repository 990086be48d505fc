/**
 * The pictures an easy read lesson can put beside a line with `<EasyReadRow icon="…">`. Each name
 * is a file `src/assets/easy-read/<name>.svg`. The pictures support the words and never replace
 * them, so they are hidden from screen readers.
 */
export const EASY_READ_ICONS = [
	'bag',
	'book',
	'clock',
	'door',
	'family',
	'heart',
	'hospital',
	'law',
	'people',
	'person',
	'phone',
	'question',
	'rights',
	'talk',
	'tick',
	'warning',
	'write',
] as const;

export type EasyReadIcon = (typeof EASY_READ_ICONS)[number];
