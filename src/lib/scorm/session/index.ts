/**
 * One SCORM session per launch. The launcher page starts it, exposes it as
 * `window.ripScormSession` and shows the lessons in a same-origin frame whose progress store
 * writes through `ScormProgressStorage`, so moving between lessons never re-initialises.
 *
 * Lifecycle: find the API; Initialize once; read entry, credit, mode, learner, status, location
 * and suspend data; on a first launch write `incomplete` before anything else; decode suspend
 * data and merge it with the local safety net (`ready`). Then every progress event is kept in
 * the safety net at once, and its LMS writes (score before status, location, suspend data,
 * exit, interactions) go out with one Commit per burst of changes (`commitDelay`). `terminate()`
 * writes session time, commits and calls Terminate/LMSFinish once. `adl.nav.request` is never
 * written: the LMS's own navigation decides what happens after the SCO.
 *
 * Rules from issue 3 ("Runtime", "What real LMSs do"):
 * - Never downgrade: in review or browse mode nothing is written; with `credit = no-credit` or a
 *   record the LMS already holds as finished, status and score are never written; and no status
 *   of a lower rank than the LMS holds (`StatusRank`) is ever written.
 * - LMS errors are logged with GetLastError/GetErrorString/GetDiagnostic and never thrown. A
 *   failed Commit is retried after a pause, with the next change and at terminate; the safety net
 *   keeps the learner's work, and the next launch writes it to the LMS.
 * - An LMS without `cmi.interactions` or `_count` gets no interactions; interactions go at
 *   `_count`, read before each one, so earlier ones in the attempt are never overwritten.
 *
 * Attempts (issue 7): suspend data carries an attempt id, and the safety net keeps it beside
 * the device's copy with `confirmed`, set once the LMS has accepted a Commit of that attempt.
 * At launch the device's copy is merged only when it is of the attempt the LMS holds; when the
 * LMS holds nothing, it is restored only if the LMS never confirmed it (the commits were lost).
 * A copy the LMS had confirmed and no longer holds means the LMS started a new attempt, or an
 * administrator reset the learner: the copy is set aside and the learner starts clean.
 *
 * The SCO is one module or the whole course (`scope.ts`).
 */
import type {
	ModuleProgress,
	ProgressEvent,
	ProgressEventType,
} from '../../../schemas/progress.ts';
import { wrapApi, type ApiVersion, type ScormApi } from '../api.ts';
import type { DataModel, StatusRank } from '../data-model.ts';
import { findApi } from '../find-api.ts';
import {
	questionInteraction,
	scenarioChoiceInteraction,
	type Interaction,
} from '../interactions.ts';
import type { ScormVersion } from '../module-info.ts';
import { scorm12 } from '../scorm12.ts';
import { scorm2004 } from '../scorm2004.ts';
import { newAttemptId, type TrimLevel } from '../suspend-data/index.ts';
import { createLog, type SessionLog } from './log.ts';
import { mergeModuleProgress, time } from './merge.ts';
import { scoScope } from './scope.ts';
import { standaloneSession } from './standalone.ts';
import type {
	LaunchData,
	Recording,
	SafetyNetRecord,
	ScormSession,
	ScormSessionOptions,
} from './types.ts';

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

const COMMIT_DELAY = 500;
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
	const model: DataModel = api.version === '1.2' ? scorm12 : scorm2004;
	const scope = scoScope(options.info);
	const { moduleIds } = scope;
	const commitDelay = options.commitDelay ?? COMMIT_DELAY;

	const fail = (call: string, message: string) => {
		log.add({ level: 'error', message, call, error: api.lastError() });
	};
	const get = (element: string): string => {
		const value = api.getValue(element);
		if (value === '') {
			const error = api.lastError();
			if (error.code !== '0' && !model.emptyValueCodes.includes(error.code)) {
				log.add({
					level: 'warn',
					message: `The LMS gave no value for ${element}.`,
					call: `GetValue ${element}`,
					error,
				});
			}
		}
		return value;
	};
	const set = (element: string, value: string): boolean => {
		if (api.setValue(element, value)) return true;
		fail(`SetValue ${element}`, `The LMS refused a value for ${element}.`);
		return false;
	};

	const startedAt = now();
	if (!api.initialize()) {
		const error = api.lastError();
		// 103 "Already Initialized" (SCORM 2004 RTE 3.1.7): a session is open, so use it.
		if (error.code !== '103') {
			log.add({ level: 'error', message: 'Initialize failed.', call: 'Initialize', error });
			return standaloneSession(
				options,
				'The LMS did not start a session, so progress is kept on this device only.',
				log,
			);
		}
		log.add({ level: 'warn', message: 'The LMS says the session is already open.', error });
	}

	const { elements } = model;
	const entry = get(elements.entry);
	const credit = get(elements.credit) || 'credit';
	const lessonMode = get(elements.mode) || 'normal';
	const learner = { id: get(elements.learnerId), name: get(elements.learnerName) };
	const status = model.readStatus(get);
	// A 2004 attempt that starts ab initio has no location or suspend data, and asking for them
	// is error 403 "Value Not Initialized" (SCORM 2004 RTE 3.1.7); 1.2 answers "" without error.
	const fresh = api.version === '2004' && entry === 'ab-initio';
	const location = fresh ? '' : get(elements.location);
	const suspendData = fresh ? '' : get(elements.suspendData);
	const countText = get(elements.interactionCount);
	const launchCount = /^\d+$/.test(countText.trim()) ? Number(countText) : undefined;

	const recording: Recording =
		lessonMode === 'review' || lessonMode === 'browse'
			? 'none'
			: credit === 'no-credit' || status.rank === 3
				? 'no-result'
				: 'full';
	const launch: LaunchData = {
		entry,
		credit,
		mode: lessonMode,
		status: status.text,
		statusRank: status.rank,
		location,
		suspendDataLength: suspendData.length,
		interactionCount: launchCount,
	};
	log.add({
		level: 'info',
		message: `Initialized SCORM ${options.version}: entry "${entry}", credit "${credit}", mode "${lessonMode}", ${status.text}; recording ${recording}.`,
	});

	/** Highest status rank the LMS holds, as read at launch or written since. */
	let rank: StatusRank = status.rank;
	if (recording === 'full' && status.rank === 0) {
		// An LMS may record "completed" for a SCO that finishes while "not attempted" (issue 3).
		let started = true;
		for (const [element, value] of model.startWrites) started = set(element, value) && started;
		if (started) rank = 1;
		if (!api.commit()) fail('Commit', 'The LMS refused to save the first-launch status.');
	}

	const decoded = scope.decode(suspendData);
	for (const problem of decoded.problems) log.add({ level: 'warn', message: problem });
	const lmsHasData = suspendData.trim() !== '';
	let current: Record<string, ModuleProgress> = decoded.progress;
	const fromLms = { ...current };
	/** The attempt the LMS holds; a new one is made once the device's copy has been looked at. */
	let attempt = decoded.attempt;
	/** Whether the LMS has accepted a Commit of `attempt`: it does once it holds its data. */
	let confirmed = lmsHasData;

	let interactionsSupported = launchCount !== undefined;
	if (!interactionsSupported && recording !== 'none') {
		log.add({
			level: 'info',
			message: 'The LMS has no cmi.interactions._count, so no interactions are recorded.',
		});
	}
	let pending: Interaction[] = [];
	/** When the learner last started on a question: a lesson opened or the last answer. */
	let questionAnchor: number | undefined;
	const nodeAnchors = new Map<string, number>();
	const written = new Map<string, string>();
	let lastScore: number | undefined;
	let lastTrim: TrimLevel = 'nothing';
	let timer: ReturnType<typeof setTimeout> | undefined;
	let retry: ReturnType<typeof setTimeout> | undefined;
	let retries = 0;
	let refusedThisLaunch = false;
	let terminated = false;

	const keyFor = (moduleId: string) =>
		learner.id ? scope.safetyNetKey(learner.id, moduleId) : undefined;
	if (!learner.id && safetyNet) {
		log.add({
			level: 'info',
			message: 'The LMS gave no learner id, so the safety net on this device is not used.',
		});
	}

	const saveLocally = (ids: readonly string[]) => {
		for (const id of ids) {
			const key = keyFor(id);
			const progress = current[id];
			if (!safetyNet || !key || !progress) continue;
			safetyNet.save(key, { progress, attempt, confirmed }).catch((error: unknown) => {
				log.add({ level: 'warn', message: `The safety net could not save: ${String(error)}` });
			});
		}
	};

	/** The lesson to show on relaunch: the bookmark of the module worked on last. */
	function bookmark(): string | undefined {
		const latest = Object.values(current)
			.filter((progress) => progress.bookmark !== undefined)
			.sort((a, b) => time(b.updatedAt) - time(a.updatedAt))[0];
		return latest?.bookmark;
	}

	const setOnce = (element: string, value: string): boolean => {
		if (written.get(element) === value) return true;
		if (!set(element, value)) return false;
		written.set(element, value);
		return true;
	};

	const writeInteractions = () => {
		const queue = pending;
		pending = [];
		for (const interaction of queue) {
			if (!interactionsSupported) return;
			const text = api.getValue(elements.interactionCount).trim();
			if (!/^\d+$/.test(text)) {
				interactionsSupported = false;
				log.add({
					level: 'warn',
					message: 'cmi.interactions._count stopped answering; no more interactions are recorded.',
					error: api.lastError(),
				});
				return;
			}
			const [first, ...rest] = model.interactionWrites(Number(text), interaction);
			if (!first) continue;
			if (!set(...first)) {
				// Error 401: the LMS lacks the element (1.2), or "Undefined Data Model Element" (2004).
				if (api.lastError().code === '401') interactionsSupported = false;
				continue;
			}
			for (const write of rest) set(...write);
		}
	};

	/** Everything but Commit: score, status, location, suspend data, exit, interactions. */
	const writeState = () => {
		if (Object.keys(current).length > 0) {
			if (recording === 'full') {
				const { outcome: result, score } = scope.outcome(current);
				// Score before status: some LMSs (Cornerstone) record 0 otherwise (issue 3).
				if (score !== undefined && !(rank === 3 && lastScore !== undefined && score < lastScore)) {
					let ok = true;
					for (const [element, value] of model.scoreWrites(score)) {
						ok = setOnce(element, value) && ok;
					}
					if (ok) lastScore = score;
				}
				const next = model.statusWrites(result, reporting);
				if (next.rank >= rank) {
					let ok = true;
					for (const [element, value] of next.writes) ok = setOnce(element, value) && ok;
					if (ok) rank = next.rank;
				}
			}
			const lesson = bookmark();
			if (lesson !== undefined && lesson.length <= model.locationLimit) {
				setOnce(elements.location, lesson);
			}
			const fitted = scope.fit(current, model.suspendDataLimit, attempt);
			if (fitted) {
				if (fitted.trimmed !== lastTrim) {
					lastTrim = fitted.trimmed;
					log.add({
						level: 'warn',
						message: `Suspend data trimmed to fit ${model.suspendDataLimit} characters; left out up to: ${fitted.trimmed}.`,
					});
				}
				setOnce(elements.suspendData, fitted.value);
			}
		}
		setOnce(elements.exit, model.exitValue(rank === 3));
		writeInteractions();
	};

	/**
	 * After a Commit the LMS accepted: the attempt is now the LMS's, so say so on the device. Not
	 * after a refused Commit in the same launch: Moodle marks what it tried to send as sent even
	 * when the request fails, and does not send an unchanged value again (CollectData() in
	 * mod/scorm/datamodels/scorm_12.js and scorm_13.js), so a later success proves nothing; the
	 * next launch, seeing the attempt in the LMS's data, does.
	 */
	const accepted = () => {
		if (confirmed || refusedThisLaunch || !written.get(elements.suspendData)) return;
		confirmed = true;
		saveLocally(Object.keys(current));
	};

	const clearTimers = () => {
		if (timer !== undefined) clearTimeout(timer);
		if (retry !== undefined) clearTimeout(retry);
		timer = retry = undefined;
	};

	const commit = (): boolean => {
		clearTimers();
		if (terminated || recording === 'none') return false;
		writeState();
		if (api.commit()) {
			retries = 0;
			accepted();
			return true;
		}
		refusedThisLaunch = true;
		fail('Commit', 'The LMS refused to save; the work is kept on this device and sent again.');
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

	const schedule = () => {
		if (timer === undefined) timer = setTimeout(commitLater, commitDelay);
	};

	const track = (event: ProgressEvent) => {
		const at = Number.isFinite(time(event.at)) ? time(event.at) : now().getTime();
		const info = scope.module(event.moduleId);
		switch (event.type) {
			case 'lesson-visited':
			case 'question-reset':
				questionAnchor = at;
				return;
			case 'scenario-node-entered':
				nodeAnchors.set(`${event.scenarioId} ${event.nodeId}`, at);
				return;
			case 'question-answered': {
				const question = info?.questions.find((candidate) => candidate.id === event.questionId);
				const latency = questionAnchor === undefined ? undefined : at - questionAnchor;
				questionAnchor = at;
				if (question && interactionsSupported) {
					pending.push(questionInteraction(api.version, question, event, new Date(at), latency));
				}
				return;
			}
			case 'scenario-choice-made': {
				const scenario = info?.scenarios.find((candidate) => candidate.id === event.scenarioId);
				const entered = nodeAnchors.get(`${event.scenarioId} ${event.nodeId}`);
				const interaction =
					scenario &&
					scenarioChoiceInteraction(
						api.version,
						scenario,
						event.choiceId,
						new Date(at),
						entered === undefined ? undefined : at - entered,
					);
				if (interaction && interactionsSupported) pending.push(interaction);
				return;
			}
			default:
				return;
		}
	};

	/**
	 * Brings in the device's copy where it belongs to this attempt (see the module comment), then
	 * names the attempt if the LMS holds none yet.
	 */
	const restore = async () => {
		if (!safetyNet || !learner.id) return;
		const records = new Map<string, SafetyNetRecord>();
		for (const id of moduleIds) {
			const key = keyFor(id);
			const record = key ? await safetyNet.load(key) : undefined;
			if (record?.progress.moduleId === id) records.set(id, record);
		}
		if (records.size === 0) return;
		const ofThisAttempt = [...records].filter(([, record]) =>
			lmsHasData ? (record.attempt ?? '') === attempt : record.confirmed === false,
		);
		if (ofThisAttempt.length < records.size) {
			log.add({
				level: 'info',
				message: lmsHasData
					? 'The copy on this device is of another LMS attempt, so the LMS’s record is used.'
					: 'The LMS has started a new attempt (or the record was reset), so the copy of the earlier attempt on this device is not used.',
			});
		}
		if (!lmsHasData) attempt = ofThisAttempt[0]?.[1].attempt ?? attempt;
		let changed = false;
		for (const [id, record] of ofThisAttempt) {
			const merged = mergeModuleProgress(
				current[id],
				record.progress,
				scope.module(id)?.summary.assessmentQuestionIds,
			);
			if (!merged) continue;
			current = { ...current, [id]: merged };
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
			if (recording !== 'none' && !terminated) {
				attempt ||= (options.newAttemptId ?? newAttemptId)();
				commit();
			}
		}
	};

	const ready = (async () => {
		try {
			await restore();
		} catch (error) {
			log.add({ level: 'warn', message: `The safety net could not be read: ${String(error)}` });
		}
		attempt ||= (options.newAttemptId ?? newAttemptId)();
	})();

	const session: ScormSession = {
		mode: 'lms',
		problem: undefined,
		version: options.version,
		scoId: scope.id,
		moduleIds,
		learner,
		recording,
		launch,
		ready,
		get attempt() {
			return attempt;
		},
		learnerName: '',
		state: (moduleId = moduleIds[0] ?? '') => current[moduleId],
		progress: () => ({ ...current }),
		record(event, state) {
			try {
				if (event && !scope.module(event.moduleId)) return;
				const changed = (event ? [event.moduleId] : moduleIds).filter(
					(id) => state.modules[id] !== undefined,
				);
				if (changed.length === 0) return;
				current = { ...current };
				for (const id of changed) current[id] = state.modules[id]!;
				// Review and browse change nothing, not even the copy a later launch would send.
				if (recording === 'none') return;
				saveLocally(changed);
				if (terminated) {
					log.add({
						level: 'warn',
						message: 'A change arrived after Terminate; it is kept on this device.',
					});
					return;
				}
				if (event) track(event);
				if (!event || MEANINGFUL.has(event.type)) schedule();
			} catch (error) {
				log.add({ level: 'error', message: `Recording failed: ${String(error)}` });
			}
		},
		commit() {
			try {
				return commit();
			} catch (error) {
				log.add({ level: 'error', message: `Commit failed: ${String(error)}` });
				return false;
			}
		},
		terminate() {
			if (terminated) return;
			terminated = true;
			try {
				clearTimers();
				if (recording !== 'none') {
					writeState();
					set(elements.sessionTime, model.formatSessionTime(now().getTime() - startedAt.getTime()));
					if (api.commit()) accepted();
					else fail('Commit', 'The LMS refused the final save.');
				}
			} catch (error) {
				log.add({ level: 'error', message: `Final save failed: ${String(error)}` });
			}
			if (api.terminate()) log.add({ level: 'info', message: 'Terminated.' });
			else fail(api.version === '1.2' ? 'LMSFinish' : 'Terminate', 'Terminate failed.');
		},
		get terminated() {
			return terminated;
		},
		entries: () => [...log.entries],
	};
	return session;
}
