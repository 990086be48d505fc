/**
 * Commit, retry and Terminate. Changes go out with one Commit per burst (`commitDelay`). A
 * failed Commit is retried after a pause, with the next change and at terminate; the safety net
 * keeps the learner's work, and the next launch writes it to the LMS. `terminate()` writes
 * session time, commits and calls Terminate/LMSFinish once.
 */
import type { ProgressEvent, ProgressEventType } from '../../../schemas/progress.ts';
import type { Lms } from './lms.ts';
import type { SessionLog } from './log.ts';
import type { DeviceCopy } from './restore.ts';
import type { Recording, SessionState } from './types.ts';
import type { StateWriter } from './write.ts';
import { afterSave, NO_REFUSALS } from './save-trouble.ts';

export const COMMIT_DELAY = 500;
/** Pauses before retrying a refused Commit when nothing else happens. */
const RETRY_DELAYS = [5000, 30000];

/** Events worth a Commit of their own; the rest ride along with the next one. */
const MEANINGFUL = new Set<ProgressEventType>([
	'module-opened',
	'lesson-visited',
	'question-answered',
	'scenario-node-entered',
	'scenario-choice-made',
	'scenario-ended',
	'scenario-restarted',
	'review-rated',
	'assessment-restarted',
	'module-completed',
]);

export interface Commits {
	/**
	 * Writes pending changes and commits now; `false` if the LMS refused the Commit or the
	 * suspend data. May throw.
	 */
	commit(): boolean;
	/** Schedules a Commit after a change made by `event` (or by a replace or reset, without one). */
	changed(event: ProgressEvent | undefined): void;
	/** Final writes, session time, Commit and Terminate/LMSFinish; only the first call does anything. */
	terminate(): void;
}

export function createCommits(options: {
	lms: Lms;
	state: SessionState;
	recording: Recording;
	writer: StateWriter;
	copy: DeviceCopy;
	/** How long changes are gathered into one Commit, in milliseconds. */
	commitDelay: number;
	now: () => Date;
	/** When the session started, for `session_time`. */
	startedAt: Date;
	log: SessionLog;
	/** Told `true` once saves have been refused too often in a row, `false` when one succeeds. */
	onLmsSaveChange?: (refused: boolean) => void;
}): Commits {
	const { lms, state, recording, writer, copy, commitDelay, now, startedAt, log } = options;
	const { api, model, set, fail } = lms;
	let timer: ReturnType<typeof setTimeout> | undefined;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let retries = 0;
	let refusedThisLaunch = false;
	let tally = NO_REFUSALS;

	/** Counts a save the LMS accepted or refused, and tells the page when the notice changes. */
	const tell = (saved: boolean) => {
		const before = tally.told;
		tally = afterSave(tally, saved);
		if (tally.told === before) return;
		try {
			options.onLmsSaveChange?.(tally.told);
		} catch (error) {
			log.add({ level: 'error', message: `The save notice failed: ${String(error)}` });
		}
	};

	/**
	 * After a Commit the LMS accepted: the attempt is now the LMS's, so say so on the device. Not
	 * after a refused Commit in the same launch: Moodle marks what it tried to send as sent even
	 * when the request fails, and does not send an unchanged value again (CollectData() in
	 * mod/scorm/datamodels/scorm_12.js and scorm_13.js), so a later success proves nothing; the
	 * next launch, seeing the attempt in the LMS's data, does.
	 */
	const accepted = () => {
		if (state.confirmed || refusedThisLaunch || !writer.wroteSuspendData()) return;
		state.confirmed = true;
		void copy.save(Object.keys(state.current));
	};

	const clearTimers = () => {
		if (timer !== undefined) clearTimeout(timer);
		if (retry !== undefined) clearTimeout(retry);
		timer = retry = undefined;
	};

	const commit = (): boolean => {
		clearTimers();
		if (state.terminated || recording === 'none') return false;
		const suspendDataAccepted = writer.write();
		const committed = api.commit();
		if (committed) accepted();
		else {
			refusedThisLaunch = true;
			fail('Commit', 'The LMS refused to save; the work is kept on this device and sent again.');
		}
		const saved = committed && suspendDataAccepted;
		tell(saved);
		if (saved) {
			retries = 0;
			return true;
		}
		const delay = RETRY_DELAYS[retries];
		if (delay !== undefined) {
			retries++;
			retry = setTimeout(commitLater, delay);
		}
		return false;
	};

	/** `commit` for timers, where an exception would reach the page. */
	const commitLater = () => {
		try {
			commit();
		} catch (error) {
			log.add({ level: 'error', message: `Commit failed: ${String(error)}` });
		}
	};

	const changed = (event: ProgressEvent | undefined) => {
		if (event && !MEANINGFUL.has(event.type)) return;
		if (timer === undefined) timer = setTimeout(commitLater, commitDelay);
	};

	const terminate = () => {
		if (state.terminated) return;
		state.terminated = true;
		try {
			clearTimers();
			if (recording !== 'none') {
				writer.write();
				set(
					model.elements.sessionTime,
					model.formatSessionTime(now().getTime() - startedAt.getTime()),
				);
				if (api.commit()) accepted();
				else fail('Commit', 'The LMS refused the final save.');
			}
		} catch (error) {
			log.add({ level: 'error', message: `Final save failed: ${String(error)}` });
		}
		if (api.terminate()) log.add({ level: 'info', message: 'Terminated.' });
		else fail(api.version === '1.2' ? 'LMSFinish' : 'Terminate', 'Terminate failed.');
	};

	return { commit, changed, terminate };
}
