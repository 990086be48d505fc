/**
 * What the course asks learners so a trust can show whether it closed the "knowledge and
 * confidence gap" (issue 13): confidence in each module outcome at the start and at the end of
 * the module, an optional course baseline (how many of the 16 rights the learner can name, and
 * three statements about using rights in everyday decisions), and end-of-module feedback.
 *
 * Every answer is optional and none affects score or completion. On the site the answers stay in
 * the learner's progress on the device; in a SCORM package they also go to the LMS as
 * interactions (`lib/scorm/evaluation-interactions.ts`), which is how a trust's LMS reports hold
 * them. The ids here are stored in progress files and LMS records: never change them.
 */

/** When a check-in is asked: on the module's first lesson, or after its last lesson's content. */
export const CHECK_IN_PHASES = ['start', 'end'] as const;
export type CheckInPhase = (typeof CHECK_IN_PHASES)[number];

/** Every scale in the course runs 1 to 5, and every point has plain words (`i18n/en/evaluation.ts`). */
export const SCALE_POINTS = [1, 2, 3, 4, 5] as const;
export type ScalePoint = (typeof SCALE_POINTS)[number];

export function isScalePoint(value: unknown): value is ScalePoint {
	return SCALE_POINTS.includes(value as ScalePoint);
}

/**
 * The course baseline's parts, which a module asks at the start or end (`baseline` in
 * `module.yaml`): `rights-named` is "how many of the 16 rights can you name?" (a guess, then a
 * naming activity), `everyday-decisions` the three statements of `EVERYDAY_STATEMENT_IDS`.
 */
export const BASELINE_PARTS = ['rights-named', 'everyday-decisions'] as const;
export type BaselinePart = (typeof BASELINE_PARTS)[number];

/** The three statements about using rights in everyday decisions, rated 1 (strongly disagree) to 5. */
export const EVERYDAY_STATEMENT_IDS = [
	's-everyday-tool',
	's-explain-decision',
	's-raise-concern',
] as const;
export type EverydayStatementId = (typeof EVERYDAY_STATEMENT_IDS)[number];

/**
 * The ids of the 16 rights in Schedule 1 to the Human Rights Act 1998 (`content/rights/`), in
 * Schedule order. Fixed here, not read from content, because the naming activity and SCORM suspend
 * data store them, and a content check (`tests/unit/content`) keeps the two lists equal.
 */
export const HRA_RIGHT_IDS = [
	'art-2',
	'art-3',
	'art-4',
	'art-5',
	'art-6',
	'art-7',
	'art-8',
	'art-9',
	'art-10',
	'art-11',
	'art-12',
	'art-14',
	'p1-1',
	'p1-2',
	'p1-3',
	'p13-1',
] as const;
export type HraRightId = (typeof HRA_RIGHT_IDS)[number];

/** How many rights the Human Rights Act protects (Schedule 1): the top of the naming scale. */
export const RIGHTS_IN_THE_ACT = HRA_RIGHT_IDS.length;

/** The end-of-module feedback questions rated 1 to 5. */
export const FEEDBACK_RATINGS = ['relevance', 'clarity'] as const;
export type FeedbackRating = (typeof FEEDBACK_RATINGS)[number];

/** Longest "what would you change" answer: SCORM 2004 long-fill-in holds 4,000 characters. */
export const FEEDBACK_TEXT_LIMIT = 4000;
