import { createEmptyState } from './model.ts';
import type { ProgressStorage } from './storage.ts';
import type { ProgressState } from '../../schemas/progress.ts';

/**
 * Progress kept only for the life of the page: the fallback when the browser will not store
 * data, and the storage used in tests. States are immutable, so holding the reference is safe.
 */
export class MemoryProgressStorage implements ProgressStorage {
	readonly kind = 'memory';
	readonly persistent = false;
	#state: ProgressState;

	constructor(initial: ProgressState = createEmptyState()) {
		this.#state = initial;
	}

	load(): Promise<ProgressState> {
		return Promise.resolve(this.#state);
	}

	save(state: ProgressState): Promise<void> {
		this.#state = state;
		return Promise.resolve();
	}

	clear(): Promise<void> {
		this.#state = createEmptyState();
		return Promise.resolve();
	}
}
