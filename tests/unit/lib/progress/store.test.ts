import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { openDexieStorage } from '../../../../src/lib/progress/dexie-storage.ts';
import { MemoryProgressStorage } from '../../../../src/lib/progress/memory-storage.ts';
import { applyEvent, createEmptyState } from '../../../../src/lib/progress/model.ts';
import type { ProgressStorage } from '../../../../src/lib/progress/storage.ts';
import { createUnsavedJournal } from '../../../../src/lib/progress/unsaved-journal.ts';
import {
	createProgressStore,
	startProgress,
	storageStatus,
	type ProgressStore,
} from '../../../../src/lib/progress/store.ts';
import type { ProgressEvent, ProgressState } from '../../../../src/schemas/progress.ts';

const AT = '2025-07-01T11:00:00.000Z';
const stores: ProgressStore[] = [];
let dbName = '';
let counter = 0;

function visit(lessonId: string, moduleId = 'm1'): ProgressEvent {
	return { type: 'lesson-visited', moduleId, lessonId, at: AT };
}

/** A store on this test's database; a second call is a second tab or a reload. */
function storeOn(
	openStorage: () => Promise<ProgressStorage> = () => openDexieStorage({ dbName }),
): ProgressStore {
	const store = createProgressStore({ openStorage });
	stores.push(store);
	return store;
}

function lessonIds(store: ProgressStore, moduleId = 'm1'): string[] {
	return Object.keys(store.state.value.modules[moduleId]?.lessons ?? {}).sort();
}

beforeEach(() => {
	dbName = `store-test-${++counter}-${Date.now()}`;
	vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(async () => {
	for (const store of stores.splice(0)) store.close();
	vi.restoreAllMocks();
	await Dexie.delete(dbName);
});

describe('createProgressStore', () => {
	test('applies a dispatched event to the signal before anything is saved', async () => {
		const store = storeOn();
		const saved = store.dispatch(visit('l1'));
		expect(lessonIds(store)).toEqual(['l1']);
		expect(store.storageStatus.value).toBe('loading');
		await saved;
	});

	test('hands an event to open storage before dispatch returns, so a page being left still saves it', async () => {
		const storage = new MemoryProgressStorage();
		const save = vi.spyOn(storage, 'save');
		const store = storeOn(() => Promise.resolve(storage));
		await store.start();
		const saved = store.dispatch(visit('l1'));
		expect(save).toHaveBeenCalledTimes(1);
		await saved;
		expect(Object.keys((await storage.load()).modules)).toEqual(['m1']);
	});

	test('a reflection whose save a closed page cut off is saved by the next page', async () => {
		const notes = new Map<string, string>();
		const local = {
			get length() {
				return notes.size;
			},
			key: (index: number) => [...notes.keys()][index] ?? null,
			getItem: (key: string) => notes.get(key) ?? null,
			setItem: (key: string, value: string) => void notes.set(key, value),
			removeItem: (key: string) => void notes.delete(key),
		};
		const journal = () => createUnsavedJournal(() => local);
		const reflection: ProgressEvent = {
			type: 'reflection-saved',
			moduleId: 'm1',
			reflectionId: 'r1',
			text: 'Typed just before closing.',
			at: AT,
		};
		const closing = new MemoryProgressStorage();
		vi.spyOn(closing, 'save').mockReturnValue(new Promise(() => undefined));
		const closed = createProgressStore({
			openStorage: () => Promise.resolve(closing),
			journal: journal(),
		});
		await closed.start();
		void closed.dispatch(reflection);

		const storage = new MemoryProgressStorage();
		const next = createProgressStore({
			openStorage: () => Promise.resolve(storage),
			journal: journal(),
		});
		await next.start();
		expect(next.state.value.modules['m1']?.reflections['r1']?.text).toBe(
			'Typed just before closing.',
		);
		await vi.waitFor(async () =>
			expect((await storage.load()).modules['m1']?.reflections['r1']?.text).toBe(
				'Typed just before closing.',
			),
		);
		expect(notes.size, 'once saved, the note is forgotten').toBe(0);
	});

	test('a name for certificates whose save a closed page cut off is saved by the next page', async () => {
		const notes = new Map<string, string>();
		const local = {
			get length() {
				return notes.size;
			},
			key: (index: number) => [...notes.keys()][index] ?? null,
			getItem: (key: string) => notes.get(key) ?? null,
			setItem: (key: string, value: string) => void notes.set(key, value),
			removeItem: (key: string) => void notes.delete(key),
		};
		const closing = new MemoryProgressStorage();
		vi.spyOn(closing, 'save').mockReturnValue(new Promise(() => undefined));
		const closed = createProgressStore({
			openStorage: () => Promise.resolve(closing),
			journal: createUnsavedJournal(() => local),
		});
		await closed.start();
		void closed.setLearnerName('Sam Taylor');

		const storage = new MemoryProgressStorage();
		const next = createProgressStore({
			openStorage: () => Promise.resolve(storage),
			journal: createUnsavedJournal(() => local),
		});
		await next.start();
		await vi.waitFor(async () => expect((await storage.load()).learnerName).toBe('Sam Taylor'));
		await vi.waitFor(() => expect(notes.size, 'once saved, the note is forgotten').toBe(0));
	});

	test('keeps dispatched progress across a reload', async () => {
		const first = storeOn();
		await first.start();
		expect(first.storageStatus.value).toBe('persistent');
		await first.dispatch(visit('l1'));
		await first.setLearnerName('Sam');
		first.close();

		const reloaded = storeOn();
		await reloaded.start();
		expect(lessonIds(reloaded)).toEqual(['l1']);
		expect(reloaded.state.value.learnerName).toBe('Sam');
	});

	test('keeps events dispatched while saved progress is still loading', async () => {
		const first = storeOn();
		await first.dispatch(visit('l1'));
		first.close();

		const reloaded = storeOn();
		const saved = reloaded.dispatch(visit('l2'));
		await reloaded.start();
		await saved;
		expect(lessonIds(reloaded)).toEqual(['l1', 'l2']);
		const again = storeOn();
		await again.start();
		expect(lessonIds(again)).toEqual(['l1', 'l2']);
	});

	test("shows another tab's changes", async () => {
		const [a, b] = [storeOn(), storeOn()];
		await Promise.all([a.start(), b.start()]);
		await b.dispatch(visit('l5'));
		await vi.waitFor(() => expect(lessonIds(a)).toEqual(['l5']));
	});

	test('keeps unchanged module records when another module is saved', async () => {
		const [a, b] = [storeOn(), storeOn()];
		await Promise.all([a.start(), b.start()]);
		await a.dispatch(visit('l1', 'm1'));
		await vi.waitFor(() => expect(lessonIds(b, 'm1')).toEqual(['l1']));
		const m1 = b.moduleProgress('m1').value;
		await a.dispatch(visit('l1', 'm2'));
		await vi.waitFor(() => expect(lessonIds(b, 'm2')).toEqual(['l1']));
		expect(b.moduleProgress('m1').value).toBe(m1);
	});

	test('does not let a snapshot read before a save hide that change', async () => {
		const listeners: ((state: ProgressState) => void)[] = [];
		let finishSave = () => {};
		const storage: ProgressStorage = {
			kind: 'test',
			persistent: true,
			load: () => Promise.resolve(createEmptyState()),
			save: () => new Promise<void>((resolve) => (finishSave = resolve)),
			clear: () => Promise.resolve(),
			subscribe: (listener) => {
				listeners.push(listener);
				return () => undefined;
			},
		};
		const store = storeOn(() => Promise.resolve(storage));
		await store.start();
		const saving = store.dispatch(visit('l1'));
		await vi.waitFor(() => expect(listeners).toHaveLength(1));
		listeners[0]?.(applyEvent(createEmptyState(), visit('l0')));
		expect(lessonIds(store)).toEqual(['l0', 'l1']);
		finishSave();
		await saving;
	});

	test('falls back to memory and says why when IndexedDB is missing', async () => {
		const store = storeOn(() => Promise.reject(new Dexie.MissingAPIError()));
		void store.dispatch(visit('l1'));
		await store.start();
		expect(store.storageStatus.value).toBe('memory');
		expect(store.storageProblem.value).toMatch(/private window/);
		await store.dispatch(visit('l2'));
		expect(lessonIds(store)).toEqual(['l1', 'l2']);
	});

	test('falls back to memory when the browser refuses to open the database', async () => {
		const refusing = {
			open() {
				throw new DOMException('The operation is insecure.', 'SecurityError');
			},
		};
		const store = storeOn(() =>
			openDexieStorage({ dbName, dexieOptions: { indexedDB: refusing, IDBKeyRange } }),
		);
		await store.start();
		expect(store.storageStatus.value).toBe('memory');
		expect(store.storageProblem.value).toBeDefined();
	});

	test('gives up on an open that never settles, keeps the waiting changes in memory and says so', async () => {
		// What a tab sees while another holds the old version open during an upgrade.
		const neverOpens = { open: () => ({}) as IDBOpenDBRequest };
		const store = storeOn(() =>
			openDexieStorage({
				dbName,
				dexieOptions: { indexedDB: neverOpens, IDBKeyRange },
				timeoutMs: 50,
			}),
		);
		const waiting = [store.dispatch(visit('l1')), store.dispatch(visit('l2'))];
		await Promise.all(waiting);
		expect(store.storageStatus.value).toBe('memory');
		expect(store.storageProblem.value).toMatch(/did not open in time/);
		expect(lessonIds(store)).toEqual(['l1', 'l2']);
		await store.dispatch(visit('l3'));
		expect(lessonIds(store)).toEqual(['l1', 'l2', 'l3']);
	});

	test('keeps the event and switches to memory when a save fails for lack of space', async () => {
		const store = storeOn(async () => {
			const storage = await openDexieStorage({ dbName });
			storage.save = () => Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
			return storage;
		});
		await store.start();
		await store.dispatch(visit('l1'));
		expect(store.storageStatus.value).toBe('memory');
		expect(store.storageProblem.value).toMatch(/storage space/);
		expect(lessonIds(store)).toEqual(['l1']);
		await store.dispatch(visit('l2'));
		expect(lessonIds(store)).toEqual(['l1', 'l2']);
	});

	test('falls back to memory rather than overwrite progress from a newer release', async () => {
		const storage = new MemoryProgressStorage();
		storage.load = () =>
			Promise.reject(Object.assign(new Error('newer'), { name: 'ProgressSchemaTooNewError' }));
		const store = storeOn(() => Promise.resolve(storage));
		await store.start();
		expect(store.storageStatus.value).toBe('memory');
		expect(store.storageProblem.value).toMatch(/reload this page/);
	});

	test('replaces progress on import and saves it', async () => {
		const store = storeOn();
		await store.dispatch(visit('l1'));
		const imported = { ...applyEvent(createEmptyState(), visit('l9', 'm2')), learnerName: 'Jo' };
		expect(await store.replaceState(imported)).toEqual({ saved: true });
		expect(store.state.value).toEqual(imported);
		const reloaded = storeOn();
		await reloaded.start();
		expect(reloaded.state.value).toEqual(imported);
	});

	test('shows an import only once it is saved', async () => {
		const storage = await openDexieStorage({ dbName });
		let finishSave: () => void = () => undefined;
		const save = storage.save.bind(storage);
		const store = storeOn(() => Promise.resolve(storage));
		await store.dispatch(visit('l1'));
		storage.save = async (state, change) => {
			await new Promise<void>((resolve) => (finishSave = resolve));
			return save(state, change);
		};
		const imported = applyEvent(createEmptyState(), visit('l9', 'm2'));
		const outcome = store.replaceState(imported);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(lessonIds(store), 'nothing shown while the save is pending').toEqual(['l1']);
		finishSave();
		expect(await outcome).toEqual({ saved: true });
		expect(store.state.value).toEqual(imported);
	});

	test('a failed import save changes nothing, keeps storage, and says why', async () => {
		const storage = await openDexieStorage({ dbName });
		const store = storeOn(() => Promise.resolve(storage));
		await store.dispatch(visit('l1'));
		const save = storage.save.bind(storage);
		storage.save = (state, change) =>
			change === undefined
				? Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'))
				: save(state, change);
		const outcome = await store.replaceState(applyEvent(createEmptyState(), visit('l9', 'm2')));
		expect(outcome).toEqual({
			saved: false,
			problem: 'the device is running out of storage space',
		});
		expect(lessonIds(store)).toEqual(['l1']);
		expect(store.state.value.modules['m2']).toBeUndefined();
		expect(store.storageStatus.value, 'later answers are still saved').toBe('persistent');
		const reloaded = storeOn();
		await reloaded.start();
		expect(lessonIds(reloaded)).toEqual(['l1']);
	});

	test('deletes all progress on reset', async () => {
		const store = storeOn();
		await store.dispatch(visit('l1'));
		await store.setLearnerName('Sam');
		await store.reset();
		expect(store.state.value).toEqual(createEmptyState());
		const reloaded = storeOn();
		await reloaded.start();
		expect(reloaded.state.value).toEqual(createEmptyState());
	});

	test('returns the same module signal for the same id', () => {
		const store = storeOn();
		expect(store.moduleProgress('m1')).toBe(store.moduleProgress('m1'));
	});
});

describe('startProgress', () => {
	test('opens IndexedDB once however often it is called', async () => {
		const first = startProgress();
		expect(startProgress()).toBe(first);
		await first;
		expect(storageStatus.value).toBe('persistent');
	});
});

describe('configureProgressStorage', () => {
	/** A fresh copy of the page's store, on a page whose document is still being parsed. */
	async function pageStillLoading() {
		const listeners = new Map<string, () => void>();
		const events = {
			addEventListener: (type: string, listener: () => void) => listeners.set(type, listener),
		};
		vi.stubGlobal('document', { readyState: 'loading', ...events });
		vi.stubGlobal('window', events);
		vi.resetModules();
		const page = await import('../../../../src/lib/progress/store.ts');
		return { page, fire: (type: string) => listeners.get(type)?.() };
	}

	afterEach(() => {
		vi.unstubAllGlobals();
	});

	test('opens the configured storage even when progress starts before the page script runs', async () => {
		const { page } = await pageStillLoading();
		const started = page.startProgress();
		const saved = applyEvent(createEmptyState(), visit('l1'));
		const storage: ProgressStorage = {
			kind: 'test',
			persistent: true,
			load: () => Promise.resolve(saved),
			save: () => Promise.resolve(),
			clear: () => Promise.resolve(),
		};
		page.configureProgressStorage(() => Promise.resolve(storage));
		await started;
		expect(page.storageStatus.value).toBe('persistent');
		expect(page.progressState.value).toEqual(saved);
	});

	test('opens IndexedDB once the page has been parsed when no storage is configured', async () => {
		const { page, fire } = await pageStillLoading();
		const started = page.startProgress();
		await new Promise((resolve) => setTimeout(resolve, 10));
		expect(page.storageStatus.value).toBe('loading');
		fire('DOMContentLoaded');
		await started;
		expect(page.storageStatus.value).toBe('persistent');
	});
});
