/** The session's log: recent entries for the preview, each also handed to `options.log`. */
import type { ScormLogEntry, ScormSessionOptions } from './types.ts';

const MAX_LOG_ENTRIES = 200;

export interface SessionLog {
	/** Recent entries, oldest first; the oldest go once there are `MAX_LOG_ENTRIES`. */
	readonly entries: ScormLogEntry[];
	add(entry: Omit<ScormLogEntry, 'at'>): void;
}

export function createLog(options: ScormSessionOptions, now: () => Date): SessionLog {
	const entries: ScormLogEntry[] = [];
	const add = (entry: Omit<ScormLogEntry, 'at'>) => {
		const full: ScormLogEntry = { at: now().toISOString(), ...entry };
		entries.push(full);
		if (entries.length > MAX_LOG_ENTRIES) entries.shift();
		try {
			options.log?.(full);
		} catch {
			// A broken logger must not break the learner's page.
		}
	};
	return { entries, add };
}
