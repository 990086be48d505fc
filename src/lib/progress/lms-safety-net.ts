import { getProgressDb, type ProgressDb } from './db.ts';
import { migrateStoredModule, toStoredModule } from './migrate.ts';
import type { ModuleProgress } from './types.ts';

/**
 * The SCORM session's local copy of a learner's module, kept in IndexedDB beside the site's own
 * progress. Failures are swallowed: the LMS stays the record, and a browser that will not store
 * anything simply has no safety net.
 */
export interface LmsSafetyNet {
	load(key: string): Promise<ModuleProgress | undefined>;
	save(key: string, progress: ModuleProgress): Promise<void>;
}

export function createLmsSafetyNet(db: ProgressDb = getProgressDb()): LmsSafetyNet {
	return {
		async load(key) {
			try {
				const record = await db.lmsRecords.get(key);
				return record ? migrateStoredModule(record.progress) : undefined;
			} catch {
				return undefined;
			}
		},
		async save(key, progress) {
			try {
				await db.lmsRecords.put({
					key,
					progress: toStoredModule(progress),
					savedAt: new Date().toISOString(),
				});
			} catch {
				// No safety net on this device; the LMS still has everything it accepted.
			}
		},
	};
}
