import { describe, expect, test, vi } from 'vitest';
import { createProgressStore } from '../../../../src/lib/progress/store.ts';
import { findHostSession, ScormProgressStorage } from '../../../../src/lib/scorm/scorm-storage.ts';
import { startScormSession } from '../../../../src/lib/scorm/session/index.ts';
import { decode } from '../../../../src/lib/scorm/suspend-data/index.ts';
import { info, MODULE_ID, newLms2004, storedCmi, windowWith } from './fixtures.ts';

const AT = '2025-03-01T09:00:00.000Z';

function session(json?: Record<string, unknown>) {
	const lms = newLms2004(json);
	return {
		lms,
		session: startScormSession({
			win: windowWith('API_1484_11', lms),
			version: '2004-4',
			info,
			reporting: 'passed-failed',
			commitDelay: 0,
		}),
	};
}

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
