/**
 * The plain values behind the review files (`review-files.ts`), kept free of zod: the participant's
 * form needs them on every page with a review, and importing them from the schemas' module would
 * load zod there too.
 */

export const REVIEW_APP = 'rights-in-practice';
/** Raised when a file's shape changes in a way this release could not read. */
export const REVIEW_FILE_FORMAT = 1;

/** Who a view speaks for. No names: a file says which group and when, never who. */
export const REVIEW_GROUPS = [
	'young-people',
	'parents-carers',
	'advocates',
	'staff',
	'leaders',
] as const;

/** Evidence notes are short by design; a long one is cut, never refused. */
export const NOTE_MAX_LENGTH = 2000;
