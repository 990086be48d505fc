/**
 * The device's copy of the learner's progress (the safety net) and how it meets the LMS's.
 *
 * Attempts (issue 7): suspend data carries an attempt id, and the safety net keeps it beside
 * the device's copy with `confirmed`, set once the LMS has accepted a Commit of that attempt.
 * At launch the device's copy is merged only when it is of the attempt the LMS holds; when the
 * LMS holds nothing, it is restored only if the LMS never confirmed it (the commits were lost).
 * A copy the LMS had confirmed and no longer holds means the LMS started a new attempt, or an
 * administrator reset the learner: the copy is set aside and the learner starts clean.
 */
import type { ModuleProgress } from '../../../schemas/progress.ts';
import type { SessionLog } from './log.ts';
import { mergeModuleProgress } from './merge.ts';
import type { ScoScope } from './scope.ts';
import type { Recording, SafetyNet, SafetyNetRecord, SessionState } from './types.ts';

export interface DeviceCopyOptions {
	safetyNet: SafetyNet | undefined;
	/** The LMS's learner id; `''` when it gave none, and then the safety net is not used. */
	learnerId: string;
	scope: ScoScope;
	state: SessionState;
	recording: Recording;
	log: SessionLog;
}

export interface DeviceCopy {
	/**
	 * Keeps these modules' progress on the device, with the attempt and `confirmed`. Resolves
	 * once every write has settled; never rejects (a failed write is logged).
	 */
	save(ids: readonly string[]): Promise<void>;
	/**
	 * Brings in the device's copy where it belongs to this attempt (see the module comment), and
	 * names the attempt from it if the LMS holds none. When that adds work the LMS lacks and the
	 * session records, calls `send` to write it to the LMS.
	 */
	restore(launch: {
		/** What the LMS's suspend data held, by module id. */
		fromLms: Readonly<Record<string, ModuleProgress>>;
		lmsHasData: boolean;
		send: () => void;
	}): Promise<void>;
}

export function createDeviceCopy(options: DeviceCopyOptions): DeviceCopy {
	const { safetyNet, learnerId, scope, state, recording, log } = options;
	const keyFor = (moduleId: string) =>
		learnerId ? scope.safetyNetKey(learnerId, moduleId) : undefined;
	if (!learnerId && safetyNet) {
		log.add({
			level: 'info',
			message: 'The LMS gave no learner id, so the safety net on this device is not used.',
		});
	}

	const save = async (ids: readonly string[]) => {
		const writes: Array<Promise<void>> = [];
		for (const id of ids) {
			const key = keyFor(id);
			const progress = state.current[id];
			if (!safetyNet || !key || !progress) continue;
			const { attempt, confirmed } = state;
			writes.push(
				safetyNet.save(key, { progress, attempt, confirmed }).catch((error: unknown) => {
					log.add({ level: 'warn', message: `The safety net could not save: ${String(error)}` });
				}),
			);
		}
		await Promise.all(writes);
	};

	const restore: DeviceCopy['restore'] = async ({ fromLms, lmsHasData, send }) => {
		if (!safetyNet || !learnerId) return;
		const records = new Map<string, SafetyNetRecord>();
		for (const id of scope.moduleIds) {
			const key = keyFor(id);
			const record = key ? await safetyNet.load(key) : undefined;
			if (record?.progress.moduleId === id) records.set(id, record);
		}
		if (records.size === 0) return;
		const ofThisAttempt = [...records].filter(([, record]) =>
			lmsHasData ? (record.attempt ?? '') === state.attempt : record.confirmed === false,
		);
		if (ofThisAttempt.length < records.size) {
			log.add({
				level: 'info',
				message: lmsHasData
					? 'The copy on this device is of another LMS attempt, so the LMS’s record is used.'
					: 'The LMS has started a new attempt (or the record was reset), so the copy of the earlier attempt on this device is not used.',
			});
		}
		if (!lmsHasData) state.attempt = ofThisAttempt[0]?.[1].attempt ?? state.attempt;
		let changed = false;
		for (const [id, record] of ofThisAttempt) {
			const merged = mergeModuleProgress(
				state.current[id],
				record.progress,
				scope.module(id)?.summary.assessmentQuestionIds,
			);
			if (!merged) continue;
			state.current = { ...state.current, [id]: merged };
			const before = fromLms[id];
			changed ||= !before || JSON.stringify(before) !== JSON.stringify(merged);
		}
		if (changed) {
			log.add({
				level: 'info',
				message:
					recording === 'none'
						? 'Work kept on this device that the LMS does not have is shown; in this mode it is not sent.'
						: 'Work kept on this device that the LMS did not have is being sent now.',
			});
			if (recording !== 'none' && !state.terminated) send();
		}
	};

	return { save, restore };
}
