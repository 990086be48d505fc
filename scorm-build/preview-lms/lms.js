// @ts-check
/**
 * The preview LMS page (browser ES modules, served by serve.ts next to lms.html).
 *
 * scorm-again's Scorm12API / Scorm2004API is the LMS side. The page exposes a thin wrapper of
 * it as `window.API` (1.2) or `window.API_1484_11` (2004), chosen from the manifest's
 * `<schemaversion>`, so that it can log every call and play a less helpful LMS on request
 * (errors from Initialize, Commit or Terminate, a refused cmi.suspend_data, no cmi.interactions,
 * no mode).
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
 *
 * This module starts the page; the rest is in state.js (lmsState), page.js (the form, log and
 * panels), api.js (the API wrapper), launch.js (launching and finishing), attempts.js (stored
 * records, attempts and the package result) and time.js, with the profiles in profiles.js.
 */
import { updateActivity } from './attempts.js';
import { finish, forget, launch, newAttempt, relaunch } from './launch.js';
import {
	applySettings,
	byId,
	fillScos,
	readSettings,
	renderActivity,
	select,
	setStatus,
	showPackageInfo,
	showProfileRules,
} from './page.js';
import { DEFAULT_PROFILE, PROFILE_IDS, PROFILES } from './profiles.js';
import { lmsState } from './state.js';

/**
 * @typedef {import('./profiles.js').ProfileId} ProfileId
 * @typedef {import('./profile-moodle.js').GradeMethod} GradeMethod
 * @typedef {import('./profile-moodle.js').CompletionStatus} CompletionStatus
 * @typedef {import('./state.js').Package} Package
 * @typedef {import('./state.js').Settings} Settings
 */

/** @type {any} */
const w = window;
w.lmsState = lmsState;
w.lmsPreview = { launch, finish, relaunch, newAttempt, forget, readSettings, applySettings };

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
