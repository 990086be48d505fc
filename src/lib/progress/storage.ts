import type { ProgressEvent, ProgressState } from '../../schemas/progress.ts';

/**
 * What changed since the last save, so a storage can write only that part:
 * a progress event (its module record), the learner's name, or everything (absent).
 */
export type ProgressChange = ProgressEvent | { type: 'learner-name-set'; learnerName: string };

/**
 * Where progress lives: IndexedDB, memory, or a storage the page's entry script supplies
 * (`configureProgressStorage`). The store talks only to this interface; tests use
 * `MemoryProgressStorage`.
 */
export interface ProgressStorage {
	/** `'indexeddb'`, `'memory'`, or a supplied storage's own name. */
	readonly kind: string;
	/** Whether saved progress outlives the page (false for memory). */
	readonly persistent: boolean;
	/** Reads everything stored. Rejects when the storage cannot be read. */
	load(): Promise<ProgressState>;
	/**
	 * Persists `state`. When `change` is given, `state` already includes it and a storage may
	 * write only the part it touched. Resolves once the data is durable; rejects on failure
	 * (quota, closed database), in which case nothing of this save can be assumed written.
	 */
	save(state: ProgressState, change?: ProgressChange): Promise<void>;
	/**
	 * Calls `listener` with the whole stored state whenever it changes, including writes from
	 * other tabs and this page's own saves. `onError` is called if watching stops working.
	 * Returns an unsubscribe function. Storages that cannot be changed from outside omit this.
	 */
	subscribe?(
		listener: (state: ProgressState) => void,
		onError?: (error: unknown) => void,
	): () => void;
	/**
	 * Whether this storage keeps `moduleId`'s progress; all modules when omitted. A SCORM
	 * package's storage holds only its own, and text noted for another module waits for a page
	 * that does (`unsaved-journal.ts`).
	 */
	holds?(moduleId: string): boolean;
	/** Deletes all stored progress, including the learner's name. */
	clear(): Promise<void>;
	/** Releases connections; the storage is not used afterwards. */
	close?(): void;
}
