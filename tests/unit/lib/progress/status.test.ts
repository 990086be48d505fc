import { describe, expect, test } from 'vitest';
import type { ModuleSummary } from '../../../../src/schemas/module-summary.ts';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import {
	completionEvent,
	currentAssessmentAnswer,
	moduleStatus,
} from '../../../../src/lib/progress/status.ts';
import type {
	ModuleProgress,
	ProgressEvent,
	ProgressState,
} from '../../../../src/schemas/progress.ts';

const AT = '2025-03-01T09:00:00.000Z';
const LATER = '2025-03-01T09:30:00.000Z';

function summary(overrides: Partial<ModuleSummary> = {}): ModuleSummary {
	return {
		id: 'm1',
		title: 'Module one',
		version: '1.0.0',
		href: '/m1/',
		completion: 'all-lessons-and-pass-assessment',
		passMark: 75,
		estimatedMinutes: 30,
		lessons: ['l1', 'l2', 'l3'].map((id) => ({ id, title: id, href: `/m1/${id}/` })),
		assessmentQuestionIds: ['q1', 'q2', 'q3', 'q4'],
		questionIds: ['q0', 'q1', 'q2', 'q3', 'q4'],
		scenarios: [],
		...overrides,
	};
}

type Step = ['visit', string] | ['answer', string, boolean] | ['complete', number | undefined];

/** Builds a module record from short steps. */
function progress(...steps: Step[]): ModuleProgress {
	let state = createEmptyState();
	for (const step of steps) {
		const base = { moduleId: 'm1', at: AT };
		const event: ProgressEvent =
			step[0] === 'visit'
				? { ...base, type: 'lesson-visited', lessonId: step[1] }
				: step[0] === 'answer'
					? {
							...base,
							type: 'question-answered',
							questionId: step[1],
							response: ['a'],
							correct: step[2],
						}
					: { ...base, type: 'module-completed', score: step[1] };
		state = applyEvent(state, event);
	}
	return state.modules['m1'] as ModuleProgress;
}

const allLessons: Step[] = [
	['visit', 'l1'],
	['visit', 'l2'],
	['visit', 'l3'],
];

describe('moduleStatus', () => {
	test('is not started without a progress record', () => {
		expect(moduleStatus(summary(), undefined)).toMatchObject({
			status: 'not-started',
			lessonsVisited: 0,
			lessonsTotal: 3,
			answered: 0,
			assessmentTotal: 4,
			score: undefined,
			passed: undefined,
			meetsRule: false,
			completed: false,
			resumeLessonId: 'l1',
		});
	});

	test('is in progress once the learner has done anything', () => {
		const status = moduleStatus(summary(), progress(['visit', 'l1']));
		expect(status.status).toBe('in-progress');
		expect(status.lessonsVisited).toBe(1);
	});

	test('has no score until every assessment question is answered', () => {
		const status = moduleStatus(
			summary(),
			progress(['answer', 'q1', true], ['answer', 'q2', true], ['answer', 'q3', true]),
		);
		expect(status.answered).toBe(3);
		expect(status.score).toBeUndefined();
		expect(status.passed).toBeUndefined();
	});

	test('scores the percentage of assessment questions answered correctly, rounded', () => {
		const status = moduleStatus(
			summary({ assessmentQuestionIds: ['q1', 'q2', 'q3'], passMark: 67 }),
			progress(['answer', 'q1', true], ['answer', 'q2', true], ['answer', 'q3', false]),
		);
		expect(status.score).toBe(67);
		expect(status.passed).toBe(true);
	});

	test('ignores practice questions in the score', () => {
		const status = moduleStatus(
			summary({ assessmentQuestionIds: ['q1'] }),
			progress(['answer', 'q0', false], ['answer', 'q1', true]),
		);
		expect(status.answered).toBe(1);
		expect(status.score).toBe(100);
	});

	test('fails below the pass mark', () => {
		const status = moduleStatus(
			summary(),
			progress(
				...allLessons,
				['answer', 'q1', true],
				['answer', 'q2', true],
				['answer', 'q3', false],
				['answer', 'q4', false],
			),
		);
		expect(status.score).toBe(50);
		expect(status.passed).toBe(false);
		expect(status.meetsRule).toBe(false);
		expect(status.status).toBe('in-progress');
	});

	test('does not count assessment answers given before the latest restart', () => {
		const failed = progress(
			...allLessons,
			['answer', 'q1', true],
			['answer', 'q2', false],
			['answer', 'q3', false],
			['answer', 'q4', false],
		);
		// A merge with a copy that missed the restart brings the failed answers back.
		const restarted: ModuleProgress = { ...failed, assessmentRestartedAt: LATER };
		expect(moduleStatus(summary(), restarted)).toMatchObject({
			answered: 0,
			score: undefined,
			passed: undefined,
		});
	});

	test('counts answers given at or after the latest restart', () => {
		const failed = progress(...allLessons, ['answer', 'q1', false], ['answer', 'q2', false]);
		const restarted: ModuleProgress = {
			...failed,
			assessmentRestartedAt: AT,
			questions: {
				...failed.questions,
				q3: { response: ['a'], correct: true, attempts: 1, answeredAt: LATER },
				q4: { response: ['a'], correct: true, attempts: 1, answeredAt: LATER },
			},
		};
		expect(moduleStatus(summary(), restarted)).toMatchObject({ answered: 4, score: 50 });
	});

	test('completes the module when the run after a restart passes', () => {
		const failed = progress(
			...allLessons,
			['answer', 'q1', true],
			['answer', 'q2', false],
			['answer', 'q3', false],
			['answer', 'q4', false],
		);
		const ids = ['q1', 'q2', 'q3', 'q4'];
		const base = { moduleId: 'm1', at: LATER };
		let state: ProgressState = { modules: { m1: failed }, learnerName: '' };
		state = applyEvent(state, { ...base, type: 'assessment-restarted', questionIds: ids });
		expect(moduleStatus(summary(), state.modules['m1']).answered).toBe(0);
		for (const questionId of ids) {
			state = applyEvent(state, {
				...base,
				type: 'question-answered',
				questionId,
				response: ['a'],
				correct: true,
			});
		}
		expect(moduleStatus(summary(), state.modules['m1'])).toMatchObject({
			score: 100,
			passed: true,
			status: 'completed',
		});
	});

	test('completes on all lessons and a pass when the rule needs both', () => {
		const passing: Step[] = [
			['answer', 'q1', true],
			['answer', 'q2', true],
			['answer', 'q3', true],
			['answer', 'q4', false],
		];
		expect(moduleStatus(summary(), progress(...passing)).completed).toBe(false);
		expect(moduleStatus(summary(), progress(...allLessons)).completed).toBe(false);
		const status = moduleStatus(summary(), progress(...allLessons, ...passing));
		expect(status).toMatchObject({ score: 75, passed: true, meetsRule: true, status: 'completed' });
	});

	test('completes on all lessons alone under the all-lessons rule', () => {
		const status = moduleStatus(summary({ completion: 'all-lessons' }), progress(...allLessons));
		expect(status.meetsRule).toBe(true);
		expect(status.status).toBe('completed');
	});

	test('completes on a pass alone under the pass-assessment rule', () => {
		const status = moduleStatus(
			summary({ completion: 'pass-assessment', assessmentQuestionIds: ['q1'] }),
			progress(['answer', 'q1', true]),
		);
		expect(status.meetsRule).toBe(true);
		expect(status.lessonsVisited).toBe(0);
	});

	test('treats the assessment as met once all lessons are visited when a module has none', () => {
		const noAssessment = summary({ completion: 'pass-assessment', assessmentQuestionIds: [] });
		expect(moduleStatus(noAssessment, progress(['visit', 'l1'])).meetsRule).toBe(false);
		const status = moduleStatus(noAssessment, progress(...allLessons));
		expect(status).toMatchObject({ meetsRule: true, score: undefined, passed: undefined });
	});

	test('stays completed once completion was recorded, even if the rule is no longer met', () => {
		// A content update added a lesson after the learner completed the module.
		const updated = summary({
			completion: 'all-lessons',
			lessons: [...summary().lessons, { id: 'l4', title: 'New', href: '/m1/l4/' }],
		});
		const status = moduleStatus(updated, progress(...allLessons, ['complete', undefined]));
		expect(status).toMatchObject({
			meetsRule: false,
			completed: true,
			completedAt: AT,
			status: 'completed',
			resumeLessonId: 'l3',
		});
	});

	test('ignores lessons and questions the course no longer has', () => {
		const status = moduleStatus(
			summary({ assessmentQuestionIds: ['q1'] }),
			progress(
				['visit', 'gone'],
				['visit', 'l1'],
				['answer', 'q-gone', false],
				['answer', 'q1', true],
			),
		);
		expect(status.lessonsVisited).toBe(1);
		expect(status.answered).toBe(1);
		expect(status.score).toBe(100);
	});

	test('resumes at the bookmarked lesson', () => {
		const status = moduleStatus(summary(), progress(['visit', 'l1'], ['visit', 'l2']));
		expect(status.resumeLessonId).toBe('l2');
	});

	test('resumes at the first unvisited lesson when the bookmarked lesson was removed', () => {
		const status = moduleStatus(summary(), progress(['visit', 'l1'], ['visit', 'gone']));
		expect(status.resumeLessonId).toBe('l2');
	});

	test('resumes at the first lesson when every lesson is visited and the bookmark is gone', () => {
		const status = moduleStatus(summary(), progress(...allLessons, ['visit', 'gone']));
		expect(status.resumeLessonId).toBe('l1');
	});

	test('does not count a module without lessons as complete before the learner starts', () => {
		const empty = summary({ completion: 'all-lessons', lessons: [] });
		expect(moduleStatus(empty, undefined).completed).toBe(false);
		expect(moduleStatus(empty, undefined).resumeLessonId).toBeUndefined();
	});
});

describe('currentAssessmentAnswer', () => {
	test('returns the answer unless it was given before the latest restart', () => {
		const answered = progress(['answer', 'q1', true]);
		expect(currentAssessmentAnswer(answered, 'q1')).toBe(answered.questions['q1']);
		expect(currentAssessmentAnswer(answered, 'q2')).toBeUndefined();
		expect(currentAssessmentAnswer(undefined, 'q1')).toBeUndefined();
		const restarted = { ...answered, assessmentRestartedAt: LATER };
		expect(currentAssessmentAnswer(restarted, 'q1')).toBeUndefined();
	});
});

describe('completionEvent', () => {
	test('returns the completion event with the score when the rule is first met', () => {
		const done = progress(
			...allLessons,
			['answer', 'q1', true],
			['answer', 'q2', true],
			['answer', 'q3', true],
			['answer', 'q4', true],
		);
		expect(completionEvent(summary(), done, AT)).toEqual({
			type: 'module-completed',
			moduleId: 'm1',
			at: AT,
			score: 100,
		});
	});

	test('returns nothing before the rule is met or after completion was recorded', () => {
		expect(completionEvent(summary(), progress(['visit', 'l1']), AT)).toBeUndefined();
		const recorded = progress(...allLessons, ['complete', undefined]);
		expect(completionEvent(summary({ completion: 'all-lessons' }), recorded, AT)).toBeUndefined();
	});
});
