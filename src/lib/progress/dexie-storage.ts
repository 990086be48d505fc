import { liveQuery, type DexieOptions } from 'dexie';
import { createProgressDb, getProgressDb, settleWithin, type ProgressDb } from './db.ts';
import { migrateStoredModule, toStoredModule } from './migrate.ts';
import { applyEvent, applyEventToModule, createEmptyState } from './model.ts';
import type { ProgressChange, ProgressStorage } from './storage.ts';
import type { ProgressEvent, ProgressState } from '../../schemas/progress.ts';

/**
 * Progress in IndexedDB (`db.ts`). An event is applied to the stored module record inside one
 * read-write transaction rather than writing this tab's copy, so when two tabs change the same
 * module at once both changes are kept. Other tabs' writes reach `subscribe` through Dexie's
 * `liveQuery` (https://dexie.org/docs/liveQuery()).
 */
export class DexieProgressStorage implements ProgressStorage {
	readonly kind = 'indexeddb';
	readonly persistent = true;
	readonly db: ProgressDb;

	constructor(db: ProgressDb) {
		this.db = db;
	}

	load(): Promise<ProgressState> {
		return this.db.transaction('r', this.db.modules, this.db.settings, () => readAll(this.db));
	}

	async save(state: ProgressState, change?: ProgressChange): Promise<void> {
		const { db } = this;
		if (change === undefined) {
			await db.transaction('rw', db.modules, db.settings, async () => {
				await db.modules.clear();
				await db.modules.bulkPut(Object.values(state.modules).map(toStoredModule));
				await db.settings.put({ key: 'learnerName', value: state.learnerName });
			});
		} else if (change.type === 'learner-name-set') {
			await db.settings.put({ key: 'learnerName', value: change.learnerName });
		} else {
			// Re-apply the event to the stored record instead of writing `state`'s copy, which may
			// predate another tab's write to the same module.
			await db.transaction('rw', db.modules, async () => {
				const stored = migrateStoredModule(await db.modules.get(change.moduleId), change.moduleId);
				await db.modules.put(toStoredModule(applyEventToModule(stored, change)));
			});
		}
	}

	subscribe(
		listener: (state: ProgressState) => void,
		onError?: (error: unknown) => void,
	): () => void {
		const subscription = liveQuery(() => readAll(this.db)).subscribe({
			next: listener,
			error: (error: unknown) => onError?.(error),
		});
		return () => subscription.unsubscribe();
	}

	async clear(): Promise<void> {
		const { db } = this;
		await db.transaction('rw', db.modules, db.settings, async () => {
			await db.modules.clear();
			await db.settings.clear();
		});
	}

	close(): void {
		this.db.close();
	}
}

async function readAll(db: ProgressDb): Promise<ProgressState> {
	const [records, name] = await Promise.all([db.modules.toArray(), db.settings.get('learnerName')]);
	const state = createEmptyState();
	for (const record of records) {
		const module = migrateStoredModule(record, record.moduleId);
		if (module) state.modules[module.moduleId] = module;
	}
	if (typeof name?.value === 'string') state.learnerName = name.value;
	return state;
}

export interface OpenDexieStorageOptions {
	/** Database name; defaults to the shared `rights-in-practice` connection. */
	dbName?: string;
	dexieOptions?: DexieOptions;
	/** Milliseconds before giving up on the open (`DB_OPEN_TIMEOUT_MS` by default). */
	timeoutMs?: number;
}

/**
 * Opens IndexedDB and returns a storage over it.
 * Rejects with Dexie's error (`MissingAPIError`, `OpenFailedError`, `VersionError`...) when the
 * browser will not open the database, or with `DbOpenTimeoutError` when the open does not settle,
 * so the caller can fall back to memory.
 */
export async function openDexieStorage(
	options: OpenDexieStorageOptions = {},
): Promise<DexieProgressStorage> {
	const db =
		options.dbName === undefined && options.dexieOptions === undefined
			? getProgressDb()
			: createProgressDb(options.dbName, options.dexieOptions);
	await settleWithin(db, db.open(), options.timeoutMs);
	return new DexieProgressStorage(db);
}

/**
 * Saves one event through `storage` and resolves with the milliseconds until it was durable:
 * the cost a learner's click pays for persistence. For benchmarks; use a throwaway `dbName`.
 */
export async function timePersistedEvent(
	storage: ProgressStorage,
	state: ProgressState,
	event: ProgressEvent,
): Promise<number> {
	const started = performance.now();
	await storage.save(applyEvent(state, event), event);
	return performance.now() - started;
}
