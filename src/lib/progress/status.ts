/**
 * Where a learner stands in one module: counts, score, completion and where "Resume" goes.
 * Pure: computed from the module's build-time summary and its progress record.
 *
 * Only ids the summary lists are counted, so progress for removed lessons or questions is
 * ignored here but kept in storage; a content update never breaks or loses progress.
 */
import type { ModuleSummary } from '../../schemas/module-summary.ts';
import { answeredBeforeRestart } from './restart.ts';
import type { ModuleProgress, ProgressEvent, QuestionProgress } from '../../schemas/progress.ts';

type ModuleStatusKind = 'not-started' | 'in-progress' | 'completed';

export interface ModuleStatus {
	lessonsVisited: number;
	lessonsTotal: number;
	/** Assessment questions answered at least once since the latest restart. */
	answered: number;
	assessmentTotal: number;
	/**
	 * Percent (0–100, rounded) of assessment questions answered correctly, once every one of
	 * them has an answer; `undefined` before that and in modules without an assessment.
	 */
	score: number | undefined;
	/** `score >= passMark`; `undefined` while `score` is. */
	passed: boolean | undefined;
	/** The module's completion rule is satisfied by the progress as it is now. */
	meetsRule: boolean;
	/** `meetsRule`, or completion was recorded earlier: completion is never undone. */
	completed: boolean;
	/** Set once completion has been recorded by a `module-completed` event. */
	completedAt: string | undefined;
	status: ModuleStatusKind;
	/** The bookmark if the lesson still exists, else the first unvisited lesson, else the first. */
	resumeLessonId: string | undefined;
}

/**
 * Works out a module's status.
 *
 * Completion rules: `all-lessons` needs every listed lesson visited; `pass-assessment` needs
 * `passed`; `all-lessons-and-pass-assessment` needs both. A module with no assessment questions
 * cannot be passed, so there the assessment part counts as met once every lesson is visited.
 * Without a progress record nothing is met, even in a module with no lessons. Assessment answers
 * from before the latest restart do not count (`currentAssessmentAnswer`).
 */
export function moduleStatus(
	summary: ModuleSummary,
	progress: ModuleProgress | undefined,
): ModuleStatus {
	const lessonsTotal = summary.lessons.length;
	const lessonsVisited = summary.lessons.filter((lesson) => progress?.lessons[lesson.id]).length;
	const assessmentTotal = summary.assessmentQuestionIds.length;
	const answers = summary.assessmentQuestionIds.map((id) => currentAssessmentAnswer(progress, id));
	const answered = answers.filter((answer) => answer !== undefined).length;
	const correct = answers.filter((answer) => answer?.correct === true).length;

	const score =
		assessmentTotal > 0 && answered === assessmentTotal
			? Math.round((correct / assessmentTotal) * 100)
			: undefined;
	const passed = score === undefined ? undefined : score >= summary.passMark;

	const allLessons = progress !== undefined && lessonsVisited === lessonsTotal;
	const assessmentMet = assessmentTotal === 0 ? allLessons : passed === true;
	const meetsRule =
		progress !== undefined &&
		(summary.completion === 'all-lessons'
			? allLessons
			: summary.completion === 'pass-assessment'
				? assessmentMet
				: allLessons && assessmentMet);

	const completedAt = progress?.completedAt;
	const completed = meetsRule || completedAt !== undefined;

	return {
		lessonsVisited,
		lessonsTotal,
		answered,
		assessmentTotal,
		score,
		passed,
		meetsRule,
		completed,
		completedAt,
		status: completed ? 'completed' : progress ? 'in-progress' : 'not-started',
		resumeLessonId: resumeLesson(summary, progress),
	};
}

/**
 * The answer to assessment question `questionId` in the current run of the assessment:
 * `undefined` when there is none, or when it was given before the learner last restarted the
 * assessment. Such an answer can come back from another copy of the progress (an LMS that
 * missed the restart) and must not bring back the failed result.
 */
export function currentAssessmentAnswer(
	progress: ModuleProgress | undefined,
	questionId: string,
): QuestionProgress | undefined {
	const answer = progress?.questions[questionId];
	return answer === undefined || answeredBeforeRestart(progress, answer) ? undefined : answer;
}

function resumeLesson(
	summary: ModuleSummary,
	progress: ModuleProgress | undefined,
): string | undefined {
	const ids = summary.lessons.map((lesson) => lesson.id);
	const bookmark = progress?.bookmark;
	if (bookmark !== undefined && ids.includes(bookmark)) return bookmark;
	return ids.find((id) => !progress?.lessons[id]) ?? ids[0];
}

/**
 * The `module-completed` event to dispatch when the rule is met now but completion has not been
 * recorded yet; `undefined` otherwise. Islands call this after every change so completion is
 * recorded the moment it happens, with the score at that moment.
 */
export function completionEvent(
	summary: ModuleSummary,
	progress: ModuleProgress | undefined,
	at: string,
): ProgressEvent | undefined {
	if (progress?.completedAt !== undefined) return undefined;
	const status = moduleStatus(summary, progress);
	if (!status.meetsRule) return undefined;
	return { type: 'module-completed', moduleId: summary.id, at, score: status.score };
}
