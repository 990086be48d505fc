/**
 * The IndexedDB database that keeps a learner's progress on their device (Dexie).
 *
 * Stored shape, database `rights-in-practice`, Dexie version 2:
 * - `modules`, primary key `moduleId`: one `StoredModule` per module the learner has touched,
 *   i.e. a `ModuleProgress` plus `schema` (see `migrate.ts`). Lessons, answers, scenarios,
 *   reviews, reflections and checks live inside it, keyed by author ids. One record per module
 *   keeps each save small and lets two tabs working on different modules never overwrite
 *   each other.
 * - `settings`, primary key `key`: `{ key: 'learnerName', value }`.
 * - `lmsRecords` (added in version 2), primary key `key` = `<LMS learner id>:<module id>`: the
 *   SCORM package's safety net, a `StoredModule` copy of what was last sent to the LMS, so work
 *   done while the LMS connection fails is written at the next successful commit or launch.
 *   Version 1 databases gain the empty table on open; nothing else changes.
 * No secondary indexes: everything is read by primary key or whole-table.
 *
 * Migration scenarios (details and how to add a step: `migrate.ts`). Record contents are
 * migrated on read, so none of these needs a new Dexie version:
 * - Renamed id: the old entry stays in the record, unused; the new id starts empty.
 * - Removed question: its answer stays in the record and stops counting towards the score.
 * - New module version: the record is kept whole; `moduleVersion` follows `module-opened`.
 * - New field: filled with a default when read; unknown fields are kept on write.
 * Bump `db.version()` only to add a table or an index, keep old `version()` blocks that carry
 * an `upgrade()`, and never delete a table with learner data.
 * Dexie 4 also opens a database upgraded by a newer release (and reconnects older tabs after
 * the upgrade), so an old tab keeps reading; records whose `schema` is newer than it knows are
 * refused by `migrate.ts` and that tab falls back to memory instead of overwriting them.
 */
import { Dexie, type DexieOptions, type EntityTable } from 'dexie';
import type { StoredModule } from './migrate.ts';

const PROGRESS_DB_NAME = 'rights-in-practice';

interface SettingRecord {
	key: 'learnerName';
	value: string;
}

interface LmsRecord {
	key: string;
	progress: StoredModule;
	savedAt: string;
	/** The LMS attempt the copy belongs to (absent before attempts were kept). */
	attempt?: string;
	/** Whether the LMS accepted a Commit of that attempt (absent before attempts were kept). */
	confirmed?: boolean;
}

export type ProgressDb = Dexie & {
	modules: EntityTable<StoredModule, 'moduleId'>;
	settings: EntityTable<SettingRecord, 'key'>;
	lmsRecords: EntityTable<LmsRecord, 'key'>;
};

/**
 * Creates a connection object; nothing touches IndexedDB until the first query or `open()`.
 * Tests and benchmarks pass their own `name` to get a fresh database.
 */
export function createProgressDb(name = PROGRESS_DB_NAME, options?: DexieOptions): ProgressDb {
	const db = new Dexie(name, options) as ProgressDb;
	db.version(1).stores({ modules: 'moduleId', settings: 'key' });
	db.version(2).stores({ lmsRecords: 'key' });
	return db;
}

/**
 * How long opening the database may take before the page gives up on it. An open takes tens of
 * milliseconds even on a slow ward PC; one that has not settled after seconds never will: an
 * upgrade blocked by another tab of the course still holding the old version (the `blocked`
 * event, which Dexie waits out), or a broken browser profile. Meanwhile every save would wait.
 */
export const DB_OPEN_TIMEOUT_MS = 5000;

/** Rejection of `openWithin` when the database did not open in time. */
class DbOpenTimeoutError extends Error {
	override readonly name = 'DbOpenTimeoutError';
	constructor(ms: number) {
		super(`The progress database did not open within ${ms} ms.`);
	}
}

/**
 * `pending` (an open, or a query that opens `db` first), or a rejection with `DbOpenTimeoutError`
 * after `ms`; then `db` is closed, which abandons the open and makes later queries fail at once
 * instead of waiting too.
 */
export async function settleWithin<T>(
	db: ProgressDb,
	pending: Promise<T>,
	ms = DB_OPEN_TIMEOUT_MS,
): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const timeout = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new DbOpenTimeoutError(ms)), ms);
	});
	try {
		return await Promise.race([pending, timeout]);
	} catch (error) {
		if (error instanceof DbOpenTimeoutError) db.close();
		throw error;
	} finally {
		clearTimeout(timer);
	}
}

let shared: ProgressDb | undefined;

/** The page's one connection to `rights-in-practice`, created on first call. */
export function getProgressDb(): ProgressDb {
	shared ??= createProgressDb();
	return shared;
}
