/**
 * One SCORM session per launch. The launcher page starts it, exposes it as
 * `window.ripScormSession` and shows the lessons in a same-origin frame whose progress store
 * writes through `ScormProgressStorage`, so moving between lessons never re-initialises.
 *
 * Lifecycle: find the API; Initialize once; read entry, credit, mode, learner, status, location
 * and suspend data; on a first launch write `incomplete` before anything else (`launch.ts`);
 * decode suspend data and merge it with the local safety net (`ready`, `restore.ts`). Then every
 * progress event is kept in the safety net at once, and its LMS writes (score before status,
 * location, suspend data, exit, interactions: `write.ts`) go out with one Commit per burst of
 * changes (`commitDelay`); after refused saves in a row `onLmsSaveChange` tells the page, so it can
 * tell the learner (`save-trouble.ts`). `terminate()` writes session time, commits and calls
 * Terminate/LMSFinish once (`commit.ts`). `adl.nav.request` is never written: the LMS's own
 * navigation decides what happens after the SCO. The SCO is one module or the whole course
 * (`scope.ts`).
 */
import { wrapApi, type ApiVersion, type ScormApi } from '../api.ts';
import { findApi } from '../find-api.ts';
import type { ScormVersion } from '../module-info.ts';
import { newAttemptId } from '../suspend-data/index.ts';
import { COMMIT_DELAY, createCommits } from './commit.ts';
import { initialize, markStarted, readLaunch } from './launch.ts';
import { lmsCalls } from './lms.ts';
import { createLog, type SessionLog } from './log.ts';
import { createDeviceCopy } from './restore.ts';
import { scoScope } from './scope.ts';
import { standaloneSession } from './standalone.ts';
import type { ScormSession, ScormSessionOptions, SessionState } from './types.ts';
import { createInteractionQueue, createStateWriter } from './write.ts';

export { mergeModuleProgress } from './merge.ts';
export { courseOutcome, moduleOutcome } from './scope.ts';
export type {
	LaunchData,
	Recording,
	SafetyNet,
	SafetyNetRecord,
	ScormLogEntry,
	ScormSession,
	ScormSessionOptions,
} from './types.ts';

/** Sessions by LMS API object, so a second start in the same page cannot Initialize again. */
const sessions = new WeakMap<object, ScormSession>();

function apiVersion(version: ScormVersion): ApiVersion {
	return version === '1.2' ? '1.2' : '2004';
}

/**
 * Starts the launch's session: finds the LMS API in `win`'s frames and opener and Initializes
 * it. Without an API, or if Initialize fails, returns a `standalone` session that makes no LMS
 * calls. Calling it again for the same API returns the first session. Never throws.
 */
export function startScormSession(options: ScormSessionOptions): ScormSession {
	const now = options.now ?? (() => new Date());
	const log = createLog(options, now);
	const version = apiVersion(options.version);
	const raw = findApi(options.win, version);
	if (!raw) {
		return standaloneSession(
			options,
			`No SCORM ${version} LMS connection was found, so progress is kept on this device only.`,
			log,
		);
	}
	const existing = sessions.get(raw);
	if (existing && !existing.terminated) return existing;
	const session = lmsSession(options, wrapApi(raw, version), now, log);
	if (session.mode === 'lms') sessions.set(raw, session);
	return session;
}

function lmsSession(
	options: ScormSessionOptions,
	api: ScormApi,
	now: () => Date,
	log: SessionLog,
): ScormSession {
	const { reporting, safetyNet } = options;
	const scope = scoScope(options.info);
	const { moduleIds } = scope;
	const lms = lmsCalls(api, log);
	const startedAt = now();
	if (!initialize(lms, log)) {
		return standaloneSession(
			options,
			'The LMS did not start a session, so progress is kept on this device only.',
			log,
		);
	}
	const launch = readLaunch(lms, log, options.version);
	const { learner, recording } = launch;
	const rank = markStarted(lms, launch);

	const decoded = scope.decode(launch.suspendData);
	for (const problem of decoded.problems) log.add({ level: 'warn', message: problem });
	const lmsHasData = launch.suspendData.trim() !== '';
	const shared: SessionState = {
		current: decoded.progress,
		attempt: decoded.attempt,
		confirmed: lmsHasData,
		terminated: false,
	};
	const fromLms = { ...shared.current };
	const interactions = createInteractionQueue({
		lms,
		scope,
		supported: launch.data.interactionCount !== undefined,
		recording,
		now,
		log,
	});
	const copy = createDeviceCopy({
		safetyNet,
		learnerId: learner.id,
		scope,
		state: shared,
		recording,
		log,
	});
	const writer = createStateWriter({
		lms,
		scope,
		state: shared,
		recording,
		reporting,
		rank,
		interactions,
		log,
	});
	const commits = createCommits({
		lms,
		state: shared,
		recording,
		writer,
		copy,
		commitDelay: options.commitDelay ?? COMMIT_DELAY,
		now,
		startedAt,
		log,
		...(options.onLmsSaveChange ? { onLmsSaveChange: options.onLmsSaveChange } : {}),
	});
	const nameAttempt = () => {
		shared.attempt ||= (options.newAttemptId ?? newAttemptId)();
	};

	const ready = (async () => {
		try {
			await copy.restore({
				fromLms,
				lmsHasData,
				send: () => {
					nameAttempt();
					commits.commit();
				},
			});
		} catch (error) {
			log.add({ level: 'warn', message: `The safety net could not be read: ${String(error)}` });
		}
		nameAttempt();
	})();

	return {
		mode: 'lms',
		problem: undefined,
		version: options.version,
		scoId: scope.id,
		moduleIds,
		learner,
		recording,
		launch: launch.data,
		ready,
		get attempt() {
			return shared.attempt;
		},
		learnerName: '',
		state: (moduleId = moduleIds[0] ?? '') => shared.current[moduleId],
		progress: () => ({ ...shared.current }),
		record(event, state) {
			let kept: Promise<void> = Promise.resolve();
			try {
				if (event && !scope.module(event.moduleId)) return kept;
				const changed = (event ? [event.moduleId] : moduleIds).filter(
					(id) => state.modules[id] !== undefined,
				);
				if (changed.length === 0) return kept;
				shared.current = { ...shared.current };
				for (const id of changed) shared.current[id] = state.modules[id]!;
				// Review and browse change nothing, not even the copy a later launch would send.
				if (recording === 'none') return kept;
				kept = copy.save(changed);
				if (shared.terminated) {
					log.add({
						level: 'warn',
						message: 'A change arrived after Terminate; it is kept on this device.',
					});
					return kept;
				}
				if (event) interactions.track(event);
				commits.changed(event);
			} catch (error) {
				log.add({ level: 'error', message: `Recording failed: ${String(error)}` });
			}
			return kept;
		},
		commit() {
			try {
				return commits.commit();
			} catch (error) {
				log.add({ level: 'error', message: `Commit failed: ${String(error)}` });
				return false;
			}
		},
		terminate: () => commits.terminate(),
		get terminated() {
			return shared.terminated;
		},
		entries: () => [...log.entries],
	};
}
