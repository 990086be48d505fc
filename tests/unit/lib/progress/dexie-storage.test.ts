import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { createProgressDb } from '../../../../src/lib/progress/db.ts';
import {
	DexieProgressStorage,
	openDexieStorage,
	timePersistedEvent,
} from '../../../../src/lib/progress/dexie-storage.ts';
import { ProgressSchemaTooNewError } from '../../../../src/lib/progress/migrate.ts';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import type { ProgressEvent, ProgressState } from '../../../../src/schemas/progress.ts';

const AT = '2025-06-01T14:00:00.000Z';
const opened: DexieProgressStorage[] = [];
let dbName = '';
let counter = 0;

/** A storage on this test's database; a second call is a second tab. */
async function tab(): Promise<DexieProgressStorage> {
	const storage = await openDexieStorage({ dbName });
	opened.push(storage);
	return storage;
}

function visit(moduleId: string, lessonId: string): ProgressEvent {
	return { type: 'lesson-visited', moduleId, lessonId, at: AT };
}

/** Applies `event` to `state` and saves it the way the store does. */
async function act(storage: DexieProgressStorage, state: ProgressState, event: ProgressEvent) {
	const next = applyEvent(state, event);
	await storage.save(next, event);
	return next;
}

function nextState(
	storage: DexieProgressStorage,
	accept: (state: ProgressState) => boolean,
): Promise<ProgressState> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error('no matching state arrived')), 2000);
		const stop = storage.subscribe((state) => {
			if (!accept(state)) return;
			clearTimeout(timer);
			queueMicrotask(stop);
			resolve(state);
		}, reject);
	});
}

beforeEach(() => {
	dbName = `progress-test-${++counter}-${Date.now()}`;
});

afterEach(async () => {
	for (const storage of opened.splice(0)) storage.close();
	await Dexie.delete(dbName);
});

describe('DexieProgressStorage', () => {
	test('keeps progress when the database is opened again, as after a reload', async () => {
		const first = await tab();
		let state = await act(first, createEmptyState(), visit('m1', 'l1'));
		state = await act(first, state, {
			type: 'question-answered',
			moduleId: 'm1',
			questionId: 'q1',
			response: ['a', 'c'],
			correct: true,
			at: AT,
		});
		await first.save(state, { type: 'learner-name-set', learnerName: 'Sam' });
		first.close();

		const reloaded = await tab();
		expect(await reloaded.load()).toEqual({ ...state, learnerName: 'Sam' });
	});

	test('does not overwrite a module another tab changed when saving a different one', async () => {
		const [a, b] = [await tab(), await tab()];
		const shared = await act(a, createEmptyState(), visit('m2', 'l1'));
		await act(b, shared, visit('m2', 'l2'));
		// Tab a has not seen b's change yet and saves a different module.
		await act(a, shared, visit('m1', 'l1'));
		const stored = await a.load();
		expect(Object.keys(stored.modules['m2']?.lessons ?? {})).toEqual(['l1', 'l2']);
		expect(stored.modules['m1']?.lessons['l1']).toBeDefined();
	});

	test('keeps both changes when two tabs change the same module at once', async () => {
		const [a, b] = [await tab(), await tab()];
		const shared = await act(a, createEmptyState(), visit('m1', 'l1'));
		await Promise.all([act(a, shared, visit('m1', 'l2')), act(b, shared, visit('m1', 'l3'))]);
		const lessons = (await a.load()).modules['m1']?.lessons ?? {};
		expect(Object.keys(lessons).sort()).toEqual(['l1', 'l2', 'l3']);
	});

	test("tells subscribers about another tab's writes", async () => {
		const [a, b] = [await tab(), await tab()];
		const arrived = nextState(a, (state) => state.modules['m1']?.bookmark === 'l7');
		await act(b, createEmptyState(), visit('m1', 'l7'));
		expect((await arrived).modules['m1']?.lessons['l7']?.visits).toBe(1);
	});

	test('keeps a record with ids and fields the course does not know through load and save', async () => {
		const raw = createProgressDb(dbName);
		await raw.modules.put({
			schema: 1,
			moduleId: 'm1',
			moduleVersion: '0.9.0',
			startedAt: AT,
			updatedAt: AT,
			lessons: { 'retired-lesson': { firstVisitedAt: AT, lastVisitedAt: AT, visits: 3 } },
			questions: { 'retired-q': { response: ['x'], correct: true, attempts: 1, answeredAt: AT } },
			scenarios: {},
			reviews: {},
			reflections: {},
			checks: {},
			...{ futureField: 'kept' },
		});
		raw.close();

		const storage = await tab();
		const loaded = await storage.load();
		await act(storage, loaded, visit('m1', 'l1'));
		const record = (await storage.load()).modules['m1'];
		expect(record?.lessons['retired-lesson']?.visits).toBe(3);
		expect(record?.questions['retired-q']?.correct).toBe(true);
		expect(record).toHaveProperty('futureField', 'kept');
	});

	test('keeps an assessment restart and the answers given after it across a reopen', async () => {
		const storage = await tab();
		const answer = (questionId: string, at: string): ProgressEvent => ({
			type: 'question-answered',
			moduleId: 'm1',
			questionId,
			response: ['a'],
			correct: true,
			at,
		});
		const restartAt = '2025-06-01T14:05:00.000Z';
		let state = await act(storage, createEmptyState(), answer('q1', AT));
		state = await act(storage, state, answer('q2', AT));
		state = await act(storage, state, {
			type: 'assessment-restarted',
			moduleId: 'm1',
			questionIds: ['q1', 'q2'],
			at: restartAt,
		});
		await act(storage, state, answer('q2', '2025-06-01T14:06:00.000Z'));
		storage.close();

		const module = (await (await tab()).load()).modules['m1'];
		expect(module?.assessmentRestartedAt).toBe(restartAt);
		expect(Object.keys(module?.questions ?? {})).toEqual(['q2']);
		expect(module?.questions['q2']?.attempts).toBe(1);
	});

	test('replaces everything when saved without a change, as on import', async () => {
		const storage = await tab();
		await act(storage, createEmptyState(), visit('old', 'l1'));
		const imported = { ...applyEvent(createEmptyState(), visit('m1', 'l1')), learnerName: 'Jo' };
		await storage.save(imported);
		expect(await storage.load()).toEqual(imported);
	});

	test('deletes all progress and the learner name on clear', async () => {
		const storage = await tab();
		const state = await act(storage, createEmptyState(), visit('m1', 'l1'));
		await storage.save(state, { type: 'learner-name-set', learnerName: 'Sam' });
		await storage.clear();
		expect(await storage.load()).toEqual(createEmptyState());
	});

	test('refuses to load a record written by a newer release', async () => {
		const raw = createProgressDb(dbName);
		await raw.modules.put({
			...applyEvent(createEmptyState(), visit('m1', 'l1')).modules['m1']!,
			schema: 2,
		});
		raw.close();
		await expect((await tab()).load()).rejects.toBeInstanceOf(ProgressSchemaTooNewError);
	});

	test('times one persisted event', async () => {
		const storage = await tab();
		const ms = await timePersistedEvent(storage, createEmptyState(), visit('m1', 'l1'));
		expect(ms).toBeGreaterThanOrEqual(0);
		expect((await storage.load()).modules['m1']?.lessons['l1']).toBeDefined();
	});
});
