import { describe, expect, test } from 'vitest';
import {
	migrateStoredModule,
	migrateStoredState,
	PROGRESS_SCHEMA,
	ProgressSchemaTooNewError,
	toStoredModule,
	toStoredProgress,
} from '../../../../src/lib/progress/migrate.ts';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import type { ProgressEvent, ProgressState } from '../../../../src/schemas/progress.ts';

const AT = '2025-04-01T12:00:00.000Z';

function fullState(): ProgressState {
	const events: ProgressEvent[] = [
		{ type: 'module-opened', moduleId: 'm1', moduleVersion: '1.0.0', at: AT },
		{ type: 'lesson-visited', moduleId: 'm1', lessonId: 'l1', at: AT },
		{ type: 'assessment-restarted', moduleId: 'm1', questionIds: ['q1'], at: AT },
		{
			type: 'question-answered',
			moduleId: 'm1',
			questionId: 'q1',
			response: ['a'],
			correct: true,
			at: AT,
		},
		{
			type: 'scenario-choice-made',
			moduleId: 'm1',
			scenarioId: 's1',
			nodeId: 'n1',
			choiceId: 'c1',
			set: { x: '1' },
			at: AT,
		},
		{
			type: 'scenario-ended',
			moduleId: 'm1',
			scenarioId: 's1',
			endingId: 'e1',
			outcome: 'mixed',
			score: 60,
			at: AT,
		},
		{
			type: 'review-rated',
			moduleId: 'm1',
			reviewId: 'r1',
			statementId: 'st1',
			rating: 'red',
			at: AT,
		},
		{
			type: 'review-action-edited',
			moduleId: 'm1',
			reviewId: 'r1',
			statementId: 'st1',
			text: 'Act',
			at: AT,
		},
		{ type: 'reflection-saved', moduleId: 'm1', reflectionId: 'rf1', text: 'Note', at: AT },
		{
			type: 'rights-check-saved',
			moduleId: 'm1',
			checkId: 'c1',
			answers: { a: ['art-8'], b: 'x' },
			at: AT,
		},
		{ type: 'module-completed', moduleId: 'm1', score: 100, at: AT },
	];
	return { ...events.reduce(applyEvent, createEmptyState()), learnerName: 'Sam' };
}

describe('migrateStoredState', () => {
	test('reads a current record back exactly as it was written', () => {
		const state = fullState();
		const stored = JSON.parse(JSON.stringify(toStoredProgress(state))) as unknown;
		expect(migrateStoredState(stored)).toEqual(state);
	});

	test('keeps the time of the latest assessment restart', () => {
		const stored = JSON.parse(JSON.stringify(toStoredProgress(fullState()))) as unknown;
		expect(migrateStoredState(stored).modules['m1']?.assessmentRestartedAt).toBe(AT);
	});

	test('reads something that is not an object as empty progress', () => {
		expect(migrateStoredState(null)).toEqual(createEmptyState());
		expect(migrateStoredState('progress')).toEqual(createEmptyState());
	});

	test('fills missing maps and fields with defaults', () => {
		const state = migrateStoredState({ modules: { m1: { moduleId: 'm1', updatedAt: AT } } });
		expect(state).toEqual({
			learnerName: '',
			modules: {
				m1: {
					moduleId: 'm1',
					moduleVersion: '',
					startedAt: AT,
					updatedAt: AT,
					lessons: {},
					questions: {},
					scenarios: {},
					reviews: {},
					reflections: {},
					checks: {},
				},
			},
		});
	});

	test('fills missing fields inside entries', () => {
		const module = migrateStoredState({
			schema: 1,
			modules: {
				m1: {
					moduleId: 'm1',
					lessons: { l1: {} },
					questions: { q1: { correct: false } },
					scenarios: { s1: { bestScore: 40 } },
				},
			},
		}).modules['m1'];
		expect(module?.lessons['l1']?.visits).toBe(1);
		expect(module?.questions['q1']).toMatchObject({ response: [], correct: false, attempts: 1 });
		expect(module?.scenarios['s1']).toEqual({ path: [], vars: {}, runs: 0, bestScore: 40 });
	});

	test('drops corrupt entries and keeps the rest of the record', () => {
		const module = migrateStoredState({
			modules: {
				m1: {
					moduleId: 'm1',
					lessons: 'not a map',
					questions: { q1: { correct: 'yes' }, q2: { correct: true, response: ['a', 3] } },
					reviews: { r1: { ratings: { st1: 'purple', st2: 'green' } } },
					completedScore: 'high',
					assessmentRestartedAt: 1700000000,
				},
				m2: 42,
			},
		}).modules;
		expect(Object.keys(module)).toEqual(['m1']);
		expect(module['m1']?.lessons).toEqual({});
		expect(Object.keys(module['m1']?.questions ?? {})).toEqual(['q2']);
		expect(module['m1']?.questions['q2']?.response).toEqual(['a']);
		expect(module['m1']?.reviews['r1']?.ratings).toEqual({ st2: 'green' });
		expect(module['m1']).not.toHaveProperty('completedScore');
		expect(module['m1']).not.toHaveProperty('assessmentRestartedAt');
	});

	test('keeps progress for ids the course may no longer have', () => {
		const stored = toStoredProgress(fullState());
		const module = migrateStoredState(stored).modules['m1'];
		expect(module?.questions['q1']).toBeDefined();
		expect(module?.lessons['l1']).toBeDefined();
	});

	test('keeps fields it does not know so a later write does not drop them', () => {
		const module = migrateStoredState({
			schema: 1,
			modules: {
				m1: {
					moduleId: 'm1',
					certificateId: 'abc',
					questions: { q1: { correct: true, response: [], confidence: 'high' } },
				},
			},
		}).modules['m1'];
		expect(module).toHaveProperty('certificateId', 'abc');
		expect(module?.questions['q1']).toHaveProperty('confidence', 'high');
	});

	test('refuses progress saved by a newer schema', () => {
		expect(() => migrateStoredState({ schema: PROGRESS_SCHEMA + 1, modules: {} })).toThrow(
			ProgressSchemaTooNewError,
		);
	});
});

describe('migrateStoredModule', () => {
	test('keeps the mark of an imported completion, and only on a completion', () => {
		const base = { moduleId: 'm1', updatedAt: AT, completionImported: true };
		expect(migrateStoredModule({ ...base, completedAt: AT })?.completionImported).toBe(true);
		expect(migrateStoredModule(base)).not.toHaveProperty('completionImported');
		expect(
			migrateStoredModule({ ...base, completedAt: AT, completionImported: 'yes' }),
		).not.toHaveProperty('completionImported');
	});

	test('takes the module id from the storage key when the record has none', () => {
		expect(migrateStoredModule({ lessons: {} }, 'm9')?.moduleId).toBe('m9');
		expect(migrateStoredModule({ lessons: {} })).toBeUndefined();
	});

	test('does not carry the stored schema number into progress', () => {
		const stored = toStoredModule(fullState().modules['m1']!);
		expect(stored.schema).toBe(PROGRESS_SCHEMA);
		expect(migrateStoredModule(stored)).not.toHaveProperty('schema');
	});

	test('refuses a module record saved by a newer schema', () => {
		expect(() => migrateStoredModule({ schema: 99, moduleId: 'm1' })).toThrow(
			ProgressSchemaTooNewError,
		);
	});
});
