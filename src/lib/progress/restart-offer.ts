/**
 * The "Try the assessment again" offer: a rule over a quiz's course data and the learner's
 * progress, so it lives here (progress may import the course model; the course model imports no
 * progress code).
 */
import type { QuizData } from '../../schemas/quiz.ts';
import type { ModuleProgress } from '../../schemas/progress.ts';
import { questionOutcome } from '../course/quiz.ts';
import { currentAssessmentAnswer, type ModuleStatus } from './status.ts';

/**
 * Whether an assessment quiz offers "Try the assessment again": the module is failed (every
 * assessment question answered and the score under the pass mark), not completed, and no
 * question in this quiz can still be tried again, so without a restart the learner could never
 * pass. A completed module never offers it: completion is never undone.
 *
 * `status` is `moduleStatus` for the quiz's module; `progress` is that module's record, whose
 * answers from before the latest restart do not count (`currentAssessmentAnswer`).
 */
export function canRestartAssessment(
	quiz: Pick<QuizData, 'assessment' | 'attempts' | 'questions'>,
	status: Pick<ModuleStatus, 'passed' | 'completed'>,
	progress: ModuleProgress | undefined,
): boolean {
	if (!quiz.assessment || status.completed || status.passed !== false) return false;
	return quiz.questions.every(
		(question) =>
			!questionOutcome(quiz.attempts, currentAssessmentAnswer(progress, question.id)).canRetry,
	);
}
