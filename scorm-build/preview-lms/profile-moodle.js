// @ts-check
/**
 * The `moodle-4.5` profile of the preview LMS: what Moodle 4.5 (mod/scorm) does, read from its
 * public source. Moodle keeps one value per data model element ("track") per SCO and attempt; its
 * player sends only elements whose value differs from the one it delivered at launch. Here: its
 * SetValue check, its attempt and mode rules at launch, what it stores at Commit and Terminate,
 * and what its course page and gradebook show. Its LMSFinish status rule and the data it hands
 * back on relaunch sit beside the other profiles' in `profiles.js`.
 */
import { responseElement } from './cmi-flat.js';

/** @typedef {import('./cmi-flat.js').ApiVersion} ApiVersion */
/** @typedef {import('./cmi-flat.js').Flat} Flat */
/** @typedef {'highest' | 'average' | 'sum' | 'learning-objects'} GradeMethod */
/** @typedef {'completed' | 'passed'} CompletionStatus */

/** @type {readonly GradeMethod[]} */
export const GRADE_METHODS = ['highest', 'average', 'sum', 'learning-objects'];

/** @param {unknown} value @returns {value is GradeMethod} */
export function isGradeMethod(value) {
	return GRADE_METHODS.includes(/** @type {GradeMethod} */ (value));
}

/** What the profile does, one line per rule with its source. */
export const MOODLE_PROFILE = {
	label: 'Moodle 4.5',
	rules: [
		'2004 choice, sequencing, matching and likert responses and patterns: every item must match CMIShortIdentifier ^[\\w.]{1,250}$, else 406 (mod/scorm/datamodels/scorm_13.js SetValue)',
		'1.2 LMSFinish: status "not attempted" becomes "completed"; with a mastery score, credit and mode normal, the score sets passed/failed (mod/scorm/datamodels/scorm_12.js StoreData, "mastery score overrides status")',
		'a finished attempt (every SCO completed, passed or failed; 2004 completion_status completed) reopens in review mode; a new attempt is refused until then (mod/scorm/lib.php scorm_check_mode)',
		'1.2 entry: ab-initio without a stored status, resume after exit "suspend", otherwise "" (datamodels/scorm_12lib.php get_scorm_default)',
		'2004: data is handed back only after exit "suspend"; otherwise a blank data model, but writes go into the same attempt (datamodels/scorm_13lib.php get_scorm_default)',
		'only elements whose value differs from the one delivered at launch are stored, element by element (CollectData in scorm_12.js and scorm_13.js); 1.2 also counts values it already tried to send',
		'a review launch is stored like any other: datamodel.php and StoreData() do not look at the mode',
		'completion and grade as the course page and gradebook show them (classes/completion/custom_completion.php, locallib.php scorm_grade_user_attempt and scorm_grade_user)',
	],
};

// Elements the SCO may write, which Moodle's CollectData() sends (mod 'w' or 'rw' in the
// datamodel tables of mod/scorm/datamodels/scorm_12.js and scorm_13.js). 1.2 leaves out
// cmi.core.session_time, which CollectData() skips.
const WRITABLE = {
	1.2: /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max)|exit)|suspend_data|comments|objectives\.\d+\.(id|score\.(raw|min|max)|status)|student_preference\.(audio|language|speed|text)|interactions\.\d+\.(id|objectives\.\d+\.id|time|type|correct_responses\.\d+\.pattern|weighting|student_response|result|latency))$/,
	2004: /^cmi\.(comments_from_learner\.\d+\.(comment|location|timestamp)|completion_status|exit|interactions\.\d+\.(id|type|objectives\.\d+\.id|timestamp|correct_responses\.\d+\.pattern|weighting|learner_response|result|latency|description)|learner_preference\.(audio_level|language|delivery_speed|audio_captioning)|location|objectives\.\d+\.(id|score\.(scaled|raw|min|max)|success_status|completion_status|progress_measure|description)|progress_measure|score\.(scaled|raw|min|max)|session_time|success_status|suspend_data)$/,
};

/**
 * The elements of `flat` that a SCO can write (what an LMS stores from a commit).
 * @param {ApiVersion} version
 * @param {Flat} flat
 * @returns {Flat}
 */
export function writable(version, flat) {
	return Object.fromEntries(
		Object.entries(flat).filter(([element]) => WRITABLE[version].test(element)),
	);
}

// Moodle's CMIShortIdentifier (mod/scorm/datamodels/scorm_13.js).
const MOODLE_SHORT_IDENTIFIER = /^[\w.]{1,250}$/;
// Moodle's learner_response / correct_responses tables (mod/scorm/datamodels/scorm_13.js): the
// types whose items are CMIShortIdentifiers, their delimiters and whether an item may repeat.
/** @type {Record<string, { delimiter: string; pair?: string; uniqueResponse: boolean }>} */
const MOODLE_IDENTIFIER_TYPES = {
	choice: { delimiter: '[,]', uniqueResponse: true },
	sequencing: { delimiter: '[,]', uniqueResponse: false },
	matching: { delimiter: '[,]', pair: '[.]', uniqueResponse: false },
	likert: { delimiter: '', uniqueResponse: false },
};

/**
 * Moodle 4.5's check of a 2004 response or pattern before it stores it; null when it has no
 * objection.
 * @param {string} element
 * @param {string} value
 * @param {(element: string) => string | undefined} read
 * @returns {import('./profiles.js').Refusal | null}
 */
export function moodleResponse(element, value, read) {
	const target = responseElement(element);
	if (!target) return null;
	const type = read(`cmi.interactions.${target.n}.type`) ?? '';
	const rule = MOODLE_IDENTIFIER_TYPES[type];
	if (!rule) return null;
	// A pattern may be empty (CRcheckValueNodes accepts an empty value); a response may not.
	if (target.kind === 'pattern' && value === '') return null;
	const items = rule.delimiter ? value.split(rule.delimiter) : [value];
	const where = 'Moodle 4.5 (mod/scorm/datamodels/scorm_13.js)';
	for (const [i, item] of items.entries()) {
		const parts = rule.pair ? item.split(rule.pair) : [item];
		if (rule.pair && parts.length !== 2) {
			return {
				code: '406',
				diagnostic: `${where}: ${type} item ${JSON.stringify(item)} is not two identifiers joined by [.]`,
			};
		}
		const bad = parts.find((part) => !MOODLE_SHORT_IDENTIFIER.test(part));
		if (bad !== undefined) {
			return {
				code: '406',
				diagnostic: `${where}: ${type} item ${JSON.stringify(bad)} is not a CMIShortIdentifier (^[\\w.]{1,250}$: letters, digits, "_" and "." only)`,
			};
		}
		// learner_response 'unique' for choice; CRcheckValueNodes 'unique' for a choice pattern.
		if (rule.uniqueResponse && items.indexOf(item) !== i) {
			return { code: '406', diagnostic: `${where}: ${type} item ${JSON.stringify(item)} repeats` };
		}
	}
	return null;
}

/**
 * Moodle's attempt and mode decisions at launch (mod/scorm/lib.php scorm_check_mode) and the
 * credit that follows from the mode. Adds what it decided, for the page, to `notes`.
 * @param {import('./profiles.js').LaunchInput} input
 * @param {string[]} notes
 * @returns {{ newAttempt: 'package' | null; refused: boolean; mode: string; credit: string }}
 */
export function moodleAttempt(input, notes) {
	/** @type {'package' | null} */
	let newAttempt = null;
	let refused = false;
	let mode = input.requestedMode;
	let credit = input.credit;

	// mod/scorm/lib.php scorm_check_mode: browse skips the attempt checks; an unfinished attempt
	// forces newattempt off; a finished one without a new attempt opens in review.
	if (input.newAttempt && mode !== 'browse' && input.finished) {
		newAttempt = 'package';
		mode = 'normal';
	} else if (input.newAttempt) {
		refused = true;
		notes.push(
			mode === 'browse'
				? 'Moodle ignores a new-attempt request in browse mode (lib.php scorm_check_mode).'
				: `Moodle refuses a new attempt: attempt ${input.attempt} is not finished, so newattempt is forced off and the same attempt continues (lib.php scorm_check_mode).`,
		);
	}
	if (!newAttempt && input.finished && mode === 'normal') {
		mode = 'review';
		notes.push(
			`Attempt ${input.attempt} is finished: Moodle opens it in review mode; only "Start a new attempt" starts another (lib.php scorm_check_mode).`,
		);
	}
	// datamodels/scorm_12lib.php and scorm_13lib.php get_scorm_default: credit only in normal mode.
	if (mode !== 'normal' && mode !== 'unset') credit = 'no-credit';
	return { newAttempt, refused, mode, credit };
}

// ---------------------------------------------------------------------------------------------
// What Moodle stores at Commit and Terminate.

/**
 * The values Moodle's player delivered at launch (the `defaultvalue`s of its data model, from
 * `get_scorm_default` in datamodels/scorm_12lib.php and scorm_13lib.php), which CollectData()
 * compares against. `delivered` is what was handed over from the stored tracks ({} for a blank
 * data model).
 * @param {ApiVersion} version
 * @param {Flat} delivered
 * @returns {Flat}
 */
export function launchBaseline(version, delivered) {
	/** @type {Flat} */
	const base = {};
	/** @type {Array<[string, string]>} */
	const top =
		version === '1.2'
			? [
					['cmi.core.lesson_location', ''],
					['cmi.core.lesson_status', ''],
					['cmi.core.score.raw', ''],
					['cmi.core.score.max', ''],
					['cmi.core.score.min', ''],
					['cmi.core.exit', ''],
					['cmi.suspend_data', ''],
					['cmi.comments', ''],
					['cmi.student_preference.language', ''],
					['cmi.student_preference.audio', '0'],
					['cmi.student_preference.speed', '0'],
					['cmi.student_preference.text', '0'],
				]
			: [
					['cmi.exit', ''],
					['cmi.completion_status', 'unknown'],
					['cmi.learner_preference.audio_level', '1'],
					['cmi.learner_preference.language', ''],
					['cmi.learner_preference.delivery_speed', ''],
					['cmi.learner_preference.audio_captioning', '0'],
					['cmi.location', ''],
					['cmi.progress_measure', ''],
					['cmi.score.scaled', ''],
					['cmi.score.raw', ''],
					['cmi.score.min', ''],
					['cmi.score.max', ''],
					['cmi.success_status', 'unknown'],
					['cmi.suspend_data', ''],
					['cmi.session_time', 'PT0H0M0S'],
				];
	for (const [element, fallback] of top) base[element] = delivered[element] ?? fallback;
	return base;
}

// Generic defaults that CollectData() falls back to for collection elements (the `defaultvalue`
// of `cmi.objectives.n.*` in the datamodel tables); other collection elements have none, so they
// are always sent.
/** @type {Record<ApiVersion, Array<[RegExp, string]>>} */
const GENERIC_DEFAULTS = {
	1.2: [[/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, '']],
	2004: [[/^cmi\.objectives\.\d+\.(success_status|completion_status)$/, 'unknown']],
};

/**
 * Moodle's CollectData(): which of the SCO's current values a Commit or Terminate sends, given the
 * values the player compares against. 2004 (scorm_13.js) compares with the launch values for the
 * whole launch; 1.2 (scorm_12.js) moves the comparison value to every value it sends, even when the
 * request then fails (MDL-21761 describes the consequence).
 * @param {ApiVersion} version
 * @param {Flat} current writable elements of the SCO's data model now
 * @param {Flat} baseline values to compare with (see `launchBaseline`)
 * @returns {{ send: Flat; baseline: Flat }}
 */
export function collectChanges(version, current, baseline) {
	/** @type {Flat} */
	const send = {};
	for (const [element, value] of Object.entries(current)) {
		// CollectData skips cmi.core.session_time in 1.2.
		if (element === 'cmi.core.session_time') continue;
		const known = element in baseline ? baseline[element] : genericDefault(version, element);
		if (known === undefined || known !== value) send[element] = value;
	}
	return { send, baseline: version === '1.2' ? { ...baseline, ...send } : baseline };
}

/** @param {ApiVersion} version @param {string} element */
function genericDefault(version, element) {
	return GENERIC_DEFAULTS[version].find(([pattern]) => pattern.test(element))?.[1];
}

// ---------------------------------------------------------------------------------------------
// What the course page and the gradebook show.

/**
 * @typedef {{ completionStatusRequired: CompletionStatus[]; completionAllScos: boolean;
 *   gradeMethod: GradeMethod }} ActivitySettings
 * @typedef {{ attempt: number; scos: Record<string, Flat> }} AttemptData
 * @typedef {{ complete: boolean; grade: number | null; attempt: number;
 *   scos: Record<string, { status: string; score: string }> }} Activity
 */

const STATUS_ELEMENTS = ['cmi.core.lesson_status', 'cmi.completion_status', 'cmi.success_status'];

/**
 * The package-level result Moodle shows: activity completion and the grade.
 *
 * Completion (classes/completion/custom_completion.php get_state): "Require status" is met when any
 * SCO, in any attempt, stored a lesson_status, completion_status or success_status among the
 * required ones; "Require all SCOs to return completion status" when every SCO stored `completed`
 * or `passed` in one of those elements. The activity is complete when every enabled rule is met
 * (none enabled: never complete).
 *
 * Grade (locallib.php): per attempt, scorm_grade_user_attempt over the SCOs: a SCO counts as a
 * learning object done when its lesson_status or completion_status is completed or passed, and as
 * a score only when its raw score is non-empty and not 0 (`!empty($userdata->score_raw)`);
 * highest = the best score, average = sum / SCOs with a score, sum, learning objects = count.
 * scorm_grade_user with Moodle's default "Highest attempt" then takes the best attempt. Null until
 * something is stored.
 * @param {ActivitySettings} settings
 * @param {string[]} scoIds the package's SCOs (`adlcp:scormtype` sco)
 * @param {AttemptData[]} attempts every attempt, the current one included
 * @param {number} currentAttempt
 * @returns {Activity}
 */
export function computeActivity(settings, scoIds, attempts, currentAttempt) {
	const values = (/** @type {string} */ id) =>
		attempts.flatMap((a) => {
			const data = a.scos[id] ?? {};
			return STATUS_ELEMENTS.map((e) => data[e]).filter((v) => v !== undefined);
		});
	const required = settings.completionStatusRequired;
	const rules = [];
	if (required.length > 0) {
		rules.push(
			scoIds.some((id) =>
				values(id).some((v) => required.includes(/** @type {CompletionStatus} */ (v))),
			),
		);
	}
	if (settings.completionAllScos) {
		rules.push(scoIds.every((id) => values(id).some((v) => v === 'completed' || v === 'passed')));
	}
	const complete = rules.length > 0 && rules.every(Boolean);

	let grade = /** @type {number | null} */ (null);
	for (const attempt of attempts) {
		const stored = scoIds.filter((id) => Object.keys(attempt.scos[id] ?? {}).length > 0);
		if (stored.length === 0) continue;
		const score = gradeAttempt(
			settings.gradeMethod,
			stored.map((id) => attempt.scos[id] ?? {}),
		);
		grade = grade === null ? score : Math.max(grade, score);
	}

	const current = attempts.find((a) => a.attempt === currentAttempt);
	/** @type {Activity['scos']} */
	const scos = {};
	for (const id of scoIds) {
		const data = current?.scos[id] ?? {};
		scos[id] = {
			status: data['cmi.core.lesson_status'] ?? data['cmi.completion_status'] ?? '',
			score: data['cmi.core.score.raw'] ?? data['cmi.score.raw'] ?? '',
		};
	}
	return { complete, grade, attempt: currentAttempt, scos };
}

/**
 * locallib.php scorm_grade_user_attempt for one attempt.
 * @param {GradeMethod} method
 * @param {Flat[]} scos tracks of the SCOs that stored anything in the attempt
 */
export function gradeAttempt(method, scos) {
	let done = 0;
	let count = 0;
	let sum = 0;
	let max = 0;
	for (const data of scos) {
		const status = data['cmi.core.lesson_status'] ?? data['cmi.completion_status'] ?? '';
		if (status === 'completed' || status === 'passed') done++;
		// scorm_format_interactions: (float) sprintf('%2.2f', raw); then !empty() drops 0 and "".
		const raw = parseFloat(data['cmi.core.score.raw'] ?? data['cmi.score.raw'] ?? '');
		if (!Number.isNaN(raw) && raw !== 0) {
			count++;
			sum += raw;
			max = Math.max(max, raw);
		}
	}
	if (method === 'average') return count > 0 ? sum / count : 0;
	if (method === 'sum') return sum;
	if (method === 'learning-objects') return done;
	return max;
}
