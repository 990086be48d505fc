// @ts-check
/**
 * The preview LMS page itself: its form (package, SCO and LMS settings), the API call log, the
 * status line, and the panels of stored data and package results.
 */
import { PROFILES } from './profiles.js';
import { lmsState, sinceLaunch, sync } from './state.js';

/**
 * @typedef {import('./profiles.js').ProfileId} ProfileId
 * @typedef {import('./profile-moodle.js').GradeMethod} GradeMethod
 * @typedef {import('./profile-moodle.js').CompletionStatus} CompletionStatus
 * @typedef {import('./state.js').Package} Package
 * @typedef {import('./state.js').Sco} Sco
 * @typedef {import('./state.js').Settings} Settings
 */

/** @param {string} id */
export function byId(id) {
	const element = document.getElementById(id);
	if (!element) throw new Error(`Missing #${id}`);
	return element;
}
/** @param {string} id */
export const select = (id) => /** @type {HTMLSelectElement} */ (byId(id));
/** @param {string} id */
export const input = (id) => /** @type {HTMLInputElement} */ (byId(id));

const logBody = /** @type {HTMLTableSectionElement} */ (byId('log').querySelector('tbody'));

/** @param {string[]} cells @param {string} className */
export function addRow(cells, className) {
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

export function renderSummary() {
	const launch = lmsState.launches;
	const calls = lmsState.calls.filter((c) => c.launch === launch);
	/** @param {RegExp} re */
	const count = (re) => calls.filter((c) => re.test(c.method)).length;
	const failed = calls.filter((c) => c.error !== '0' && c.error !== '').length;
	byId('summary').textContent =
		`Launch ${launch}: Initialize ×${count(/Initialize$/)}, Terminate/Finish ×${count(/^(Terminate|LMSFinish)$/)}, ` +
		`Commit ×${count(/Commit$/)}, calls with an error: ${failed}.`;
}

export function renderStored() {
	const current = lmsState.current;
	const record = current ? lmsState.stored[`${current.package}::${current.sco}`] : undefined;
	byId('stored').textContent = record ? JSON.stringify(record, null, 2) : 'none';
}

/** @param {string} text */
export function setStatus(text) {
	byId('status').textContent = text;
}

/** @param {string} text */
export function note(text) {
	const entry = {
		launch: lmsState.launches,
		t: sinceLaunch(),
		text,
	};
	lmsState.notes.push(entry);
	addRow(['–', String(entry.launch), 'LMS note', text, '', ''], 'note');
	sync();
}

/** @returns {Package | undefined} */
export function selectedPackage() {
	return lmsState.packages.find((p) => p.key === select('package').value);
}

/** @returns {Sco | undefined} */
export function selectedSco() {
	return selectedPackage()?.manifest?.scos.find((s) => s.identifier === select('sco').value);
}

/** @returns {Settings} */
export function readSettings() {
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
export function applySettings(values) {
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
	if (values.noInteractions !== undefined) input('no-interactions').checked = values.noInteractions;
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

export function fillScos() {
	const scoSelect = select('sco');
	scoSelect.replaceChildren();
	for (const sco of selectedPackage()?.manifest?.scos ?? []) {
		scoSelect.append(new Option(`${sco.title} (${sco.identifier})`, sco.identifier));
	}
}

export function showPackageInfo() {
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

export function showProfileRules() {
	const profile = PROFILES[/** @type {ProfileId} */ (select('profile').value)];
	byId('profile-rules').replaceChildren(
		...(profile?.rules ?? []).map((rule) =>
			Object.assign(document.createElement('li'), { textContent: rule }),
		),
	);
}

export function renderActivity() {
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
