import { getProgressDb, settleWithin, type ProgressDb } from '../progress/db.ts';
import { migrateStoredModule, toStoredModule } from '../progress/migrate.ts';
import type { ModuleProgress } from '../../schemas/progress.ts';

/** A module as the SCORM session last had it, and the LMS attempt it belongs to. */
interface LmsSafetyNetRecord {
	progress: ModuleProgress;
	attempt?: string;
	confirmed?: boolean;
}

/**
 * The SCORM session's local copy of a learner's module, kept in IndexedDB beside the site's own
 * progress. Failures are swallowed: the LMS stays the record, and a browser that will not store
 * anything simply has no safety net. `load` has a time limit (`settleWithin`): the launch waits
 * for it before showing the lessons, and must not wait for ever on an open blocked by another
 * tab; after that the database is closed and saves fail at once. Nothing waits for `save`.
 */
export interface LmsSafetyNet {
	load(key: string): Promise<LmsSafetyNetRecord | undefined>;
	save(key: string, record: LmsSafetyNetRecord): Promise<void>;
}

export function createLmsSafetyNet(db: ProgressDb = getProgressDb()): LmsSafetyNet {
	return {
		async load(key) {
			try {
				const record = await settleWithin(db, db.lmsRecords.get(key));
				const progress = record ? migrateStoredModule(record.progress) : undefined;
				if (!record || !progress) return undefined;
				return {
					progress,
					...(record.attempt === undefined ? {} : { attempt: record.attempt }),
					...(record.confirmed === undefined ? {} : { confirmed: record.confirmed }),
				};
			} catch {
				return undefined;
			}
		},
		async save(key, { progress, attempt, confirmed }) {
			try {
				await db.lmsRecords.put({
					key,
					progress: toStoredModule(progress),
					savedAt: new Date().toISOString(),
					...(attempt === undefined ? {} : { attempt }),
					...(confirmed === undefined ? {} : { confirmed }),
				});
			} catch {
				// No safety net on this device; the LMS still has everything it accepted.
			}
		},
	};
}
