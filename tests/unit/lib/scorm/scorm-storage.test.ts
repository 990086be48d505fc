import { describe, expect, test, vi } from 'vitest';
import { createProgressStore } from '../../../../src/lib/progress/store.ts';
import {
	createUnsavedJournal,
	type JournalStorage,
} from '../../../../src/lib/progress/unsaved-journal.ts';
import type { SafetyNet, SafetyNetRecord } from '../../../../src/lib/scorm/session/types.ts';
import type { ProgressEvent } from '../../../../src/schemas/progress.ts';
import { findHostSession, ScormProgressStorage } from '../../../../src/lib/scorm/scorm-storage.ts';
import { startScormSession } from '../../../../src/lib/scorm/session/index.ts';
import { decode } from '../../../../src/lib/scorm/suspend-data/index.ts';
import { info, MODULE_ID, newLms2004, storedCmi, windowWith } from './fixtures.ts';

const AT = '2025-03-01T09:00:00.000Z';

function session(json?: Record<string, unknown>, safetyNet?: SafetyNet) {
	const lms = newLms2004(json);
	return {
		lms,
		session: startScormSession({
			win: windowWith('API_1484_11', lms),
			version: '2004-4',
			info,
			reporting: 'passed-failed',
			commitDelay: 0,
			...(safetyNet ? { safetyNet } : {}),
		}),
	};
}

/** `localStorage` as a map. */
function memoryLocalStorage(): JournalStorage & { entries: Map<string, string> } {
	const entries = new Map<string, string>();
	return {
		entries,
		get length() {
			return entries.size;
		},
		key: (index) => [...entries.keys()][index] ?? null,
		getItem: (key) => entries.get(key) ?? null,
		setItem: (key, value) => void entries.set(key, value),
		removeItem: (key) => void entries.delete(key),
	};
}

/** A device copy in memory; `stall()` makes later writes hang, as a page closing mid-write. */
function deviceCopy() {
	const saved = new Map<string, SafetyNetRecord>();
	let stalled = false;
	const net: SafetyNet = {
		load: (key) => Promise.resolve(saved.get(key)),
		save(key, record) {
			if (stalled) return new Promise(() => undefined);
			saved.set(key, record);
			return Promise.resolve();
		},
	};
	return { saved, net, stall: () => (stalled = true) };
}

const LEARNER = { learner_id: 'L123', learner_name: 'Jo Doe' };

describe('ScormProgressStorage', () => {
	test('loads the session’s module and saves changes through it', async () => {
		vi.useFakeTimers();
		const first = session();
		const store = createProgressStore({
			openStorage: () => Promise.resolve(new ScormProgressStorage(first.session)),
		});
		await store.start();
		expect(store.storageStatus.value).toBe('persistent');
		await store.dispatch({
			type: 'lesson-visited',
			moduleId: MODULE_ID,
			lessonId: 'team-tools',
			at: AT,
		});
		await store.setLearnerName('Jo');
		vi.runAllTimers();
		expect(first.session.state()?.bookmark).toBe('team-tools');
		first.session.terminate();
		vi.useRealTimers();

		const second = session(storedCmi(first.lms));
		const storage = new ScormProgressStorage(second.session);
		expect(storage.kind).toBe('scorm-2004');
		const loaded = await storage.load();
		expect(loaded.modules[MODULE_ID]?.bookmark).toBe('team-tools');
		expect(loaded.learnerName).toBe('');
	});

	test('clears suspend data without touching the recorded status', async () => {
		const { session: scorm, lms } = session();
		const storage = new ScormProgressStorage(scorm);
		await storage.load();
		await storage.save(
			{
				modules: {
					[MODULE_ID]: {
						moduleId: MODULE_ID,
						moduleVersion: '1.0.0',
						startedAt: AT,
						updatedAt: AT,
						bookmark: 'team-tools',
						lessons: { 'team-tools': { firstVisitedAt: AT, lastVisitedAt: AT, visits: 1 } },
						questions: {},
						scenarios: {},
						reviews: {},
						reflections: {},
						checks: {},
					},
				},
				learnerName: 'Jo',
			},
			{ type: 'lesson-visited', moduleId: MODULE_ID, lessonId: 'team-tools', at: AT },
		);
		await storage.clear();
		scorm.terminate();
		const cmi = storedCmi(lms);
		expect(decode(cmi['suspend_data'] as string, info).progress?.lessons).toEqual({});
		expect(cmi['completion_status']).toBe('incomplete');
	});
});

describe('a reflection in a package, whose only copy is on the device', () => {
	const reflection = (text: string, moduleId = MODULE_ID): ProgressEvent => ({
		type: 'reflection-saved',
		moduleId,
		reflectionId: 'r-rule',
		text,
		at: AT,
	});

	test('is noted until the device has it, and the next launch saves a note the last one left', async () => {
		const local = memoryLocalStorage();
		const device = deviceCopy();
		const first = session(LEARNER, device.net);
		const closing = createProgressStore({
			openStorage: () => Promise.resolve(new ScormProgressStorage(first.session)),
			journal: createUnsavedJournal(() => local),
		});
		await closing.start();
		await closing.dispatch(reflection('Saved in time.'));
		expect(local.entries.size, 'a finished write forgets its note').toBe(0);

		device.stall();
		void closing.dispatch(reflection('Typed as the package closed.'));
		await Promise.resolve();
		expect(local.entries.size, 'a write still running keeps its note').toBe(1);
		first.session.terminate();

		const fresh = deviceCopy();
		const second = session({ ...storedCmi(first.lms), ...LEARNER }, fresh.net);
		const reopened = createProgressStore({
			openStorage: () => Promise.resolve(new ScormProgressStorage(second.session)),
			journal: createUnsavedJournal(() => local),
		});
		await reopened.start();
		await vi.waitFor(() =>
			expect(fresh.saved.get(`L123:${MODULE_ID}`)?.progress.reflections['r-rule']?.text).toBe(
				'Typed as the package closed.',
			),
		);
		await vi.waitFor(() => expect(local.entries.size, 'and then forgotten').toBe(0));
	});

	test('a note for another package’s module is left for that package', async () => {
		const local = memoryLocalStorage();
		createUnsavedJournal(() => local).note(
			reflection('From the module 2 package.', 'second-module') as never,
		);
		const store = createProgressStore({
			openStorage: () =>
				Promise.resolve(new ScormProgressStorage(session(LEARNER, deviceCopy().net).session)),
			journal: createUnsavedJournal(() => local),
		});
		await store.start();
		expect(local.entries.size, 'still noted').toBe(1);
		expect(store.state.value.modules['second-module']).toBeUndefined();
	});
});

describe('findHostSession', () => {
	test('returns the launcher’s session from the parent frame', () => {
		const { session: scorm } = session();
		const parent = { ripScormSession: scorm } as unknown as Window;
		expect(findHostSession({ parent } as unknown as Window)).toBe(scorm);
	});

	test('returns undefined at the top, without a session, or across origins', () => {
		const top = {} as { parent?: unknown };
		top.parent = top;
		expect(findHostSession(top as unknown as Window)).toBeUndefined();
		expect(
			findHostSession({ parent: { ripScormSession: { record: 1 } } } as unknown as Window),
		).toBeUndefined();
		const blocked = new Proxy(
			{},
			{
				get() {
					throw new DOMException('Blocked', 'SecurityError');
				},
			},
		);
		expect(findHostSession({ parent: blocked } as unknown as Window)).toBeUndefined();
	});
});
