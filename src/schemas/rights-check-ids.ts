/**
 * The Rights Check's step and notice ids, apart from the zod schemas in `rights-check.ts` so the
 * island can use them without loading zod in the browser.
 */

/**
 * The Rights Check's eight steps, in order: RIGHTS, then Voice and Record. The step flow and the
 * gates in `src/lib/course/rights-check.ts` are written against these ids, and a learner's saved
 * position is one of them, so `content/rights-check/steps.yaml` lists exactly these, in this order.
 */
export const RIGHTS_CHECK_STEP_IDS = [
	'recognise',
	'identify',
	'guard',
	'basis',
	'aim',
	'smallest',
	'voice',
	'record',
] as const;

export type StepId = (typeof RIGHTS_CHECK_STEP_IDS)[number];

/** The warnings and panels the Rights Check can show; `content/rights-check/notices.yaml` words each once. */
export const RIGHTS_CHECK_NOTICE_IDS = [
	'blanket',
	'register',
	'redesign',
	'protect',
	'basis',
	'parent-consent',
	'aim',
	'aim-other',
	'review-date',
	'voice',
] as const;

export type NoticeId = (typeof RIGHTS_CHECK_NOTICE_IDS)[number];
