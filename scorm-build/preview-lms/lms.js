// @ts-check
/**
 * The preview LMS page (browser ES module, served by serve.ts next to lms.html).
 *
 * scorm-again's Scorm12API / Scorm2004API is the LMS side. The page exposes a thin wrapper of
 * it as `window.API` (1.2) or `window.API_1484_11` (2004), chosen from the manifest's
 * `<schemaversion>`, so that it can log every call and play a less helpful LMS on request
 * (errors from Initialize, Commit or Terminate, no cmi.interactions, no mode).
 *
 * A profile (profiles.js) decides the rules scorm-again alone does not apply: which values a
 * SetValue refuses, the 1.2 status at LMSFinish, attempts, review mode, `entry`, which data comes
 * back on relaunch, and which values a Commit stores (`scorm-again`: the whole data model;
 * `moodle-4.5`: only elements that changed since launch, element by element). Like an LMS the page
 * stores the data at each successful Commit and Terminate, per package and SCO, and keeps earlier
 * attempts for the package-level result (completion and grade, computed with Moodle's rules).
 *
 * For tests: `window.lmsState` = { calls, cmi, launches, current, stored, activity, notes,
 * messages, packages }, refreshed on every API call, and `window.lmsPreview` = { launch, finish,
 * relaunch, newAttempt, forget, readSettings, applySettings }. The page also posts lmsState to the
 * server (GET /api/state) after changes.
 */
import { flatten, unflatten } from './cmi-flat.js';
import { collectChanges, computeActivity, launchBaseline, writable } from './profile-moodle.js';
import {
	attemptFinished,
	checkSetValue,
	DEFAULT_PROFILE,
	finishStatus12,
	planLaunch,
	PROFILE_IDS,
	PROFILES,
	statusElement,
} from './profiles.js';

/**
 * @typedef {import('./profiles.js').ProfileId} ProfileId
 * @typedef {import('./profile-moodle.js').GradeMethod} GradeMethod
 * @typedef {import('./profile-moodle.js').CompletionStatus} CompletionStatus
 * @typedef {import('./cmi-flat.js').Flat} Flat
 * @typedef {import('./profiles.js').LaunchPlan} LaunchPlan
 * @typedef {import('./profile-moodle.js').Activity} Activity
 */

(() => {
	/**
	 * @typedef {{ identifier: string; title: string; scormType: 'sco' | 'asset'; launch: string;
	 *   masteryScore?: string; scaledPassingScore?: string; launchData?: string;
	 *   completionThreshold?: string; objectiveIds: string[] }} Sco
	 * @typedef {{ schemaversion: string; api: '1.2' | '2004'; schemaversionExact: boolean;
	 *   title: string; scos: Sco[]; warnings: string[] }} Manifest
	 * @typedef {{ key: string; base: string; size: number; fileCount: number;
	 *   manifest: Manifest | null; error: string | null }} Package
	 * @typedef {{ package: string; sco: string; learnerId: string; learnerName: string;
	 *   credit: string; mode: string; display: string; commitErrors: string;
	 *   noInteractions: boolean; initErrors: boolean; profile: ProfileId;
	 *   masteryOverride: boolean; completionStatusRequired: CompletionStatus[];
	 *   completionAllScos: boolean; gradeMethod: GradeMethod }} Settings
	 * @typedef {{ cmi: any; totalSeconds: number; pendingSeconds: number; lastExit: string;
	 *   attempt: number; sessions: number; past: Array<{ attempt: number; cmi: any }> }} StoredRecord
	 * @typedef {{ n: number; launch: number; t: number; method: string; args: string[];
	 *   result: string; error: string; errorString?: string; diagnostic?: string }} Call
	 * @typedef {{ launch: number; t: number; text: string }} Note
	 */

	/** @type {any} */
	const w = window;

	/** @param {string} id */
	function byId(id) {
		const element = document.getElementById(id);
		if (!element) throw new Error(`Missing #${id}`);
		return element;
	}
	/** @param {string} id */
	const select = (id) => /** @type {HTMLSelectElement} */ (byId(id));
	/** @param {string} id */
	const input = (id) => /** @type {HTMLInputElement} */ (byId(id));

	const lmsState = {
		/** @type {Call[]} */
		calls: [],
		/** Live CMI data of the current launch (scorm-again's JSON rendering). */
		cmi: /** @type {any} */ ({}),
		launches: 0,
		/** @type {null | { launch: number; package: string; sco: string; title: string;
		 *   api: '1.2' | '2004' | null; url: string; entry: string; attempt: number;
		 *   mode: string; profile: ProfileId; settings: Settings; ended: boolean }} */
		current: null,
		/** What the LMS keeps per `<package>::<item identifier>`. @type {Record<string, StoredRecord>} */
		stored: {},
		/** What the course page and gradebook show, per package key. @type {Record<string, Activity>} */
		activity: {},
		/** Things the LMS noticed that are not API calls. @type {Note[]} */
		notes: [],
		/** scorm-again's own log messages (warnings and errors). @type {string[]} */
		messages: [],
		/** @type {Package[]} */
		packages: [],
	};
	w.lmsState = lmsState;

	// ---------------------------------------------------------------------------------------
	// Time formats.

	/** @param {number} n @param {number} width */
	const pad = (n, width) => String(n).padStart(width, '0');

	/** 1.2 CMITimespan (HHHH:MM:SS.SS) → seconds. @param {string} value */
	function parseTimespan(value) {
		const m = /^(\d{2,4}):(\d{2}):(\d{2}(?:\.\d{1,2})?)$/.exec(value || '');
		return m ? Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3]) : 0;
	}
	/** @param {number} seconds */
	function formatTimespan(seconds) {
		const h = Math.floor(seconds / 3600);
		const m = Math.floor((seconds % 3600) / 60);
		const s = seconds - h * 3600 - m * 60;
		return `${pad(Math.min(h, 9999), 4)}:${pad(m, 2)}:${s.toFixed(2).padStart(5, '0')}`;
	}
	/** ISO 8601 duration → seconds (Y = 365 days, M = 30 days). @param {string} value */
	function parseDuration(value) {
		const m =
			/^P(?:(\d+(?:\.\d+)?)Y)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)D)?(?:T(?:(\d+(?:\.\d+)?)H)?(?:(\d+(?:\.\d+)?)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(
				value || '',
			);
		if (!m) return 0;
		const [, y, mo, d, h, mi, s] = m.map((part) => Number(part || 0));
		return (
			(y ?? 0) * 31536000 +
			(mo ?? 0) * 2592000 +
			(d ?? 0) * 86400 +
			(h ?? 0) * 3600 +
			(mi ?? 0) * 60 +
			(s ?? 0)
		);
	}
	/** @param {number} seconds */
	function formatDuration(seconds) {
		const h = Math.floor(seconds / 3600);
		const m = Math.floor((seconds % 3600) / 60);
		const s = Math.round((seconds - h * 3600 - m * 60) * 100) / 100;
		const text = `${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s ? `${s}S` : ''}`;
		return `PT${text || '0S'}`;
	}

	// ---------------------------------------------------------------------------------------
	// Syncing lmsState to the server (GET /api/state) for Node-side tests.

	let syncing = false;
	let dirty = false;
	function sync() {
		dirty = true;
		if (syncing) return;
		syncing = true;
		setTimeout(async () => {
			while (dirty) {
				dirty = false;
				try {
					await fetch('/api/state', {
						method: 'POST',
						headers: { 'Content-Type': 'application/json' },
						body: JSON.stringify(lmsState),
					});
				} catch {
					// The server went away; the page keeps working.
				}
			}
			syncing = false;
		}, 0);
	}

	// ---------------------------------------------------------------------------------------
	// Rendering.

	const logBody = /** @type {HTMLTableSectionElement} */ (byId('log').querySelector('tbody'));
	let launchStarted = performance.now();

	/** @param {string[]} cells @param {string} className */
	function addRow(cells, className) {
		const row = document.createElement('tr');
		if (className) row.className = className;
		for (const text of cells) {
			const cell = document.createElement('td');
			cell.textContent = text;
			row.append(cell);
		}
		logBody.append(row);
		while (logBody.rows.length > 2000) logBody.deleteRow(0);
		const wrap = logBody.closest('.log-wrap');
		if (wrap) wrap.scrollTop = wrap.scrollHeight;
	}

	function renderSummary() {
		const launch = lmsState.launches;
		const calls = lmsState.calls.filter((c) => c.launch === launch);
		/** @param {RegExp} re */
		const count = (re) => calls.filter((c) => re.test(c.method)).length;
		const failed = calls.filter((c) => c.error !== '0' && c.error !== '').length;
		byId('summary').textContent =
			`Launch ${launch}: Initialize ×${count(/Initialize$/)}, Terminate/Finish ×${count(/^(Terminate|LMSFinish)$/)}, ` +
			`Commit ×${count(/Commit$/)}, calls with an error: ${failed}.`;
	}

	function renderStored() {
		const current = lmsState.current;
		const record = current ? lmsState.stored[`${current.package}::${current.sco}`] : undefined;
		byId('stored').textContent = record ? JSON.stringify(record, null, 2) : 'none';
	}

	/** @param {string} text */
	function setStatus(text) {
		byId('status').textContent = text;
	}

	/** @param {string} text */
	function note(text) {
		const entry = {
			launch: lmsState.launches,
			t: Math.round(performance.now() - launchStarted),
			text,
		};
		lmsState.notes.push(entry);
		addRow(['–', String(entry.launch), 'LMS note', text, '', ''], 'note');
		sync();
	}

	// ---------------------------------------------------------------------------------------
	// Packages and settings.

	/** @returns {Package | undefined} */
	function selectedPackage() {
		return lmsState.packages.find((p) => p.key === select('package').value);
	}

	/** @returns {Sco | undefined} */
	function selectedSco() {
		return selectedPackage()?.manifest?.scos.find((s) => s.identifier === select('sco').value);
	}

	/** @returns {Settings} */
	function readSettings() {
		return {
			package: select('package').value,
			sco: select('sco').value,
			learnerId: input('learner-id').value,
			learnerName: input('learner-name').value,
			credit: select('credit').value,
			mode: select('mode').value,
			display: select('display').value,
			commitErrors: select('commit-errors').value,
			noInteractions: input('no-interactions').checked,
			initErrors: input('init-errors').checked,
			profile: /** @type {ProfileId} */ (select('profile').value),
			masteryOverride: input('mastery-override').checked,
			completionStatusRequired: /** @type {CompletionStatus[]} */ (
				['completed', 'passed'].filter((status) => input(`completion-${status}`).checked)
			),
			completionAllScos: input('completion-all-scos').checked,
			gradeMethod: /** @type {GradeMethod} */ (select('grade-method').value),
		};
	}

	/** @param {Partial<Settings>} values */
	function applySettings(values) {
		/** @param {HTMLSelectElement} el @param {string | undefined} value */
		const setSelect = (el, value) => {
			if (value === undefined) return;
			if (![...el.options].some((o) => o.value === value))
				throw new Error(`No option ${value} in #${el.id}`);
			el.value = value;
		};
		setSelect(select('package'), values.package);
		if (values.package !== undefined) fillScos();
		setSelect(select('sco'), values.sco);
		if (values.learnerId !== undefined) input('learner-id').value = values.learnerId;
		if (values.learnerName !== undefined) input('learner-name').value = values.learnerName;
		setSelect(select('credit'), values.credit);
		setSelect(select('mode'), values.mode);
		setSelect(select('display'), values.display);
		setSelect(select('commit-errors'), values.commitErrors);
		if (values.noInteractions !== undefined)
			input('no-interactions').checked = values.noInteractions;
		if (values.initErrors !== undefined) input('init-errors').checked = values.initErrors;
		setSelect(select('profile'), values.profile);
		showProfileRules();
		if (values.masteryOverride !== undefined)
			input('mastery-override').checked = values.masteryOverride;
		if (values.completionStatusRequired !== undefined) {
			const required = values.completionStatusRequired;
			for (const status of required) {
				if (status !== 'completed' && status !== 'passed')
					throw new Error(`No completion status ${String(status)}: use completed or passed`);
			}
			for (const status of ['completed', 'passed'])
				input(`completion-${status}`).checked = required.includes(
					/** @type {CompletionStatus} */ (status),
				);
		}
		if (values.completionAllScos !== undefined)
			input('completion-all-scos').checked = values.completionAllScos;
		setSelect(select('grade-method'), values.gradeMethod);
		showPackageInfo();
		renderActivity();
	}

	function fillScos() {
		const scoSelect = select('sco');
		scoSelect.replaceChildren();
		for (const sco of selectedPackage()?.manifest?.scos ?? []) {
			scoSelect.append(new Option(`${sco.title} (${sco.identifier})`, sco.identifier));
		}
	}

	function showPackageInfo() {
		const pkg = selectedPackage();
		const info = byId('package-info');
		if (!pkg) {
			info.textContent =
				'No packages found: build them into dist/scorm/ or pass zip paths to the server.';
			return;
		}
		if (!pkg.manifest) {
			info.textContent = `This package cannot be read: ${pkg.error ?? 'unknown error'}`;
			info.className = 'warning';
			return;
		}
		const m = pkg.manifest;
		const sco = selectedSco();
		const parts = [
			`SCORM ${m.api} (schemaversion ${JSON.stringify(m.schemaversion)})`,
			`${pkg.fileCount} files, ${(pkg.size / 1024).toFixed(1)} KB`,
			`served from ${pkg.base}`,
		];
		if (sco?.masteryScore) parts.push(`mastery score ${sco.masteryScore}`);
		if (sco?.scaledPassingScore) parts.push(`scaled passing score ${sco.scaledPassingScore}`);
		info.textContent =
			parts.join(' · ') + (m.warnings.length ? ` · Warnings: ${m.warnings.join('; ')}` : '');
		info.className = m.warnings.length ? 'warning' : '';
	}

	// ---------------------------------------------------------------------------------------
	// The API wrapper.

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
	 * player compares a commit with (profiles.js collectChanges), `launched` the elements it
	 * delivered a value for, `touched` the elements the SCO has set since launch, and `launchTotal`
	 * the total time it delivered, to which Terminate adds the session time.
	 * @type {null | { inner: any; record: StoredRecord; api: '1.2' | '2004'; profile: ProfileId;
	 *   baseline: Flat; launched: Set<string>; touched: Set<string>; launchTotal: number }}
	 */
	let session = null;

	/**
	 * @param {any} inner scorm-again API instance
	 * @param {NonNullable<typeof session>} state
	 * @param {number} launch
	 */
	function createApi(inner, state, launch) {
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
				(element) =>
					!(element in send) && element in stored && stored[element] !== current[element],
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
				t: Math.round(performance.now() - launchStarted),
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
				t: Math.round(performance.now() - launchStarted),
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
					if (settings().commitErrors !== 'none' && inner.isInitialized()) {
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

	// ---------------------------------------------------------------------------------------
	// Launching.

	/**
	 * The data the LMS loads before launch: the stored record or a blank data model, as the
	 * profile's launch plan says.
	 * @param {'1.2' | '2004'} version
	 * @param {Sco} sco
	 * @param {Settings} settings
	 * @param {StoredRecord} record
	 * @param {LaunchPlan} plan
	 */
	function launchData(version, sco, settings, record, plan) {
		const mode = plan.mode === 'unset' ? 'normal' : plan.mode;
		const stored = plan.deliver === 'stored' && record.cmi !== null;
		const data = stored ? structuredClone(record.cmi) : {};
		const total = stored ? record.totalSeconds : 0;
		if (version === '1.2') {
			data.core = {
				...(data.core ?? {}),
				student_id: settings.learnerId,
				student_name: settings.learnerName,
				credit: plan.credit,
				lesson_mode: mode,
				entry: plan.entry,
				exit: '',
				session_time: '',
				total_time: formatTimespan(total),
			};
			data.student_data = { ...(data.student_data ?? {}), mastery_score: sco.masteryScore ?? '' };
			if (sco.launchData) data.launch_data = sco.launchData;
			return data;
		}
		Object.assign(data, {
			learner_id: settings.learnerId,
			learner_name: settings.learnerName,
			credit: plan.credit,
			mode,
			entry: plan.entry,
			exit: '',
			session_time: '',
			total_time: formatDuration(total),
		});
		if (sco.scaledPassingScore) data.scaled_passing_score = sco.scaledPassingScore;
		if (sco.completionThreshold) data.completion_threshold = sco.completionThreshold;
		if (sco.launchData) data.launch_data = sco.launchData;
		if (!stored && sco.objectiveIds.length) {
			data.objectives = Object.fromEntries(sco.objectiveIds.map((id, i) => [String(i), { id }]));
		}
		return data;
	}

	/** @type {null | { kind: 'frame'; outer: HTMLIFrameElement; sco: HTMLIFrameElement } | { kind: 'popup'; win: Window }} */
	let display = null;

	/** @param {HTMLIFrameElement} frame @param {string} title */
	function styleFrame(frame, title) {
		frame.title = title;
		frame.style.cssText = 'width:100%;height:100%;border:0;display:block';
	}

	/** @param {string} url @param {string} mode @param {string} title */
	function show(url, mode, title) {
		const holder = byId('frame-holder');
		holder.replaceChildren();
		if (mode === 'popup') {
			const win = window.open(url, 'rip-preview-sco', 'popup,width=1100,height=800');
			if (!win) {
				holder.textContent = 'The pop-up was blocked: allow pop-ups for this page.';
				return;
			}
			display = { kind: 'popup', win };
			holder.textContent = 'The SCO is open in a pop-up window.';
			return;
		}
		const outer = document.createElement('iframe');
		outer.title = `Content: ${title}`;
		holder.append(outer);
		if (mode === 'nested') {
			// Two same-origin frames around the SCO: its API search must walk up the parents.
			let frame = outer;
			for (const level of [1, 2]) {
				const doc = /** @type {Document} */ (frame.contentDocument);
				doc.body.style.margin = '0';
				doc.documentElement.style.height = doc.body.style.height = '100%';
				const child = doc.createElement('iframe');
				styleFrame(child, level === 2 ? `Content: ${title}` : 'LMS player frame');
				doc.body.append(child);
				frame = child;
			}
			frame.src = url;
			display = { kind: 'frame', outer, sco: frame };
		} else {
			outer.src = url;
			display = { kind: 'frame', outer, sco: outer };
		}
	}

	/** Unloads the SCO (as closing the LMS player does) and ends the session on the LMS side. */
	async function finish() {
		const current = display;
		display = null;
		if (current?.kind === 'frame') {
			// Navigating away fires pagehide/unload in the SCO, where it terminates.
			await new Promise((done) => {
				const timer = setTimeout(done, 3000);
				current.sco.addEventListener(
					'load',
					() => {
						clearTimeout(timer);
						done(undefined);
					},
					{ once: true },
				);
				current.sco.src = 'about:blank';
			});
			current.outer.remove();
		} else if (current?.kind === 'popup') {
			current.win.close();
			for (let i = 0; i < 60 && !current.win.closed; i++)
				await new Promise((r) => setTimeout(r, 50));
		}
		await new Promise((r) => setTimeout(r, 0));
		byId('frame-holder').replaceChildren(
			Object.assign(document.createElement('p'), { textContent: 'The SCO opens here.' }),
		);
		if (session && lmsState.current && !lmsState.current.ended) {
			const { inner, record } = session;
			if (inner.isInitialized() && !inner.isTerminated()) {
				note(
					'The session ended without a successful Terminate/LMSFinish: the LMS keeps what was last committed.',
				);
				record.totalSeconds += record.pendingSeconds;
				record.pendingSeconds = 0;
			}
			lmsState.current.ended = true;
			setStatus(`Launch ${lmsState.current.launch} finished.`);
		}
		session = null;
		renderStored();
		updateActivity();
		sync();
	}

	/** @param {string} packageKey */
	const recordsOf = (packageKey) =>
		Object.entries(lmsState.stored).filter(([key]) => key.startsWith(`${packageKey}::`));

	/** The package's current attempt: attempts are per package, as in Moodle. @param {string} packageKey */
	function packageAttempt(packageKey) {
		return Math.max(1, ...recordsOf(packageKey).map(([, record]) => record.attempt));
	}

	/** Moves the SCO's data of its current attempt to its history. @param {StoredRecord} record */
	function closeAttempt(record) {
		if (record.cmi !== null) record.past.push({ attempt: record.attempt, cmi: record.cmi });
		record.cmi = null;
		record.totalSeconds = 0;
		record.pendingSeconds = 0;
		record.lastExit = '';
		record.attempt += 1;
	}

	/** Recomputes `lmsState.activity` for every package with stored data. */
	function updateActivity() {
		const settings = readSettings();
		for (const pkg of lmsState.packages) {
			const records = recordsOf(pkg.key);
			if (!pkg.manifest || records.length === 0) {
				delete lmsState.activity[pkg.key];
				continue;
			}
			const scoIds = pkg.manifest.scos
				.filter((s) => s.scormType === 'sco')
				.map((s) => s.identifier);
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

	function showProfileRules() {
		const profile = PROFILES[/** @type {ProfileId} */ (select('profile').value)];
		byId('profile-rules').replaceChildren(
			...(profile?.rules ?? []).map((rule) =>
				Object.assign(document.createElement('li'), { textContent: rule }),
			),
		);
	}

	function renderActivity() {
		const pkg = selectedPackage();
		const activity = pkg ? lmsState.activity[pkg.key] : undefined;
		const summary = byId('activity-summary');
		if (!activity) {
			summary.textContent = 'Nothing stored for this package yet.';
			byId('activity').textContent = '{}';
			return;
		}
		const method = select('grade-method').selectedOptions[0]?.textContent ?? '';
		summary.textContent =
			`Attempt ${activity.attempt}: ${activity.complete ? 'complete' : 'not complete'}; ` +
			`grade ${activity.grade === null ? 'none' : String(Math.round(activity.grade * 100) / 100)} (${method}).`;
		byId('activity').textContent = JSON.stringify(activity, null, 2);
	}

	/**
	 * Launches the selected SCO, as the profile decides, after finishing the current launch.
	 * @param {Partial<Settings> | undefined} overrides
	 * @param {boolean} wantNewAttempt the learner asks for a new attempt
	 * @returns {Promise<LaunchPlan | null>} null for an asset or when nothing is selected
	 */
	async function open(overrides, wantNewAttempt) {
		if (overrides) applySettings(overrides);
		await finish();
		const pkg = selectedPackage();
		const sco = selectedSco();
		if (!pkg?.manifest || !sco) {
			setStatus('Choose a package and a SCO first.');
			return null;
		}
		const settings = readSettings();
		const key = `${pkg.key}::${sco.identifier}`;
		const record = (lmsState.stored[key] ??= {
			cmi: null,
			totalSeconds: 0,
			pendingSeconds: 0,
			lastExit: '',
			attempt: packageAttempt(pkg.key),
			sessions: 0,
			past: [],
		});
		const launchNo = ++lmsState.launches;
		launchStarted = performance.now();
		const url = new URL(pkg.base + sco.launch, location.href).href;
		delete w.API;
		delete w.API_1484_11;
		let api = /** @type {'1.2' | '2004' | null} */ (null);
		/** @type {LaunchPlan | null} */
		let plan = null;
		if (sco.scormType === 'sco') {
			api = pkg.manifest.api;
			const version = api;
			const status = statusElement(version);
			const finished = attemptFinished(
				pkg.manifest.scos
					.filter((s) => s.scormType === 'sco')
					.map((s) => {
						const other = lmsState.stored[`${pkg.key}::${s.identifier}`];
						return other?.cmi ? flatten(other.cmi)[status] : undefined;
					}),
			);
			plan = planLaunch(settings.profile, {
				version,
				requestedMode: settings.mode,
				credit: settings.credit,
				newAttempt: wantNewAttempt,
				finished,
				stored: record.cmi === null ? null : flatten(record.cmi),
				attempt: record.attempt,
			});
			if (plan.newAttempt === 'package') {
				const next = packageAttempt(pkg.key) + 1;
				for (const [, other] of recordsOf(pkg.key)) {
					closeAttempt(other);
					other.attempt = next;
				}
			} else if (plan.newAttempt === 'sco') {
				closeAttempt(record);
			}
			const data = launchData(version, sco, settings, record, plan);
			const options = {
				autocommit: false,
				logLevel: 3,
				/** @param {unknown} level @param {string} message */
				onLogMessage: (level, message) => {
					lmsState.messages.push(`[${String(level)}] ${message}`);
					if (lmsState.messages.length > 500) lmsState.messages.shift();
				},
			};
			const inner = version === '1.2' ? new w.Scorm12API(options) : new w.Scorm2004API(options);
			inner.loadFromJSON(data);
			const delivered = plan.deliver === 'stored' && record.cmi !== null ? flatten(record.cmi) : {};
			const baseline = launchBaseline(version, delivered);
			session = {
				inner,
				record,
				api: version,
				profile: settings.profile,
				baseline,
				launched: new Set(Object.keys(baseline)),
				touched: new Set(),
				launchTotal: plan.deliver === 'stored' ? record.totalSeconds : 0,
			};
			const wrapper = createApi(inner, session, launchNo);
			if (version === '1.2') w.API = wrapper;
			else w.API_1484_11 = wrapper;
			lmsState.cmi = JSON.parse(JSON.stringify(inner.renderCMIToJSONObject().cmi ?? {}));
		} else {
			session = null;
			lmsState.cmi = {};
		}
		const entry = plan?.entry ?? '';
		const mode = plan?.mode ?? settings.mode;
		lmsState.current = {
			launch: launchNo,
			package: pkg.key,
			sco: sco.identifier,
			title: sco.title,
			api,
			url,
			entry,
			attempt: record.attempt,
			mode,
			profile: settings.profile,
			settings,
			ended: false,
		};
		byId('cmi').textContent = JSON.stringify(lmsState.cmi, null, 2);
		renderStored();
		renderSummary();
		addRow(
			[
				'–',
				String(launchNo),
				'LMS launch',
				`${sco.title} → ${url}`,
				api ? `SCORM ${api} API, entry "${entry}", mode ${mode}` : 'asset: no API',
				'',
			],
			'note',
		);
		const profile = PROFILES[settings.profile];
		note(`Profile: ${profile.label}. ${profile.rules.join('; ')}.`);
		if (plan?.newAttempt)
			note(`New attempt ${record.attempt}: blank data model, entry "ab-initio".`);
		for (const text of plan?.notes ?? []) note(text);
		setStatus(
			`Launch ${launchNo}: ${sco.title} (${api ? `SCORM ${api}, entry "${entry}", attempt ${record.attempt}, ${mode} mode, ${profile.label}` : 'asset, no API'}).`,
		);
		updateActivity();
		show(url, settings.display, sco.title);
		sync();
		return plan;
	}

	/** @param {Partial<Settings>} [overrides] */
	async function launch(overrides) {
		await open(overrides, false);
	}

	/**
	 * Finishes the current launch and asks for a new attempt ("Start a new attempt" in Moodle).
	 * Resolves true if the profile started one; false if it refused, in which case the same
	 * attempt was relaunched, as Moodle does.
	 * @param {Partial<Settings>} [overrides]
	 */
	async function newAttempt(overrides) {
		const plan = await open(overrides, true);
		return plan?.newAttempt === 'package';
	}

	async function relaunch() {
		await finish();
		await launch();
	}

	function forget() {
		const pkg = selectedPackage();
		const sco = selectedSco();
		if (pkg && sco) delete lmsState.stored[`${pkg.key}::${sco.identifier}`];
		renderStored();
		updateActivity();
		setStatus('Stored data for this SCO forgotten.');
		sync();
	}

	w.lmsPreview = { launch, finish, relaunch, newAttempt, forget, readSettings, applySettings };

	// ---------------------------------------------------------------------------------------
	// Start-up.

	byId('settings').addEventListener('submit', (event) => {
		event.preventDefault();
		void launch();
	});
	byId('relaunch').addEventListener('click', () => void relaunch());
	byId('finish').addEventListener('click', () => void finish());
	byId('new-attempt').addEventListener('click', () => void newAttempt());
	byId('forget').addEventListener('click', forget);
	select('package').addEventListener('change', () => {
		fillScos();
		showPackageInfo();
		renderActivity();
	});
	select('sco').addEventListener('change', showPackageInfo);
	select('profile').addEventListener('change', showProfileRules);
	for (const id of [
		'mastery-override',
		'completion-completed',
		'completion-passed',
		'completion-all-scos',
		'grade-method',
	]) {
		byId(id).addEventListener('change', updateActivity);
	}

	async function start() {
		const response = await fetch('/api/packages');
		lmsState.packages = /** @type {Package[]} */ (await response.json());
		const packageSelect = select('package');
		for (const pkg of lmsState.packages) packageSelect.append(new Option(pkg.key, pkg.key));
		fillScos();
		const profileSelect = select('profile');
		for (const id of PROFILE_IDS) profileSelect.append(new Option(PROFILES[id].label, id));
		profileSelect.value = DEFAULT_PROFILE;
		const params = new URLSearchParams(location.search);
		/** @type {Partial<Settings>} */
		const fromUrl = {};
		for (const name of /** @type {const} */ ([
			'package',
			'sco',
			'learnerId',
			'learnerName',
			'credit',
			'mode',
			'display',
			'commitErrors',
		])) {
			const value = params.get(name);
			if (value !== null) fromUrl[name] = value;
		}
		/** @param {string} name */
		const flag = (name) => (params.has(name) ? params.get(name) !== '0' : undefined);
		const profile = params.get('profile');
		if (profile !== null) fromUrl.profile = /** @type {ProfileId} */ (profile);
		const gradeMethod = params.get('gradeMethod');
		if (gradeMethod !== null) fromUrl.gradeMethod = /** @type {GradeMethod} */ (gradeMethod);
		const required = params.get('completionStatusRequired');
		if (required !== null) {
			fromUrl.completionStatusRequired = /** @type {CompletionStatus[]} */ (
				required.split(',').filter(Boolean)
			);
		}
		for (const name of /** @type {const} */ ([
			'noInteractions',
			'initErrors',
			'masteryOverride',
			'completionAllScos',
		])) {
			const value = flag(name);
			if (value !== undefined) fromUrl[name] = value;
		}
		applySettings(fromUrl);
		w.lmsReady = true;
		document.documentElement.dataset['lmsReady'] = 'true';
		if (params.get('launch') === '1') await launch();
	}

	start().catch((error) => setStatus(`The preview LMS could not start: ${String(error)}`));
})();
