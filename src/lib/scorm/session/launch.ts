/**
 * The start of an LMS session: Initialize once, then read entry, credit, mode, learner, status,
 * location and suspend data, decide what the session may write (`Recording`), and on a first
 * launch write `incomplete` before anything else.
 */
import type { StatusRank } from '../data-model.ts';
import type { ScormVersion } from '../module-info.ts';
import type { Lms } from './lms.ts';
import type { SessionLog } from './log.ts';
import type { LaunchData, Recording } from './types.ts';

/** What the LMS handed over at launch. */
export interface Launch {
	readonly data: LaunchData;
	readonly learner: { id: string; name: string };
	readonly recording: Recording;
	readonly suspendData: string;
}

/**
 * Initialize; `false` when the LMS did not start a session. 103 "Already Initialized" (SCORM
 * 2004 RTE 3.1.7) means a session is open, so it is used.
 */
export function initialize({ api }: Lms, log: SessionLog): boolean {
	if (api.initialize()) return true;
	const error = api.lastError();
	if (error.code !== '103') {
		log.add({ level: 'error', message: 'Initialize failed.', call: 'Initialize', error });
		return false;
	}
	log.add({ level: 'warn', message: 'The LMS says the session is already open.', error });
	return true;
}

/** Reads what the LMS holds for this launch and logs it. */
export function readLaunch(
	{ api, model, get }: Lms,
	log: SessionLog,
	version: ScormVersion,
): Launch {
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
	const data: LaunchData = {
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
		message: `Initialized SCORM ${version}: entry "${entry}", credit "${credit}", mode "${lessonMode}", ${status.text}; recording ${recording}.`,
	});
	return { data, learner, recording, suspendData };
}

/**
 * Marks a first launch as started when the session records in full, and returns the highest
 * status rank the LMS now holds.
 */
export function markStarted({ api, model, set, fail }: Lms, launch: Launch): StatusRank {
	const { statusRank } = launch.data;
	if (launch.recording !== 'full' || statusRank !== 0) return statusRank;
	// An LMS may record "completed" for a SCO that finishes while "not attempted" (issue 3).
	let started = true;
	for (const [element, value] of model.startWrites) started = set(element, value) && started;
	if (!api.commit()) fail('Commit', 'The LMS refused to save the first-launch status.');
	return started ? 1 : statusRank;
}
