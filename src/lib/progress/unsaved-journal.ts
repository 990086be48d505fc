/**
 * Free text on its way to IndexedDB, noted meanwhile in `localStorage`. A save to IndexedDB reads
 * the stored module and writes it back (`dexie-storage.ts`), and a tab closed or reloaded between
 * the two loses it; a `localStorage` write is synchronous, so it lands however soon the page goes.
 * Each reflection and Rights Check save, and the learner's name for certificates, is noted here
 * when it is dispatched and forgotten once its save has finished; the next page to open progress
 * replays what is left, unless the stored text is as new or newer (another tab wrote it since).
 *
 * Stored shape: one entry per waiting save, key `rights-in-practice:unsaved:<id>`, value the
 * `ProgressEvent` (or `LearnerNameNote`) as JSON. Only these: they set a value, so replaying one
 * that did land after all changes nothing.
 */
import type { ProgressEvent, ProgressState } from '../../schemas/progress.ts';

export const UNSAVED_PREFIX = 'rights-in-practice:unsaved:';

export type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

/** The name the learner typed for their certificates (the store's `setLearnerName`). */
interface LearnerNameNote {
	type: 'learner-name-set';
	learnerName: string;
	at: string;
}

export type JournaledEvent =
	Extract<ProgressEvent, { type: 'reflection-saved' | 'rights-check-saved' }> | LearnerNameNote;

export interface UnsavedJournal {
	/** Notes `event`; returns the function that forgets it once its save has finished. */
	note(event: JournaledEvent): () => void;
	/**
	 * Every event still noted whose module `wanted` accepts (all by default), oldest first, and
	 * forgets them: the caller saves them again. Others stay noted for a page that holds them.
	 */
	take(wanted?: (moduleId: string) => boolean): JournaledEvent[];
}

export function isJournaled(event: ProgressEvent): event is Extract<JournaledEvent, ProgressEvent> {
	return event.type === 'reflection-saved' || event.type === 'rights-check-saved';
}

/**
 * A journal over `storage()`, read only when used so importing it touches no browser API. Where
 * `storage()` is `undefined` or refuses a write, nothing is noted and saving goes on as before.
 */
export function createUnsavedJournal(
	storage: () => JournalStorage | undefined,
	newId: () => string = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`,
): UnsavedJournal {
	return {
		note(event) {
			const key = UNSAVED_PREFIX + newId();
			try {
				storage()?.setItem(key, JSON.stringify(event));
			} catch {
				return () => undefined;
			}
			return () => {
				try {
					storage()?.removeItem(key);
				} catch {
					// Already gone, or storage went away: the replay would change nothing.
				}
			};
		},
		take(wanted = () => true) {
			const found: JournaledEvent[] = [];
			try {
				const store = storage();
				if (!store) return [];
				const keys: string[] = [];
				for (let index = 0; index < store.length; index++) {
					const key = store.key(index);
					if (key?.startsWith(UNSAVED_PREFIX)) keys.push(key);
				}
				for (const key of keys) {
					const event = readEvent(store.getItem(key));
					if (event && 'moduleId' in event && !wanted(event.moduleId)) continue;
					store.removeItem(key);
					if (event) found.push(event);
				}
			} catch {
				// Storage blocked while reading: what was found so far is still worth saving.
			}
			return found.sort((a, b) => a.at.localeCompare(b.at));
		},
	};
}

/**
 * Whether the stored text is already as new as `event`'s, so replaying it would undo a later edit.
 * The name has no time of its own: it is replayed only when the stored one differs.
 */
export function isSuperseded(state: ProgressState, event: JournaledEvent): boolean {
	if (event.type === 'learner-name-set') return state.learnerName === event.learnerName;
	const module = state.modules[event.moduleId];
	const stored =
		event.type === 'reflection-saved'
			? module?.reflections[event.reflectionId]
			: module?.checks[event.checkId];
	return stored !== undefined && stored.updatedAt >= event.at;
}

/** A noted event, or `undefined` for anything else (a damaged entry, another release's shape). */
function readEvent(text: string | null): JournaledEvent | undefined {
	if (text === null) return undefined;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return undefined;
	}
	if (typeof value !== 'object' || value === null) return undefined;
	const event = value as Record<string, unknown>;
	if (
		event['type'] === 'learner-name-set' &&
		typeof event['learnerName'] === 'string' &&
		typeof event['at'] === 'string'
	) {
		return value as LearnerNameNote;
	}
	const base = typeof event['moduleId'] === 'string' && typeof event['at'] === 'string';
	if (!base) return undefined;
	if (
		event['type'] === 'reflection-saved' &&
		typeof event['reflectionId'] === 'string' &&
		typeof event['text'] === 'string'
	) {
		return value as JournaledEvent;
	}
	if (
		event['type'] === 'rights-check-saved' &&
		typeof event['checkId'] === 'string' &&
		isAnswers(event['answers'])
	) {
		return value as JournaledEvent;
	}
	return undefined;
}

function isAnswers(value: unknown): value is Record<string, string | string[]> {
	return (
		typeof value === 'object' &&
		value !== null &&
		!Array.isArray(value) &&
		Object.values(value).every(
			(answer) =>
				typeof answer === 'string' ||
				(Array.isArray(answer) && answer.every((item) => typeof item === 'string')),
		)
	);
}
