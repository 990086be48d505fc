/**
 * The progress file a learner downloads: `{ app: 'rights-in-practice', format: 1, exportedAt,
 * progress }`, where `progress` is a `StoredProgress` (see `migrate.ts`). `format` versions the
 * envelope; `progress.schema` versions the data inside. Reading it back is `transfer.ts`.
 */
import { toStoredProgress } from './migrate.ts';
import type { ProgressState } from '../../schemas/progress.ts';

export const EXPORT_APP = 'rights-in-practice';
export const EXPORT_FORMAT = 1;

export function exportProgress(state: ProgressState, now: Date = new Date()): string {
	const file = {
		app: EXPORT_APP,
		format: EXPORT_FORMAT,
		exportedAt: now.toISOString(),
		progress: toStoredProgress(state),
	};
	return `${JSON.stringify(file, null, 2)}\n`;
}
