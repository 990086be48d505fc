/**
 * How long a module takes a learner, computed from what it holds, so that the `estimatedMinutes`
 * an author writes in `module.yaml` can be checked (issue 8, "Shorter"). Pure.
 *
 * The pace is a working assumption, not a measurement: reading at 180 words a minute (plain
 * instructional text read for understanding, slower than skimming); about a third of a branching
 * scenario's text on one run; a minute for each question (reading the options and the feedback);
 * three minutes for a reflection; half a minute for each Traffic Light statement rated; four
 * minutes for a Rights Check.
 */

/** What a learner meets in a module. */
export interface ModuleWorkload {
	/** Words of lesson text (everything but the scenarios the lessons play). */
	lessonWords: number;
	/** Words of the branching scenarios the module plays, every branch counted. */
	scenarioWords: number;
	questions: number;
	reflections: number;
	reviewStatements: number;
	rightsChecks: number;
}

export const PACE = {
	wordsPerMinute: 180,
	scenarioShareRead: 1 / 3,
	minutesPerQuestion: 1,
	minutesPerReflection: 3,
	minutesPerReviewStatement: 0.5,
	minutesPerRightsCheck: 4,
} as const;

/** Minutes a module takes at `PACE`, unrounded. */
export function estimateMinutes(work: ModuleWorkload): number {
	const words = work.lessonWords + work.scenarioWords * PACE.scenarioShareRead;
	return (
		words / PACE.wordsPerMinute +
		work.questions * PACE.minutesPerQuestion +
		work.reflections * PACE.minutesPerReflection +
		work.reviewStatements * PACE.minutesPerReviewStatement +
		work.rightsChecks * PACE.minutesPerRightsCheck
	);
}

/** Words in a plain text: runs of letters or digits, apostrophes and hyphens inside words. */
export function countWords(text: string): number {
	return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/**
 * Whether the author's estimate is within `tolerance` (a share, 0.25 = 25%) of the computed
 * minutes.
 */
export function estimateHolds(authored: number, computed: number, tolerance = 0.25): boolean {
	return Math.abs(authored - computed) <= computed * tolerance;
}
