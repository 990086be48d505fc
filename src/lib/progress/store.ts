/**
 * The page's progress: one signal every island reads, and the only way to change it.
 *
 * Lifecycle: importing this module touches no browser API (safe during SSR). The page's entry
 * script may name the storage with `configureProgressStorage()` (IndexedDB otherwise).
 * `startProgress()`, called by islands after mount, waits until the page's scripts have run, opens
 * that storage, loads, and watches for writes from other tabs.
 * Each change is applied to the signal at once and then persisted, the save starting before
 * `dispatch` returns once storage is open; free text is also noted in `localStorage` until its
 * save has finished, for the next page to save if this one closed first (`unsaved-journal.ts`).
 * Until its save has finished a change is also re-applied on top of every snapshot arriving from
 * storage, so a snapshot read just before the write cannot hide it. If the browser will not store data (private windows, blocked
 * storage, full disk, a newer release open in another tab), the store switches to memory with
 * everything it holds and says why in `storageProblem`; the learner keeps working and can export.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import { MemoryProgressStorage } from './memory-storage.ts';
import { applyEvent, createEmptyState, setLearnerName as withLearnerName } from './model.ts';
import type { ProgressStorage } from './storage.ts';
import {
	createUnsavedJournal,
	isJournaled,
	isSuperseded,
	type JournaledEvent,
	type UnsavedJournal,
} from './unsaved-journal.ts';
import type { ModuleProgress, ProgressEvent, ProgressState } from '../../schemas/progress.ts';
import { deviceLocalStorage } from '../site/device-local-storage.ts';

export type StorageStatus = 'loading' | 'persistent' | 'memory';

/** What became of an import: kept (and shown), or refused by storage with the reason why. */
export type ReplaceOutcome = { saved: true } | { saved: false; problem: string };

export interface ProgressStoreOptions {
	/** Opens the storage to use; defaults to IndexedDB. A rejection means "use memory". */
	openStorage?: () => Promise<ProgressStorage>;
	/** Where free text waits until its save has finished (`unsaved-journal.ts`); none by default. */
	journal?: UnsavedJournal;
}

export interface ProgressStore {
	readonly state: ReadonlySignal<ProgressState>;
	readonly storageStatus: ReadonlySignal<StorageStatus>;
	/** Why progress is only in memory, as a short clause for a sentence; else `undefined`. */
	readonly storageProblem: ReadonlySignal<string | undefined>;
	/** Opens storage and loads saved progress. Safe to call many times; never rejects. */
	start(): Promise<void>;
	/** Applies `event` to `state` synchronously, then persists it. Never rejects. */
	dispatch(event: ProgressEvent): Promise<void>;
	/**
	 * Replaces all progress (import): saves `next` first and shows it only once saved. If the
	 * save fails, progress stays as it was and the outcome says why. Never rejects.
	 */
	replaceState(next: ProgressState): Promise<ReplaceOutcome>;
	/** Deletes all progress, including the learner's name. Never rejects. */
	reset(): Promise<void>;
	setLearnerName(name: string): Promise<void>;
	/** The module's progress record, as a signal cached per id. */
	moduleProgress(moduleId: string): ReadonlySignal<ModuleProgress | undefined>;
	/** Stops watching storage and closes it (tests). */
	close(): void;
}

type Operation = (state: ProgressState) => ProgressState;

export function createProgressStore(options: ProgressStoreOptions = {}): ProgressStore {
	const openStorage = options.openStorage ?? openDeviceStorage;
	const { journal } = options;
	const state = signal(createEmptyState());
	const storageStatus = signal<StorageStatus>('loading');
	const storageProblem = signal<string | undefined>(undefined);
	const moduleSignals = new Map<string, ReadonlySignal<ModuleProgress | undefined>>();
	/** Changes already in `state` whose save has not finished. */
	const unsaved = new Set<{ operation: Operation }>();
	let storage: ProgressStorage | undefined;
	/** The storage `start()` opened, kept after a fallback so `close()` can release it. */
	let openedStorage: ProgressStorage | undefined;
	let starting: Promise<void> | undefined;
	let unsubscribe: (() => void) | undefined;

	function fromStorage(stored: ProgressState): void {
		let next = stored;
		for (const { operation } of unsaved) next = operation(next);
		state.value = reuseUnchanged(state.peek(), next);
	}

	function fallBackToMemory(error: unknown, phase: 'open' | 'save' | 'watch'): void {
		if (storageStatus.peek() === 'memory') return;
		unsubscribe?.();
		unsubscribe = undefined;
		storage = new MemoryProgressStorage(state.peek());
		storageProblem.value = describeStorageError(error, phase);
		storageStatus.value = 'memory';
		console.warn('Progress is kept in memory only for this page.', error);
	}

	async function open(): Promise<void> {
		let opened: ProgressStorage;
		try {
			opened = openedStorage = await openStorage();
			fromStorage(await opened.load());
		} catch (error) {
			fallBackToMemory(error, 'open');
			return;
		}
		storage = opened;
		storageStatus.value = opened.persistent ? 'persistent' : 'memory';
		// Text whose save a closed or reloaded page did not see finish.
		const held = (moduleId: string) => opened.holds?.(moduleId) ?? true;
		for (const event of journal?.take(held) ?? []) {
			if (isSuperseded(state.peek(), event)) continue;
			void (event.type === 'learner-name-set'
				? setLearnerName(event.learnerName)
				: dispatch(event));
		}
		unsubscribe = opened.subscribe?.(
			(stored) => {
				if (storage === opened) fromStorage(stored);
			},
			(error) => {
				if (storage === opened) fallBackToMemory(error, 'watch');
			},
		);
	}

	function start(): Promise<void> {
		starting ??= open();
		return starting;
	}

	/** Applies `operation` now, then persists it with `persist`; a failed save means memory. */
	async function change(
		operation: Operation,
		persist: (target: ProgressStorage) => Promise<void>,
		note?: JournaledEvent,
	): Promise<void> {
		const entry = { operation };
		unsaved.add(entry);
		const forget = note && journal ? journal.note(note) : undefined;
		state.value = operation(state.peek());
		try {
			// Once storage is open the save starts before `dispatch` returns, not a microtask later,
			// so a save made as the page goes (`pagehide`, a SCORM launcher ending its session)
			// reaches storage while the page is still there.
			if (storage === undefined) await start();
			// Saves start in call order, and storages apply them in that order.
			const target = storage ?? new MemoryProgressStorage(state.peek());
			try {
				await persist(target);
				forget?.();
			} catch (error) {
				if (storage === target) fallBackToMemory(error, 'save');
			}
		} finally {
			unsaved.delete(entry);
		}
	}

	function dispatch(event: ProgressEvent): Promise<void> {
		return change(
			(current) => applyEvent(current, event),
			(target) => target.save(state.peek(), event),
			isJournaled(event) ? event : undefined,
		);
	}

	function setLearnerName(name: string): Promise<void> {
		return change(
			(current) => withLearnerName(current, name),
			(target) => target.save(state.peek(), { type: 'learner-name-set', learnerName: name }),
			{ type: 'learner-name-set', learnerName: name, at: new Date().toISOString() },
		);
	}

	return {
		state,
		storageStatus,
		storageProblem,
		start,
		dispatch,
		async replaceState(next) {
			await start();
			const target = storage ?? new MemoryProgressStorage(state.peek());
			try {
				await target.save(next);
			} catch (error) {
				// Unlike a single answer, an import is not applied in memory on failure: the learner
				// is told it was not loaded, and what they had stays shown and stored.
				return { saved: false, problem: describeStorageError(error, 'save') };
			}
			fromStorage(next);
			return { saved: true };
		},
		reset: () => change(createEmptyState, (target) => target.clear()),
		setLearnerName,
		moduleProgress(moduleId) {
			let cached = moduleSignals.get(moduleId);
			if (!cached) {
				cached = computed(() => state.value.modules[moduleId]);
				moduleSignals.set(moduleId, cached);
			}
			return cached;
		},
		close() {
			unsubscribe?.();
			unsubscribe = undefined;
			openedStorage?.close?.();
		},
	};
}

/**
 * Opens IndexedDB. Dexie is loaded on first use so it stays out of server rendering and the
 * islands' first chunk.
 */
export async function openDeviceStorage(): Promise<ProgressStorage> {
	const { openDexieStorage } = await import('./dexie-storage.ts');
	return openDexieStorage();
}

/**
 * Keeps the previous objects for modules whose content did not change, so signals computed from
 * them do not notify and islands do not re-render for another module's save.
 */
function reuseUnchanged(previous: ProgressState, next: ProgressState): ProgressState {
	let same = previous.learnerName === next.learnerName;
	const modules: Record<string, ModuleProgress> = {};
	for (const [id, module] of Object.entries(next.modules)) {
		const old = previous.modules[id];
		const keep =
			old !== undefined && (old === module || JSON.stringify(old) === JSON.stringify(module));
		modules[id] = keep ? old : module;
		same &&= keep;
	}
	same &&= Object.keys(previous.modules).length === Object.keys(modules).length;
	return same ? previous : { ...next, modules };
}

/** Names of an error and the errors it wraps (Dexie keeps the cause in `inner`). */
function errorNames(error: unknown): string[] {
	const names: string[] = [];
	let current: unknown = error;
	for (let depth = 0; depth < 5 && typeof current === 'object' && current !== null; depth++) {
		const { name, inner } = current as { name?: unknown; inner?: unknown };
		if (typeof name === 'string') names.push(name);
		current = inner;
	}
	return names;
}

/**
 * A short clause for the storage notice ("This browser is not letting the course save your
 * progress (…)"). Error names: https://dexie.org/docs/DexieErrors/DexieError
 */
function describeStorageError(error: unknown, phase: 'open' | 'save' | 'watch'): string {
	const names = errorNames(error);
	const has = (...candidates: string[]) => candidates.some((name) => names.includes(name));
	if (has('QuotaExceededError')) return 'the device is running out of storage space';
	if (
		has(
			'ProgressSchemaTooNewError',
			'VersionError',
			'VersionChangeError',
			'UpgradeError',
			'DatabaseClosedError',
		)
	) {
		return 'a newer version of the course may be open in another tab: reload this page to keep saving';
	}
	if (has('DbOpenTimeoutError')) {
		return 'its site storage did not open in time, perhaps because another tab of the course is updating it';
	}
	if (has('MissingAPIError', 'SecurityError', 'InvalidStateError')) {
		return 'it may be a private window, or set to block site data';
	}
	return phase === 'open'
		? 'its site storage could not be opened'
		: 'saving to its site storage failed';
}

let configuredStorage: (() => Promise<ProgressStorage>) | undefined;
let markConfigured: () => void = () => undefined;
const configured = new Promise<void>((resolve) => {
	markConfigured = resolve;
});

/**
 * Names the storage this page's progress is kept in (the default is IndexedDB). Call it from a
 * module script of the page, which runs before the document finishes loading: progress opens no
 * storage before that, even when an island starts it earlier. A rejection of `open` means
 * "use memory", with the same notice as any storage failure.
 */
export function configureProgressStorage(open: () => Promise<ProgressStorage>): void {
	configuredStorage = open;
	markConfigured();
}

/**
 * Resolves once the page's module scripts have run: at `DOMContentLoaded`, which follows them
 * (https://html.spec.whatwg.org/multipage/parsing.html#the-end), or at `load` if it has already
 * passed. At once outside a browser.
 */
function pageScriptsRun(): Promise<void> {
	if (typeof document === 'undefined' || document.readyState === 'complete') {
		return Promise.resolve();
	}
	return new Promise((resolve) => {
		document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
		window.addEventListener('load', () => resolve(), { once: true });
	});
}

const store = createProgressStore({
	openStorage: async () => {
		await Promise.race([configured, pageScriptsRun()]);
		return (configuredStorage ?? openDeviceStorage)();
	},
	journal: createUnsavedJournal(deviceLocalStorage),
});

/** All of the learner's progress on this page. */
export const progressState: ReadonlySignal<ProgressState> = store.state;
/** `'loading'` until `startProgress()` has finished, then where progress is being kept. */
export const storageStatus: ReadonlySignal<StorageStatus> = store.storageStatus;
/** Plain-language reason when `storageStatus` is `'memory'`, as a clause for a sentence. */
export const storageProblem: ReadonlySignal<string | undefined> = store.storageProblem;

/** Opens the page's storage and loads saved progress; call after mount. Idempotent; never rejects. */
export function startProgress(): Promise<void> {
	return store.start();
}

/** Applies `event` to `progressState` synchronously, then persists it. Never rejects. */
export function dispatch(event: ProgressEvent): Promise<void> {
	return store.dispatch(event);
}

/** Saves `state` in place of all progress (import), then shows it; see `ProgressStore`. */
export function replaceState(state: ProgressState): Promise<ReplaceOutcome> {
	return store.replaceState(state);
}

/** Deletes all progress on this device, including the learner's name. Never rejects. */
export function resetProgress(): Promise<void> {
	return store.reset();
}

/** Stores the name for certificates exactly as given (trim before calling). Never rejects. */
export function setLearnerName(name: string): Promise<void> {
	return store.setLearnerName(name);
}

export function moduleProgressSignal(moduleId: string): ReadonlySignal<ModuleProgress | undefined> {
	return store.moduleProgress(moduleId);
}
