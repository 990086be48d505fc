import { getProgressDb, settleWithin, type ProgressDb } from '../progress/db.ts';
import { migrateStoredModule, toStoredModule } from '../progress/migrate.ts';
import { deviceLocalStorage } from '../site/device-local-storage.ts';
import type { SafetyNet, SafetyNetRecord } from './session/types.ts';

export type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** Where a save waits in `localStorage` until IndexedDB has it: this prefix and the record's key. */
export const SAFETY_NET_NOTE_PREFIX = 'rights-in-practice:lms-copy:';

/**
 * The SCORM session's safety net (`SafetyNet`): its copy of a learner's module, kept in IndexedDB
 * beside the site's own progress. Failures are swallowed: the LMS stays the record, and a browser
 * that will not store anything simply has no safety net. `load` has a time limit
 * (`settleWithin`): the launch waits for it before showing the lessons, and must not wait for ever
 * on an open blocked by another tab; after that the database is closed and saves fail at once.
 * `save` settles once IndexedDB has the copy or refused it.
 *
 * An IndexedDB write still under way when the LMS closes the package is lost, and the copy then
 * lags behind what the LMS was sent. The LMS's times are whole minutes (suspend data), so a
 * lagging copy can look newer than the LMS's record and win the merge at the next launch: the
 * learner would resume at the lesson before the one they left. So each save is also noted
 * synchronously in `localStorage` until IndexedDB has it, and `load` prefers the note.
 */
export function createLmsSafetyNet(
	db: ProgressDb = getProgressDb(),
	notes: () => NoteStorage | undefined = deviceLocalStorage,
): SafetyNet {
	return {
		async load(key) {
			const noted = readNote(notes(), key);
			if (noted) return noted;
			try {
				const record = await settleWithin(db, db.lmsRecords.get(key));
				return record ? readable(record) : undefined;
			} catch {
				return undefined;
			}
		},
		async save(key, { progress, attempt, confirmed }) {
			const stored = {
				progress: toStoredModule(progress),
				...(attempt === undefined ? {} : { attempt }),
				...(confirmed === undefined ? {} : { confirmed }),
			};
			const note = writeNote(notes(), key, JSON.stringify(stored));
			try {
				await db.lmsRecords.put({ key, savedAt: new Date().toISOString(), ...stored });
				note?.forget();
			} catch {
				// No safety net in IndexedDB on this device; the note, if any, stays for the next load,
				// and the LMS still has everything it accepted.
			}
		},
	};
}

/** A stored record as the session uses it, or `undefined` when it cannot be read. */
function readable(record: {
	progress: unknown;
	attempt?: string;
	confirmed?: boolean;
}): SafetyNetRecord | undefined {
	const progress = migrateStoredModule(record.progress);
	if (!progress) return undefined;
	return {
		progress,
		...(typeof record.attempt === 'string' ? { attempt: record.attempt } : {}),
		...(typeof record.confirmed === 'boolean' ? { confirmed: record.confirmed } : {}),
	};
}

function readNote(storage: NoteStorage | undefined, key: string): SafetyNetRecord | undefined {
	try {
		const text = storage?.getItem(SAFETY_NET_NOTE_PREFIX + key);
		if (!text) return undefined;
		const value: unknown = JSON.parse(text);
		return typeof value === 'object' && value !== null && 'progress' in value
			? readable(value)
			: undefined;
	} catch {
		return undefined;
	}
}

/**
 * Notes `text` under `key`, replacing any earlier note; `forget` removes it unless a later save
 * has noted something else since. `undefined` when storage refused the note.
 */
function writeNote(storage: NoteStorage | undefined, key: string, text: string) {
	const noteKey = SAFETY_NET_NOTE_PREFIX + key;
	try {
		if (!storage) return undefined;
		storage.setItem(noteKey, text);
	} catch {
		return undefined;
	}
	return {
		forget() {
			try {
				if (storage.getItem(noteKey) === text) storage.removeItem(noteKey);
			} catch {
				// Storage went away: the note, identical to IndexedDB's copy, does no harm.
			}
		},
	};
}
