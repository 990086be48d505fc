// @ts-check
/**
 * What the preview LMS keeps per package: each SCO's stored record, attempts (per package, as in
 * Moodle) and the package result the course page and gradebook show.
 */
import { flatten } from './cmi-flat.js';
import { computeActivity } from './profile-moodle.js';
import { readSettings, renderActivity } from './page.js';
import { lmsState } from './state.js';

/**
 * @typedef {import('./cmi-flat.js').Flat} Flat
 * @typedef {import('./state.js').StoredRecord} StoredRecord
 */

/** @param {string} packageKey */
export const recordsOf = (packageKey) =>
	Object.entries(lmsState.stored).filter(([key]) => key.startsWith(`${packageKey}::`));

/** The package's current attempt: attempts are per package, as in Moodle. @param {string} packageKey */
export function packageAttempt(packageKey) {
	return Math.max(1, ...recordsOf(packageKey).map(([, record]) => record.attempt));
}

/** Moves the SCO's data of its current attempt to its history. @param {StoredRecord} record */
export function closeAttempt(record) {
	if (record.cmi !== null) record.past.push({ attempt: record.attempt, cmi: record.cmi });
	record.cmi = null;
	record.totalSeconds = 0;
	record.pendingSeconds = 0;
	record.lastExit = '';
	record.attempt += 1;
}

/** Recomputes `lmsState.activity` for every package with stored data. */
export function updateActivity() {
	const settings = readSettings();
	for (const pkg of lmsState.packages) {
		const records = recordsOf(pkg.key);
		if (!pkg.manifest || records.length === 0) {
			delete lmsState.activity[pkg.key];
			continue;
		}
		const scoIds = pkg.manifest.scos.filter((s) => s.scormType === 'sco').map((s) => s.identifier);
		/** @type {Map<number, Record<string, Flat>>} */
		const attempts = new Map();
		for (const [key, record] of records) {
			const id = key.slice(pkg.key.length + 2);
			for (const { attempt, cmi } of [
				...record.past,
				{ attempt: record.attempt, cmi: record.cmi },
			]) {
				if (!attempts.has(attempt)) attempts.set(attempt, {});
				if (cmi !== null)
					/** @type {Record<string, Flat>} */ (attempts.get(attempt))[id] = flatten(cmi);
			}
		}
		lmsState.activity[pkg.key] = computeActivity(
			settings,
			scoIds,
			[...attempts].map(([attempt, scos]) => ({ attempt, scos })),
			packageAttempt(pkg.key),
		);
	}
	renderActivity();
}
