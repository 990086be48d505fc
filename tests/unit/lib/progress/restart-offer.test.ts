import { describe, expect, test } from 'vitest';
import { canRestartAssessment } from '../../../../src/lib/progress/restart-offer.ts';
import type { ModuleSummary } from '../../../../src/schemas/module-summary.ts';
import { moduleStatus } from '../../../../src/lib/progress/status.ts';
import type { ModuleProgress, QuestionProgress } from '../../../../src/schemas/progress.ts';
import type { QuizData } from '../../../../src/schemas/quiz.ts';

const AT = '2025-03-01T09:00:00.000Z';

const summary: ModuleSummary = {
	id: 'm1',
	title: 'Module one',
	version: '1.0.0',
	href: '/m1/',
	completion: 'pass-assessment',
	passMark: 80,
	estimatedMinutes: 10,
	lessons: [{ id: 'l1', title: 'Check', href: '/m1/l1/' }],
	assessmentQuestionIds: ['q1', 'q2'],
	questionIds: ['q1', 'q2'],
	scenarios: [],
};

function quiz(overrides: Partial<QuizData> = {}): QuizData {
	const question = (id: string) => ({
		id,
		type: 'single' as const,
		promptHtml: id,
		options: [
			{ id: 'a', labelHtml: 'A', correct: true, feedbackHtml: '' },
			{ id: 'b', labelHtml: 'B', correct: false, feedbackHtml: '' },
		],
		correctHtml: '',
		incorrectHtml: '',
		sources: [],
	});
	return {
		id: 'quiz-m1',
		title: 'Assessment',
		assessment: true,
		attempts: 2,
		questions: [question('q1'), question('q2')],
		...overrides,
	};
}

function answer(correct: boolean, attempts: number): QuestionProgress {
	return { response: [correct ? 'a' : 'b'], correct, attempts, answeredAt: AT };
}

function progress(
	questions: Record<string, QuestionProgress>,
	extra: Partial<ModuleProgress> = {},
): ModuleProgress {
	return {
		moduleId: 'm1',
		moduleVersion: '1.0.0',
		startedAt: AT,
		updatedAt: AT,
		lessons: { l1: { firstVisitedAt: AT, lastVisitedAt: AT, visits: 1 } },
		questions,
		scenarios: {},
		reviews: {},
		reflections: {},
		checks: {},
		...extra,
	};
}

function canRestart(data: QuizData, record: ModuleProgress | undefined): boolean {
	return canRestartAssessment(data, moduleStatus(summary, record), record);
}

describe('canRestartAssessment', () => {
	test('offers a restart once the assessment is failed and every question is locked', () => {
		const failed = progress({ q1: answer(true, 1), q2: answer(false, 2) });
		expect(moduleStatus(summary, failed).passed).toBe(false);
		expect(canRestart(quiz(), failed)).toBe(true);
	});

	test('offers no restart while a wrong answer can still be tried again', () => {
		const failed = progress({ q1: answer(true, 1), q2: answer(false, 1) });
		expect(moduleStatus(summary, failed).passed).toBe(false);
		expect(canRestart(quiz(), failed)).toBe(false);
		expect(canRestart(quiz({ attempts: 0 }), failed)).toBe(false);
	});

	test('offers no restart before every question is answered or once the assessment is passed', () => {
		expect(canRestart(quiz(), undefined)).toBe(false);
		expect(canRestart(quiz(), progress({ q2: answer(false, 2) }))).toBe(false);
		expect(canRestart(quiz(), progress({ q1: answer(true, 1), q2: answer(true, 2) }))).toBe(false);
	});

	test('offers no restart in a completed module, even one completed without a pass', () => {
		const failed = progress(
			{ q1: answer(true, 1), q2: answer(false, 2) },
			{ completedAt: AT, completedScore: 50 },
		);
		expect(moduleStatus(summary, failed)).toMatchObject({ passed: false, completed: true });
		expect(canRestart(quiz(), failed)).toBe(false);
	});

	test('offers no restart in a quiz that is not an assessment', () => {
		const failed = progress({ q1: answer(true, 1), q2: answer(false, 2) });
		expect(canRestart(quiz({ assessment: false }), failed)).toBe(false);
	});

	test('offers no restart when the failed answers are from before the latest restart', () => {
		const restarted = progress(
			{ q1: answer(true, 1), q2: answer(false, 2) },
			{ assessmentRestartedAt: '2025-03-01T09:30:00.000Z' },
		);
		expect(canRestart(quiz(), restarted)).toBe(false);
	});
});
