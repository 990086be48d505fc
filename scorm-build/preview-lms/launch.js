// @ts-check
/**
 * Launching a SCO in the preview LMS as the chosen profile decides (new attempt or not, mode,
 * `entry`, stored or blank data), showing it in a frame, nested frames or a pop-up, and finishing
 * the launch as closing an LMS player does.
 */
import { createApi } from './api.js';
import { closeAttempt, packageAttempt, recordsOf, updateActivity } from './attempts.js';
import { flatten } from './cmi-flat.js';
import {
	addRow,
	applySettings,
	byId,
	note,
	readSettings,
	renderStored,
	renderSummary,
	selectedPackage,
	selectedSco,
	setStatus,
} from './page.js';
import { launchBaseline } from './profile-moodle.js';
import { attemptFinished, planLaunch, PROFILES, statusElement } from './profiles.js';
import { lmsState, startLaunchClock, sync } from './state.js';
import { formatDuration, formatTimespan } from './time.js';

/**
 * @typedef {import('./profiles.js').LaunchPlan} LaunchPlan
 * @typedef {import('./state.js').Sco} Sco
 * @typedef {import('./state.js').Settings} Settings
 * @typedef {import('./state.js').StoredRecord} StoredRecord
 */

/** @type {any} */
const w = window;

/**
 * The current launch's LMS-side objects; null when no SCO is running.
 * @type {null | import('./api.js').Session}
 */
let session = null;

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
export async function finish() {
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
		for (let i = 0; i < 60 && !current.win.closed; i++) await new Promise((r) => setTimeout(r, 50));
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
	startLaunchClock();
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
	if (plan?.newAttempt) note(`New attempt ${record.attempt}: blank data model, entry "ab-initio".`);
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
export async function launch(overrides) {
	await open(overrides, false);
}

/**
 * Finishes the current launch and asks for a new attempt ("Start a new attempt" in Moodle).
 * Resolves true if the profile started one; false if it refused, in which case the same
 * attempt was relaunched, as Moodle does.
 * @param {Partial<Settings>} [overrides]
 */
export async function newAttempt(overrides) {
	const plan = await open(overrides, true);
	return plan?.newAttempt === 'package';
}

export async function relaunch() {
	await finish();
	await launch();
}

export function forget() {
	const pkg = selectedPackage();
	const sco = selectedSco();
	if (pkg && sco) delete lmsState.stored[`${pkg.key}::${sco.identifier}`];
	renderStored();
	updateActivity();
	setStatus('Stored data for this SCO forgotten.');
	sync();
}
