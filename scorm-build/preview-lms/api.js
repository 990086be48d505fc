// @ts-check
/**
 * The API the preview LMS hands a SCO: a thin wrapper of scorm-again's Scorm12API or
 * Scorm2004API (`window.API` or `window.API_1484_11`) that logs every call, applies the chosen
 * profile's rules (profiles.js) on top of scorm-again's, stores the data at each successful
 * Commit and Terminate as the profile's LMS would, and plays a less helpful LMS on request
 * (errors from Initialize, Commit or Terminate, a refused cmi.suspend_data, no cmi.interactions,
 * no mode).
 */
import { updateActivity } from './attempts.js';
import { flatten, unflatten } from './cmi-flat.js';
import {
	addRow,
	byId,
	note,
	readSettings,
	renderStored,
	renderSummary,
	setStatus,
} from './page.js';
import { collectChanges, writable } from './profile-moodle.js';
import { checkSetValue, finishStatus12 } from './profiles.js';
import { lmsState, sinceLaunch, sync } from './state.js';
import { formatDuration, formatTimespan, parseDuration, parseTimespan } from './time.js';

/**
 * @typedef {import('./cmi-flat.js').Flat} Flat
 * @typedef {import('./profiles.js').ProfileId} ProfileId
 * @typedef {import('./state.js').Call} Call
 * @typedef {import('./state.js').StoredRecord} StoredRecord
 */

const NAMES = {
	1.2: {
		initialize: 'LMSInitialize',
		terminate: 'LMSFinish',
		getValue: 'LMSGetValue',
		setValue: 'LMSSetValue',
		commit: 'LMSCommit',
		getLastError: 'LMSGetLastError',
		getErrorString: 'LMSGetErrorString',
		getDiagnostic: 'LMSGetDiagnostic',
	},
	2004: {
		initialize: 'Initialize',
		terminate: 'Terminate',
		getValue: 'GetValue',
		setValue: 'SetValue',
		commit: 'Commit',
		getLastError: 'GetLastError',
		getErrorString: 'GetErrorString',
		getDiagnostic: 'GetDiagnostic',
	},
};

/**
 * The current launch's LMS-side objects. For moodle-4.5: `baseline` holds the values Moodle's
 * player compares a commit with (profile-moodle.js collectChanges), `launched` the elements it
 * delivered a value for, `touched` the elements the SCO has set since launch, and `launchTotal`
 * the total time it delivered, to which Terminate adds the session time.
 * @typedef {{ inner: any; record: StoredRecord; api: '1.2' | '2004'; profile: ProfileId;
 *   baseline: Flat; launched: Set<string>; touched: Set<string>; launchTotal: number }} Session
 */

/**
 * @param {any} inner scorm-again API instance
 * @param {Session} state
 * @param {number} launch
 */
export function createApi(inner, state, launch) {
	const { record, profile } = state;
	const version = state.api;
	const names = NAMES[version];
	const is12 = version === '1.2';
	const codes = is12
		? { init: '101', commit: '101', terminate: '101', notImplemented: '401', unset: '0' }
		: { init: '102', commit: '391', terminate: '111', notImplemented: '401', unset: '403' };
	const exitElement = is12 ? 'cmi.core.exit' : 'cmi.exit';
	const totalElement = is12 ? 'cmi.core.total_time' : 'cmi.total_time';
	/** An error this wrapper reports instead of scorm-again's. @type {null | { code: string; diagnostic: string }} */
	let forced = null;
	let n = 0;

	function snapshot() {
		return JSON.parse(JSON.stringify(inner.renderCMIToJSONObject().cmi ?? {}));
	}

	/** @param {any} cmi */
	function sessionSeconds(cmi) {
		return is12
			? parseTimespan(cmi.core?.session_time ?? '')
			: parseDuration(cmi.session_time ?? '');
	}

	/**
	 * moodle-4.5: the elements Moodle's CollectData() sends now, which for 1.2 also moves the
	 * values it compares with (even if the request then fails).
	 * @param {any} cmi
	 */
	function collect(cmi) {
		// Moodle's own data model starts from the values it delivered, so an element the SCO has
		// not set still holds that value and is not sent; scorm-again's may differ (cmi.exit is
		// loaded empty). 1.2 lesson_status starts as "not attempted" in both.
		const current = Object.fromEntries(
			Object.entries(writable(version, flatten(cmi))).filter(
				([element]) =>
					state.touched.has(element) ||
					!state.launched.has(element) ||
					element === 'cmi.core.lesson_status',
			),
		);
		const { send, baseline } = collectChanges(version, current, state.baseline);
		state.baseline = baseline;
		const stored = flatten(record.cmi ?? {});
		const held = Object.keys(current).filter(
			(element) => !(element in send) && element in stored && stored[element] !== current[element],
		);
		if (held.length > 0) {
			note(
				`Moodle does not send ${held.map((e) => `${e} = ${JSON.stringify(current[e])}`).join(', ')}: equal to the value it last delivered or sent, so the stored value stays (CollectData).`,
			);
		}
		return send;
	}

	/**
	 * Like an LMS, keep the data of a successful Commit/Terminate.
	 * @param {boolean} final
	 * @param {string | null} finalStatus 1.2 lesson_status decided by the profile at LMSFinish
	 */
	function persist(final, finalStatus) {
		const cmi = snapshot();
		if (finalStatus !== null) cmi.core.lesson_status = finalStatus;
		const sessionTime = sessionSeconds(cmi);
		if (profile === 'moodle-4.5') {
			// Tracks: one value per element, overwritten only by what the player sends.
			const send = collect(cmi);
			// TotalTime(): total delivered at launch + this session, sent at Terminate/LMSFinish.
			if (final) {
				const total = state.launchTotal + sessionTime;
				send[totalElement] = is12 ? formatTimespan(total) : formatDuration(total);
			}
			const stored = { ...flatten(record.cmi ?? {}), ...send };
			record.cmi = unflatten(stored);
			record.lastExit = stored[exitElement] ?? '';
			record.totalSeconds = is12
				? parseTimespan(stored[totalElement] ?? '')
				: parseDuration(stored[totalElement] ?? '');
			record.pendingSeconds = 0;
		} else {
			record.cmi = cmi;
			record.lastExit = is12 ? (cmi.core?.exit ?? '') : (cmi.exit ?? '');
			if (final) {
				record.totalSeconds += sessionTime;
				record.pendingSeconds = 0;
			} else {
				record.pendingSeconds = sessionTime;
			}
		}
		if (final) record.sessions += 1;
		renderStored();
		updateActivity();
	}

	/** 1.2: the status the profile stores at LMSFinish, from the data model before LMSFinish. */
	function statusAtFinish() {
		if (!is12 || profile === 'scorm-again') return null;
		const before = snapshot();
		const settings = lmsState.current?.settings;
		const status = before.core?.lesson_status ?? '';
		const decided = finishStatus12(profile, {
			status,
			scoreRaw: before.core?.score?.raw ?? '',
			masteryScore: before.student_data?.mastery_score ?? '',
			credit: before.core?.credit ?? '',
			mode: before.core?.lesson_mode ?? '',
			masteryOverride: settings?.masteryOverride ?? true,
		});
		if (decided)
			note(`Status ${JSON.stringify(status)} stored as "${decided.status}": ${decided.why}.`);
		return decided ? decided.status : status;
	}

	/**
	 * @param {string} method
	 * @param {unknown[]} args
	 * @param {() => unknown} run
	 */
	function call(method, args, run) {
		forced = null;
		let result;
		try {
			result = String(run());
		} catch (error) {
			result = 'false';
			forced = { code: '101', diagnostic: `scorm-again threw: ${String(error)}` };
		}
		const error = forced ? forced.code : String(inner[names.getLastError]());
		/** @type {Call} */
		const entry = {
			n: ++n,
			launch,
			t: sinceLaunch(),
			method,
			args: args.map(String),
			result,
			error,
		};
		if (error !== '0') {
			entry.errorString = String(inner[names.getErrorString](error));
			entry.diagnostic = forced ? forced.diagnostic : String(inner[names.getDiagnostic](error));
		}
		lmsState.calls.push(entry);
		lmsState.cmi = snapshot();
		byId('cmi').textContent = JSON.stringify(lmsState.cmi, null, 2);
		addRow(
			[
				String(entry.n),
				String(launch),
				method,
				entry.args.join(', '),
				result,
				error === '0' ? '0' : `${error} ${entry.errorString ?? ''}`,
			],
			error === '0' ? '' : 'error',
		);
		renderSummary();
		sync();
		return result;
	}

	/** @param {string} method @param {unknown[]} args @param {string} result */
	function query(method, args, result) {
		/** @type {Call} */
		const entry = {
			n: ++n,
			launch,
			t: sinceLaunch(),
			method,
			args: args.map(String),
			result,
			error: '',
		};
		lmsState.calls.push(entry);
		addRow([String(entry.n), String(launch), method, entry.args.join(', '), result, ''], '');
		sync();
		return result;
	}

	const settings = () => readSettings();
	/** @param {unknown} element */
	const isInteraction = (element) => String(element).startsWith('cmi.interactions');
	const modeElement = is12 ? 'cmi.core.lesson_mode' : 'cmi.mode';

	/** @type {Record<string, (...args: any[]) => string>} */
	const api = {
		[names.initialize]: (param = '') =>
			call(names.initialize, [param], () => {
				if (settings().initErrors && !inner.isInitialized() && !inner.isTerminated()) {
					forced = {
						code: codes.init,
						diagnostic: 'Preview LMS: simulated failure to start the session',
					};
					return 'false';
				}
				const result = inner[names.initialize](param);
				if (result === 'true') setStatus(`Launch ${launch}: initialized.`);
				return result;
			}),
		[names.terminate]: (param = '') =>
			call(names.terminate, [param], () => {
				if (settings().commitErrors === 'all' && inner.isInitialized()) {
					// Moodle's 1.2 player has already collected the values when the request fails.
					if (profile === 'moodle-4.5' && is12) collect(snapshot());
					forced = {
						code: codes.terminate,
						diagnostic: 'Preview LMS: simulated failure to save at the end of the session',
					};
					return 'false';
				}
				const finalStatus = inner.isInitialized() ? statusAtFinish() : null;
				const result = inner[names.terminate](param);
				if (result === 'true') {
					persist(true, finalStatus);
					if (lmsState.current) lmsState.current.ended = true;
					setStatus(`Launch ${launch}: terminated; the LMS stored the data.`);
				}
				return result;
			}),
		[names.getValue]: (element) =>
			call(names.getValue, [element], () => {
				if (settings().noInteractions && isInteraction(element)) {
					forced = {
						code: codes.notImplemented,
						diagnostic: 'Preview LMS: cmi.interactions not supported',
					};
					return '';
				}
				if (element === modeElement && lmsState.current?.settings.mode === 'unset') {
					forced = { code: codes.unset, diagnostic: 'Preview LMS: mode left unset' };
					return '';
				}
				return inner[names.getValue](element);
			}),
		[names.setValue]: (element, value) =>
			call(names.setValue, [element, value], () => {
				if (settings().noInteractions && isInteraction(element)) {
					forced = {
						code: codes.notImplemented,
						diagnostic: 'Preview LMS: cmi.interactions not supported',
					};
					return 'false';
				}
				if (
					settings().commitErrors === 'suspend-data' &&
					inner.isInitialized() &&
					String(element) === 'cmi.suspend_data'
				) {
					// An LMS that will not keep the work itself, as one with a smaller limit than the
					// standard's (4096 characters in 1.2, 64000 in 2004) does: 1.2 has no closer code
					// than 101 General Exception; 2004 says 351 General Set Failure (RTE 3.1.7.6).
					forced = {
						code: is12 ? '101' : '351',
						diagnostic: 'Preview LMS: simulated refusal of cmi.suspend_data',
					};
					return 'false';
				}
				if (inner.isInitialized()) {
					/** @type {Flat | null} */
					let current = null;
					const refusal = checkSetValue(
						profile,
						version,
						String(element),
						String(value),
						(other) => (current ??= flatten(snapshot()))[other],
					);
					if (refusal) {
						forced = refusal;
						return 'false';
					}
				}
				const result = inner[names.setValue](element, value);
				if (result === 'true') state.touched.add(String(element));
				return result;
			}),
		[names.commit]: (param = '') =>
			call(names.commit, [param], () => {
				const { commitErrors } = settings();
				if ((commitErrors === 'commit' || commitErrors === 'all') && inner.isInitialized()) {
					if (profile === 'moodle-4.5' && is12) {
						const lost = Object.keys(collect(snapshot()));
						if (lost.length > 0) {
							note(
								`Moodle's 1.2 player counts ${lost.length} value(s) as sent although the commit failed; it sends them again only if they change (scorm_12.js CollectData, MDL-21761): ${lost.join(', ')}.`,
							);
						}
					}
					forced = { code: codes.commit, diagnostic: 'Preview LMS: simulated commit failure' };
					return 'false';
				}
				const result = inner[names.commit](param);
				if (result === 'true') persist(false, null);
				return result;
			}),
		[names.getLastError]: () =>
			query(names.getLastError, [], forced ? forced.code : String(inner[names.getLastError]())),
		[names.getErrorString]: (code) =>
			query(names.getErrorString, [code], String(inner[names.getErrorString](code))),
		[names.getDiagnostic]: (code) =>
			query(
				names.getDiagnostic,
				[code],
				forced && (code === '' || code === undefined || String(code) === forced.code)
					? forced.diagnostic
					: String(inner[names.getDiagnostic](code ?? '')),
			),
	};
	return api;
}
