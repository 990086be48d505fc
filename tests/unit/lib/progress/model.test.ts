import { describe, expect, test } from 'vitest';
import {
	applyEvent,
	createEmptyState,
	createModuleProgress,
	setLearnerName,
} from '../../../../src/lib/progress/model.ts';
import type { ProgressEvent, ProgressState } from '../../../../src/schemas/progress.ts';

const T1 = '2025-01-01T10:00:00.000Z';
const T2 = '2025-01-01T10:05:00.000Z';
const T3 = '2025-01-01T10:10:00.000Z';

type EventInput = ProgressEvent extends infer E
	? E extends ProgressEvent
		? Omit<E, 'moduleId' | 'at'> & { moduleId?: string; at?: string }
		: never
	: never;

/** Applies events to empty progress; module `m1` and time `T1` unless given. */
function run(...events: EventInput[]): ProgressState {
	return events.reduce<ProgressState>(
		(state, event) => applyEvent(state, { moduleId: 'm1', at: T1, ...event }),
		createEmptyState(),
	);
}

function deepFreeze<T>(value: T): T {
	if (typeof value === 'object' && value !== null) {
		Object.values(value).forEach(deepFreeze);
		Object.freeze(value);
	}
	return value;
}

describe('createEmptyState', () => {
	test('has no modules and no learner name', () => {
		expect(createEmptyState()).toEqual({ modules: {}, learnerName: '' });
	});
});

describe('applyEvent', () => {
	test('creates the module record on the first event for a module', () => {
		const state = run({ type: 'lesson-visited', lessonId: 'l1' });
		expect(state.modules['m1']).toMatchObject({
			moduleId: 'm1',
			moduleVersion: '',
			startedAt: T1,
			updatedAt: T1,
		});
	});

	test("a lesson visit replayed from the page's notes counts once and never moves back", () => {
		const visits = run(
			{ type: 'lesson-visited', lessonId: 'l1', at: T1 },
			{ type: 'lesson-visited', lessonId: 'l2', at: T2 },
		);
		// The next page replays the notes of both visits, as a page closed mid-save leaves them.
		const replayed = [
			{ type: 'lesson-visited', moduleId: 'm1', lessonId: 'l1', at: T1 },
			{ type: 'lesson-visited', moduleId: 'm1', lessonId: 'l2', at: T2 },
		] as const;
		const after = replayed.reduce(applyEvent, visits);
		expect(after.modules['m1']).toEqual(visits.modules['m1']);

		// An older visit saved late, after a later one: counted, but the bookmark stays.
		const late = applyEvent(run({ type: 'lesson-visited', lessonId: 'l2', at: T3 }), {
			type: 'lesson-visited',
			moduleId: 'm1',
			lessonId: 'l1',
			at: T2,
		});
		expect(late.modules['m1']?.bookmark).toBe('l2');
		expect(late.modules['m1']?.lessons['l1']?.visits).toBe(1);
		expect(late.modules['m1']?.updatedAt).toBe(T3);
	});

	test('records the version the learner opened', () => {
		const state = run(
			{ type: 'module-opened', moduleVersion: '1.0.0' },
			{ type: 'lesson-visited', lessonId: 'l1' },
			{ type: 'module-opened', moduleVersion: '1.1.0', at: T2 },
		);
		expect(state.modules['m1']?.moduleVersion).toBe('1.1.0');
		expect(state.modules['m1']?.lessons['l1']).toBeDefined();
		expect(state.modules['m1']?.startedAt).toBe(T1);
	});

	test('does not modify the state it is given', () => {
		const before = deepFreeze(
			run(
				{ type: 'lesson-visited', lessonId: 'l1' },
				{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: true },
				{ type: 'scenario-choice-made', scenarioId: 's1', nodeId: 'n1', choiceId: 'c1', set: {} },
			),
		);
		const snapshot = structuredClone(before);
		applyEvent(before, { type: 'lesson-visited', moduleId: 'm1', lessonId: 'l2', at: T2 });
		applyEvent(before, { type: 'scenario-restarted', moduleId: 'm1', scenarioId: 's1', at: T2 });
		applyEvent(before, {
			type: 'assessment-restarted',
			moduleId: 'm1',
			questionIds: ['q1'],
			at: T2,
		});
		expect(before).toEqual(snapshot);
	});

	test('keeps the records of other modules unchanged', () => {
		const before = run({ type: 'lesson-visited', lessonId: 'l1', moduleId: 'other' });
		const after = applyEvent(before, {
			type: 'lesson-visited',
			moduleId: 'm1',
			lessonId: 'l1',
			at: T2,
		});
		expect(after.modules['other']).toBe(before.modules['other']);
	});

	test('counts lesson visits and moves the bookmark to the latest lesson', () => {
		const module = run(
			{ type: 'lesson-visited', lessonId: 'l1' },
			{ type: 'lesson-visited', lessonId: 'l2', at: T2 },
			{ type: 'lesson-visited', lessonId: 'l1', at: T3 },
		).modules['m1'];
		expect(module?.lessons['l1']).toEqual({ firstVisitedAt: T1, lastVisitedAt: T3, visits: 2 });
		expect(module?.bookmark).toBe('l1');
	});

	test('stores the latest answer and counts attempts', () => {
		const question = run(
			{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: false },
			{ type: 'question-answered', questionId: 'q1', response: ['b'], correct: true, at: T2 },
		).modules['m1']?.questions['q1'];
		expect(question).toEqual({ response: ['b'], correct: true, attempts: 2, answeredAt: T2 });
	});

	test('keeps the answer and its attempts when a question is reset for a retry', () => {
		const state = run(
			{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: true },
			{ type: 'question-reset', questionId: 'q1', at: T2 },
		);
		expect(state.modules['m1']?.questions['q1']).toEqual({
			response: ['a'],
			correct: true,
			attempts: 1,
			answeredAt: T1,
		});
		expect(state.modules['m1']?.updatedAt).toBe(T2);
	});

	test('clears the listed answers on an assessment restart and keeps everything else', () => {
		const state = run(
			{ type: 'lesson-visited', lessonId: 'l1' },
			{ type: 'question-answered', questionId: 'q0', response: ['a'], correct: true },
			{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: false },
			{ type: 'question-answered', questionId: 'q2', response: ['b'], correct: true },
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e1', outcome: 'mixed', score: 50 },
			{ type: 'assessment-restarted', questionIds: ['q1', 'q2', 'q9'], at: T2 },
		);
		const module = state.modules['m1'];
		expect(module?.assessmentRestartedAt).toBe(T2);
		expect(Object.keys(module?.questions ?? {})).toEqual(['q0']);
		expect(module?.lessons['l1']).toBeDefined();
		expect(module?.scenarios['s1']?.bestScore).toBe(50);
		expect(module?.updatedAt).toBe(T2);
	});

	test('keeps a recorded completion through an assessment restart', () => {
		const module = run(
			{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: true },
			{ type: 'module-completed', score: 100 },
			{ type: 'assessment-restarted', questionIds: ['q1'], at: T2 },
		).modules['m1'];
		expect(module).toMatchObject({ completedAt: T1, completedScore: 100 });
	});

	test('counts attempts afresh after a restart', () => {
		const question = run(
			{ type: 'question-answered', questionId: 'q1', response: ['a'], correct: false },
			{ type: 'question-answered', questionId: 'q1', response: ['b'], correct: false },
			{ type: 'assessment-restarted', questionIds: ['q1'], at: T2 },
			{ type: 'question-answered', questionId: 'q1', response: ['c'], correct: true, at: T3 },
		).modules['m1']?.questions['q1'];
		expect(question).toEqual({ response: ['c'], correct: true, attempts: 1, answeredAt: T3 });
	});

	test('does not count an answer from before the latest restart as an earlier attempt', () => {
		// The old answer came back from another copy of the progress that missed the restart.
		const restarted = run({ type: 'assessment-restarted', questionIds: ['q1'], at: T2 }).modules[
			'm1'
		];
		const merged = {
			modules: {
				m1: {
					...restarted!,
					questions: { q1: { response: ['a'], correct: false, attempts: 2, answeredAt: T1 } },
				},
			},
			learnerName: '',
		};
		const question = applyEvent(merged, {
			type: 'question-answered',
			moduleId: 'm1',
			questionId: 'q1',
			response: ['b'],
			correct: true,
			at: T3,
		}).modules['m1']?.questions['q1'];
		expect(question?.attempts).toBe(1);
	});

	test('follows the scenario path and merges the variables choices set', () => {
		const scenario = run(
			{ type: 'scenario-node-entered', scenarioId: 's1', nodeId: 'n1' },
			{
				type: 'scenario-choice-made',
				scenarioId: 's1',
				nodeId: 'n1',
				choiceId: 'c1',
				set: { a: '1' },
			},
			{ type: 'scenario-node-entered', scenarioId: 's1', nodeId: 'n2', at: T2 },
			{
				type: 'scenario-choice-made',
				scenarioId: 's1',
				nodeId: 'n2',
				choiceId: 'c2',
				set: { a: '2', b: 'x' },
				at: T2,
			},
		).modules['m1']?.scenarios['s1'];
		expect(scenario).toEqual({
			path: [
				{ nodeId: 'n1', choiceId: 'c1', at: T1 },
				{ nodeId: 'n2', choiceId: 'c2', at: T2 },
			],
			vars: { a: '2', b: 'x' },
			currentNodeId: 'n2',
			runs: 0,
		});
	});

	test('keeps the best score over scenario runs and counts each run', () => {
		const scenario = run(
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e1', outcome: 'positive', score: 80 },
			{ type: 'scenario-restarted', scenarioId: 's1' },
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e2', outcome: 'negative', score: 20 },
		).modules['m1']?.scenarios['s1'];
		expect(scenario?.bestScore).toBe(80);
		expect(scenario?.runs).toBe(2);
		expect(scenario?.ending).toEqual({ id: 'e2', outcome: 'negative', score: 20, at: T1 });
	});

	test('counts a run once when its ending is reported twice', () => {
		const scenario = run(
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e1', outcome: 'mixed', score: 50 },
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e1', outcome: 'mixed', score: 50 },
		).modules['m1']?.scenarios['s1'];
		expect(scenario?.runs).toBe(1);
	});

	test('clears the current run on restart but keeps the best score and run count', () => {
		const scenario = run(
			{ type: 'scenario-node-entered', scenarioId: 's1', nodeId: 'n1' },
			{
				type: 'scenario-choice-made',
				scenarioId: 's1',
				nodeId: 'n1',
				choiceId: 'c1',
				set: { a: '1' },
			},
			{ type: 'scenario-ended', scenarioId: 's1', endingId: 'e1', outcome: 'positive', score: 90 },
			{ type: 'scenario-restarted', scenarioId: 's1' },
		).modules['m1']?.scenarios['s1'];
		expect(scenario).toEqual({ path: [], vars: {}, bestScore: 90, runs: 1 });
	});

	test('stores review ratings and edited actions per statement', () => {
		const review = run(
			{ type: 'review-rated', reviewId: 'r1', statementId: 'st1', rating: 'amber' },
			{ type: 'review-rated', reviewId: 'r1', statementId: 'st1', rating: 'green', at: T2 },
			{ type: 'review-action-edited', reviewId: 'r1', statementId: 'st2', text: 'Audit', at: T3 },
		).modules['m1']?.reviews['r1'];
		expect(review).toEqual({ ratings: { st1: 'green' }, actions: { st2: 'Audit' }, updatedAt: T3 });
	});

	test('stores reflections and rights checks', () => {
		const answers = { rights: ['art-8'], notes: 'Private call' };
		const module = run(
			{ type: 'reflection-saved', reflectionId: 'ref1', text: 'First thoughts' },
			{ type: 'rights-check-saved', checkId: 'c1', answers, at: T2 },
		).modules['m1'];
		answers.rights.push('art-3');
		expect(module?.reflections['ref1']).toEqual({ text: 'First thoughts', updatedAt: T1 });
		expect(module?.checks['c1']).toEqual({
			answers: { rights: ['art-8'], notes: 'Private call' },
			updatedAt: T2,
		});
	});

	test('records completion once, with the score at that moment', () => {
		const module = run(
			{ type: 'module-completed', score: 80 },
			{ type: 'module-completed', score: 100, at: T2 },
		).modules['m1'];
		expect(module?.completedAt).toBe(T1);
		expect(module?.completedScore).toBe(80);
	});

	test('keeps completion when later answers are wrong', () => {
		const module = run(
			{ type: 'module-completed', score: 100 },
			{ type: 'question-answered', questionId: 'q1', response: ['x'], correct: false, at: T2 },
		).modules['m1'];
		expect(module?.completedAt).toBe(T1);
	});

	test('keeps the version completed when the module is later updated', () => {
		const module = run(
			{ type: 'module-opened', moduleVersion: '1.0.0' },
			{ type: 'module-completed', score: 90 },
			{ type: 'module-opened', moduleVersion: '1.1.0', at: T2 },
		).modules['m1'];
		expect(module?.moduleVersion).toBe('1.1.0');
		expect(module?.completedVersion).toBe('1.0.0');
	});

	test('records completion without a score when the module has none', () => {
		const module = run({ type: 'module-completed', score: undefined }).modules['m1'];
		expect(module?.completedAt).toBe(T1);
		expect(module).not.toHaveProperty('completedScore');
	});

	test('sets updatedAt to the time of every event', () => {
		const events: EventInput[] = [
			{ type: 'module-opened', moduleVersion: '1.0.0' },
			{ type: 'question-reset', questionId: 'q1' },
			{ type: 'module-completed', score: 50 },
			{ type: 'module-completed', score: 50 },
		];
		let state = createEmptyState();
		for (const [index, event] of events.entries()) {
			const at = `2025-02-0${index + 1}T00:00:00.000Z`;
			state = applyEvent(state, { moduleId: 'm1', ...event, at });
			expect(state.modules['m1']?.updatedAt).toBe(at);
		}
	});
});

describe('check-ins and feedback', () => {
	const answers = {
		confidence: { 'o-one': 2 as const },
		statements: { 's-everyday-tool': 4 as const },
		rightsGuess: 6,
		rightsNamed: ['art-2', 'art-8'],
	};

	test('a saved check-in replaces that phase only, and an older replay changes nothing', () => {
		const state = run(
			{ type: 'check-in-saved', phase: 'start', checkIn: answers },
			{
				type: 'check-in-saved',
				phase: 'end',
				checkIn: { confidence: { 'o-one': 4 }, statements: {} },
				at: T3,
			},
			{
				type: 'check-in-saved',
				phase: 'end',
				checkIn: { confidence: { 'o-one': 1 }, statements: {} },
				at: T2,
			},
		);
		expect(state.modules['m1']?.checkIns).toEqual({
			start: { ...answers, at: T1 },
			end: { confidence: { 'o-one': 4 }, statements: {}, at: T3 },
		});
	});

	test('saving again replaces every answer of the phase: a cleared rating is gone', () => {
		const state = run(
			{ type: 'check-in-saved', phase: 'start', checkIn: answers },
			{
				type: 'check-in-saved',
				phase: 'start',
				checkIn: { confidence: {}, statements: {} },
				at: T2,
			},
		);
		expect(state.modules['m1']?.checkIns?.start).toEqual({
			confidence: {},
			statements: {},
			at: T2,
		});
	});

	test('stored answers do not share objects with the event', () => {
		const checkIn = { confidence: { 'o-one': 3 as const }, statements: {}, rightsNamed: ['art-2'] };
		const state = run({ type: 'check-in-saved', phase: 'start', checkIn });
		checkIn.rightsNamed.push('art-3');
		checkIn.confidence['o-one'] = 5 as 3;
		expect(state.modules['m1']?.checkIns?.start?.rightsNamed).toEqual(['art-2']);
		expect(state.modules['m1']?.checkIns?.start?.confidence).toEqual({ 'o-one': 3 });
	});

	test('feedback keeps the latest save, and neither changes completion or score', () => {
		const state = run(
			{ type: 'module-completed', score: 80 },
			{
				type: 'feedback-saved',
				feedback: { ratings: { relevance: 5 }, change: 'More scenarios' },
				at: T3,
			},
			{ type: 'feedback-saved', feedback: { ratings: { relevance: 1 }, change: '' }, at: T2 },
		);
		const module = state.modules['m1'];
		expect(module?.feedback).toEqual({
			ratings: { relevance: 5 },
			change: 'More scenarios',
			at: T3,
		});
		expect(module?.completedScore).toBe(80);
		expect(module?.completedAt).toBe(T1);
	});
});

describe('createModuleProgress', () => {
	test('starts with empty maps at the given time and version', () => {
		expect(createModuleProgress('m1', '2.0.0', T1)).toEqual({
			moduleId: 'm1',
			moduleVersion: '2.0.0',
			startedAt: T1,
			updatedAt: T1,
			lessons: {},
			questions: {},
			scenarios: {},
			reviews: {},
			reflections: {},
			checks: {},
		});
	});
});

describe('setLearnerName', () => {
	test('stores the name as typed and keeps module progress', () => {
		const before = run({ type: 'lesson-visited', lessonId: 'l1' });
		const after = setLearnerName(before, 'Sam Okafor ');
		expect(after.learnerName).toBe('Sam Okafor ');
		expect(after.modules).toBe(before.modules);
		expect(before.learnerName).toBe('');
	});
});
