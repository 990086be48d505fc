import type { QuestionData } from '../../schemas/quiz.ts';
import type { QuestionProgress } from '../../schemas/progress.ts';

/** Ids of the options an author marked correct. */
export function correctOptionIds(question: QuestionData): string[] {
	return question.options.filter((option) => option.correct).map((option) => option.id);
}

/** A response is right when it picks every correct option and nothing else. */
export function isCorrectResponse(question: QuestionData, response: readonly string[]): boolean {
	const correct = new Set(correctOptionIds(question));
	const chosen = new Set(response);
	return chosen.size === correct.size && [...chosen].every((id) => correct.has(id));
}

/** Attempts left for a question; `Infinity` when the quiz allows unlimited attempts (0). */
export function attemptsLeft(
	attemptsAllowed: number,
	progress: QuestionProgress | undefined,
): number {
	if (attemptsAllowed === 0) return Number.POSITIVE_INFINITY;
	return Math.max(0, attemptsAllowed - (progress?.attempts ?? 0));
}

/**
 * What the learner sees for a question they have answered: they can try again while it is wrong
 * and attempts remain; the correct answer is revealed once it is right or attempts run out.
 */
export function questionOutcome(attemptsAllowed: number, progress: QuestionProgress | undefined) {
	if (!progress) return { answered: false, canRetry: false, revealAnswer: false } as const;
	const left = attemptsLeft(attemptsAllowed, progress);
	return {
		answered: true,
		canRetry: !progress.correct && left > 0,
		revealAnswer: progress.correct || left === 0,
	} as const;
}
