/**
 * Saving what the learner types without a save per keystroke: a value is saved once typing has
 * paused for `SAVE_DELAY_MS`, at once when the island asks (`flush` on blur, `saveNow` on a step
 * change), when the island unmounts, and when the page may be going (`onPageLeave`: Next, a link,
 * closing the tab, switching away), so nothing typed is dropped however soon the learner leaves.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { onPageLeave } from '../../lib/site/page-leave.ts';

/** How long typing must pause before what was typed is saved. */
export const SAVE_DELAY_MS = 500;

/**
 * Values waiting to be saved, one per key. Islands with one field use the default key; islands
 * with a field per item (an action per statement) pass the item's id.
 */
export interface DebouncedSave<V> {
	/** Saves `value` once typing pauses; replaces a value still waiting under `key`. */
	schedule(value: V, key?: string): void;
	/** Saves the value waiting under `key` now; does nothing if there is none. */
	flush(key?: string): void;
	/** Saves every waiting value now. */
	flushAll(): void;
	/** Drops the value waiting under `key`, if any, and saves `value` now. */
	saveNow(value: V, key?: string): void;
	/** Whether a value under `key` is waiting to be saved. */
	isPending(key?: string): boolean;
}

const DEFAULT_KEY = '';

/** The timers behind `useDebouncedSave`, without Preact. */
export function createDebouncedSave<V>(save: (value: V, key: string) => void): DebouncedSave<V> {
	const pending = new Map<string, { value: V; timer: ReturnType<typeof setTimeout> }>();

	const drop = (key: string) => {
		clearTimeout(pending.get(key)?.timer);
		pending.delete(key);
	};
	const flush = (key = DEFAULT_KEY) => {
		const waiting = pending.get(key);
		if (!waiting) return;
		drop(key);
		save(waiting.value, key);
	};

	return {
		schedule(value, key = DEFAULT_KEY) {
			drop(key);
			pending.set(key, { value, timer: setTimeout(() => flush(key), SAVE_DELAY_MS) });
		},
		flush,
		flushAll() {
			for (const key of [...pending.keys()]) flush(key);
		},
		saveNow(value, key = DEFAULT_KEY) {
			drop(key);
			save(value, key);
		},
		isPending: (key = DEFAULT_KEY) => pending.has(key),
	};
}

/**
 * Debounced saving for an island; `save` is the island's latest one, so it may read current
 * props and state. Values still waiting when the island unmounts or the page is left are saved
 * then.
 *
 * ```ts
 * const saver = useDebouncedSave((text: string) => void dispatch({ type: 'reflection-saved', … }));
 * <textarea onInput={(e) => saver.schedule(e.currentTarget.value)} onBlur={() => saver.flush()} />
 * ```
 */
export function useDebouncedSave<V>(save: (value: V, key: string) => void): DebouncedSave<V> {
	const latest = useRef(save);
	latest.current = save;
	const [saver] = useState(() =>
		createDebouncedSave<V>((value, key) => latest.current(value, key)),
	);
	useEffect(() => {
		const stopWatching = onPageLeave(window, () => saver.flushAll());
		return () => {
			stopWatching();
			saver.flushAll();
		};
	}, [saver]);
	return saver;
}
