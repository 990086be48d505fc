/**
 * The one rule about assessment restarts that both the reducer (`model.ts`, counting attempts)
 * and `moduleStatus` (scoring) need. Kept in its own file so neither imports the other: the
 * SCORM launch page scores progress without loading the reducer, and the reducer stays in the
 * islands' shared chunk. Split into a chunk of its own, the reducer would become a preload
 * dependency of the packages' SCORM storage, and Vite writes preload URLs root-absolute, which
 * an LMS serving the package from a deep path answers with 404.
 */
import type { ModuleProgress, QuestionProgress } from '../../schemas/progress.ts';

/**
 * Whether `answer` was given before the module's latest `assessment-restarted`, so belongs to an
 * earlier run of the assessment. Times are compared as instants, not as text; an answer with an
 * unreadable time counts as current.
 */
export function answeredBeforeRestart(
	module: Pick<ModuleProgress, 'assessmentRestartedAt'> | undefined,
	answer: Pick<QuestionProgress, 'answeredAt'>,
): boolean {
	const restartedAt = module?.assessmentRestartedAt;
	if (restartedAt === undefined) return false;
	return Date.parse(answer.answeredAt) < Date.parse(restartedAt);
}
