// @ts-check
/**
 * LMS profiles of the preview LMS: the rules by which a real LMS is stricter than, or simply
 * different from, scorm-again. Plain ES modules without I/O, loaded by lms.js in the browser and
 * by the unit tests in Node.
 *
 * - `scorm-again`: scorm-again alone, lenient (what the preview did before it had profiles).
 * - `moodle-4.5`: what Moodle 4.5 (mod/scorm) does (`profile-moodle.js`).
 * - `strict-spec`: what the SCORM 1.2 and 2004 books require wherever scorm-again is laxer
 *   (`profile-strict.js`).
 *
 * This file names the profiles and holds the decisions in which they differ side by side: which
 * SetValue checks apply, the 1.2 status at LMSFinish, attempts, `entry` and the data handed back
 * at launch. Data model values travel as `Flat` records (`cmi-flat.js`).
 */
import { moodleAttempt, moodleResponse, MOODLE_PROFILE } from './profile-moodle.js';
import { strict12, strictResponse2004, STRICT_PROFILE } from './profile-strict.js';

/** @typedef {'scorm-again' | 'moodle-4.5' | 'strict-spec'} ProfileId */
/** @typedef {import('./cmi-flat.js').ApiVersion} ApiVersion */
/** @typedef {import('./cmi-flat.js').Flat} Flat */
/** @typedef {{ code: string; diagnostic: string }} Refusal */

/** @type {readonly ProfileId[]} */
export const PROFILE_IDS = ['scorm-again', 'moodle-4.5', 'strict-spec'];

/** @type {ProfileId} */
export const DEFAULT_PROFILE = 'moodle-4.5';

/**
 * What each profile does, one line per rule with its source, for the launch note and the page.
 * @type {Record<ProfileId, { label: string; rules: string[] }>}
 */
export const PROFILES = {
	'scorm-again': {
		label: 'scorm-again (lenient)',
		rules: [
			'scorm-again 3 validates the data model; nothing else is checked',
			'2004: a relaunch after an exit other than "suspend" starts a new attempt with a blank data model',
		],
	},
	'moodle-4.5': MOODLE_PROFILE,
	'strict-spec': STRICT_PROFILE,
};

/** @param {unknown} value @returns {value is ProfileId} */
export function isProfileId(value) {
	return PROFILE_IDS.includes(/** @type {ProfileId} */ (value));
}

// ---------------------------------------------------------------------------------------------
// SetValue checks.

/**
 * Checks a SetValue the way the profile's LMS would, before scorm-again sees it. Returns null when
 * the profile has no objection (scorm-again's own checks still apply), or the error to report: the
 * LMS answers "false", GetLastError gives `code`, and the value is not stored.
 * @param {ProfileId} profile
 * @param {ApiVersion} version
 * @param {string} element
 * @param {string} value
 * @param {(element: string) => string | undefined} read current value of another element
 *   (used for `cmi.interactions.n.type`)
 * @returns {Refusal | null}
 */
export function checkSetValue(profile, version, element, value, read) {
	if (profile === 'moodle-4.5' && version === '2004') return moodleResponse(element, value, read);
	if (profile === 'strict-spec') {
		return version === '1.2'
			? strict12(element, value, read)
			: strictResponse2004(element, value, read);
	}
	return null;
}

// ---------------------------------------------------------------------------------------------
// LMSFinish.

/**
 * The 1.2 lesson_status the profile's LMS stores at LMSFinish, from what the SCO left in the data
 * model before LMSFinish. Returns null when the profile leaves it to scorm-again.
 * @param {ProfileId} profile
 * @param {{ status: string; scoreRaw: string; masteryScore: string; credit: string; mode: string;
 *   masteryOverride: boolean }} data
 * @returns {{ status: string; why: string } | null}
 */
export function finishStatus12(profile, data) {
	if (profile === 'scorm-again') return null;
	let status = data.status;
	let why = '';
	if (profile === 'moodle-4.5' && status === 'not attempted') {
		// scorm_12.js StoreData(): "if (cmi.core.lesson_status == 'not attempted') … = 'completed'".
		status = 'completed';
		why = 'Moodle sets "not attempted" to "completed" at LMSFinish (scorm_12.js StoreData)';
	}
	const mastery =
		profile === 'moodle-4.5'
			? // scorm_12.js StoreData(): mode normal, credit, "masteryoverride", both values non-empty.
				data.masteryOverride && data.mode === 'normal' && data.credit === 'credit'
			: // SCORM 1.2 RTE 3.4.2 cmi.core.lesson_status / cmi.student_data.mastery_score: credit only.
				data.credit === 'credit';
	if (mastery && data.masteryScore !== '' && data.scoreRaw !== '') {
		const raw = parseFloat(data.scoreRaw);
		const min = parseFloat(data.masteryScore);
		if (!Number.isNaN(raw) && !Number.isNaN(min)) {
			status = raw >= min ? 'passed' : 'failed';
			why =
				profile === 'moodle-4.5'
					? `mastery score ${data.masteryScore} overrides the status (scorm_12.js StoreData)`
					: `mastery score ${data.masteryScore} decides the status (SCORM 1.2 RTE 3.4.2)`;
		}
	}
	return status === data.status ? null : { status, why };
}

// ---------------------------------------------------------------------------------------------
// Attempts and launch.

/** @param {ApiVersion} version */
export function statusElement(version) {
	// mod/scorm/lib.php scorm_check_mode: $completionelements.
	return version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
}

/**
 * Whether an attempt is finished, from the status of every SCO of the package in that attempt
 * (mod/scorm/lib.php scorm_check_mode: a SCO without a completed, passed or failed status keeps the
 * attempt open; in 2004 only `completed` can appear in completion_status).
 * @param {Array<string | undefined>} statuses
 */
export function attemptFinished(statuses) {
	return (
		statuses.length > 0 &&
		statuses.every((s) => s === 'completed' || s === 'passed' || s === 'failed')
	);
}

/**
 * @typedef {{ version: ApiVersion; requestedMode: string; credit: string;
 *   newAttempt: boolean; finished: boolean; stored: Flat | null; attempt: number }} LaunchInput
 * @typedef {{ newAttempt: 'package' | 'sco' | null; refused: boolean; mode: string; credit: string;
 *   deliver: 'stored' | 'blank'; entry: string; notes: string[] }} LaunchPlan
 */

/**
 * Decides how the LMS launches a SCO: whether a new attempt starts, the mode, and which data it
 * hands over with which `entry`.
 *
 * `requestedMode` is the preview's mode setting: `normal` lets the profile choose (Moodle reopens a
 * finished attempt in review); `review`, `browse` and `unset` are used as given. `stored` is what
 * the LMS holds for this SCO in the current attempt (null if nothing); `finished` whether the
 * package's current attempt is finished (see `attemptFinished`).
 * @param {ProfileId} profile
 * @param {LaunchInput} input
 * @returns {LaunchPlan}
 */
export function planLaunch(profile, input) {
	const { version, stored } = input;
	const exit = stored?.[version === '1.2' ? 'cmi.core.exit' : 'cmi.exit'] ?? '';
	/** @type {string[]} */
	const notes = [];
	/** @type {'package' | 'sco' | null} */
	let newAttempt = null;
	let refused = false;
	let mode = input.requestedMode;
	let credit = input.credit;

	if (profile === 'moodle-4.5') {
		({ newAttempt, refused, mode, credit } = moodleAttempt(input, notes));
	} else if (input.newAttempt) {
		// scorm-again has no attempts of its own; the SCORM books leave new attempts to the LMS.
		newAttempt = 'package';
	}

	if (newAttempt)
		return { newAttempt, refused, mode, credit, deliver: 'blank', entry: 'ab-initio', notes };

	if (version === '1.2') {
		// cmi.core.entry: SCORM 1.2 RTE 3.4.2; Moodle: datamodels/scorm_12lib.php get_scorm_default
		// (ab-initio when no lesson_status is stored).
		const first = profile === 'moodle-4.5' ? !stored?.['cmi.core.lesson_status'] : stored === null;
		const entry = first ? 'ab-initio' : exit === 'suspend' ? 'resume' : '';
		return { newAttempt, refused, mode, credit, deliver: 'stored', entry, notes };
	}
	if (stored && exit === 'suspend') {
		return { newAttempt, refused, mode, credit, deliver: 'stored', entry: 'resume', notes };
	}
	if (stored) {
		if (profile === 'moodle-4.5') {
			notes.push(
				`Previous exit was ${JSON.stringify(exit)}, not "suspend": Moodle hands back a blank data model but keeps writing into attempt ${input.attempt}, element by element (datamodels/scorm_13lib.php get_scorm_default).`,
			);
		} else {
			newAttempt = 'sco';
			notes.push(
				`Previous exit was ${JSON.stringify(exit)}, not "suspend": the attempt ended, so the LMS starts a new attempt with a blank data model${profile === 'strict-spec' ? ' (SCORM 2004 RTE 4.2.8 cmi.exit)' : ''}.`,
			);
		}
	}
	return { newAttempt, refused, mode, credit, deliver: 'blank', entry: 'ab-initio', notes };
}
