// @ts-check
/**
 * LMS profiles of the preview LMS: the rules by which a real LMS is stricter than, or simply
 * different from, scorm-again. Plain ES module without I/O, loaded by lms.js in the browser and by
 * the unit tests in Node.
 *
 * - `scorm-again`: scorm-again alone, lenient (what the preview did before it had profiles).
 * - `moodle-4.5`: what Moodle 4.5 (mod/scorm) does, read from its public source. Moodle keeps one
 *   value per data model element ("track") per SCO and attempt; its player sends only elements whose
 *   value differs from the one it delivered at launch.
 * - `strict-spec`: what the SCORM 1.2 and 2004 books require wherever scorm-again is laxer.
 *
 * Data model values travel as `Flat` records: element name → value
 * (`{ 'cmi.interactions.0.id': 'q-1' }`), the shape in which Moodle stores them. `flatten` and
 * `unflatten` convert to and from scorm-again's JSON rendering of the CMI object.
 */

/** @typedef {'scorm-again' | 'moodle-4.5' | 'strict-spec'} ProfileId */
/** @typedef {'1.2' | '2004'} ScormVersion */
/** @typedef {Record<string, string>} Flat */
/** @typedef {{ code: string; diagnostic: string }} Refusal */
/** @typedef {'highest' | 'average' | 'sum' | 'learning-objects'} GradeMethod */
/** @typedef {'completed' | 'passed'} CompletionStatus */

/** @type {readonly ProfileId[]} */
export const PROFILE_IDS = ['scorm-again', 'moodle-4.5', 'strict-spec'];

/** @type {ProfileId} */
export const DEFAULT_PROFILE = 'moodle-4.5';

/** @type {readonly GradeMethod[]} */
export const GRADE_METHODS = ['highest', 'average', 'sum', 'learning-objects'];

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
	'moodle-4.5': {
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
	},
	'strict-spec': {
		label: 'SCORM specification (strict)',
		rules: [
			'1.2 choice and sequencing student_response and correct_responses.n.pattern: single characters 0-9/a-z separated by commas; true-false one of 0 1 t f; else 405 (SCORM 1.2 RTE 3.4.2, CMIFeedback)',
			'1.2 cmi.suspend_data at most 4096 characters (CMIString4096) and cmi.core.lesson_location at most 255 (CMIString255), else 405 (SCORM 1.2 RTE 3.4.2)',
			'2004 choice and sequencing responses and patterns: items are short_identifier_type (URI characters, no spaces, at most 250); a choice must not repeat an item; else 406 (SCORM 2004 RTE 4.2.9.1 and 4.2.9.2)',
			'1.2 LMSFinish with a mastery score and credit: the score sets passed/failed (SCORM 1.2 RTE 3.4.2 cmi.core.lesson_status and cmi.student_data.mastery_score)',
			'2004: resume only after exit "suspend"; any other exit ends the attempt, so the next launch is a new attempt with a blank data model (SCORM 2004 RTE 4.2.8 cmi.exit)',
			'a new attempt can be started at any time (the books leave it to the LMS)',
		],
	},
};

/** @param {unknown} value @returns {value is ProfileId} */
export function isProfileId(value) {
	return PROFILE_IDS.includes(/** @type {ProfileId} */ (value));
}

/** @param {unknown} value @returns {value is GradeMethod} */
export function isGradeMethod(value) {
	return GRADE_METHODS.includes(/** @type {GradeMethod} */ (value));
}

// ---------------------------------------------------------------------------------------------
// Flat data model values.

/**
 * Flattens scorm-again's JSON rendering of the CMI object (`renderCMIToJSONObject().cmi`) into
 * element names: `{ core: { lesson_status: 'passed' } }` → `{ 'cmi.core.lesson_status': 'passed' }`.
 * Empty collections leave nothing.
 * @param {unknown} cmi
 * @returns {Flat}
 */
export function flatten(cmi) {
	/** @type {Flat} */
	const out = {};
	/** @param {unknown} node @param {string} path */
	const walk = (node, path) => {
		if (node === null || node === undefined) return;
		if (typeof node === 'object') {
			for (const [key, child] of Object.entries(node)) walk(child, `${path}.${key}`);
			return;
		}
		out[path] = String(node);
	};
	walk(cmi, 'cmi');
	return out;
}

/**
 * The inverse of `flatten`: a JSON object that scorm-again's `loadFromJSON` accepts (collections
 * as objects keyed "0", "1"…).
 * @param {Flat} flat
 * @returns {Record<string, any>}
 */
export function unflatten(flat) {
	/** @type {Record<string, any>} */
	const root = {};
	for (const [element, value] of Object.entries(flat)) {
		const parts = element.split('.').slice(1);
		const last = parts.pop();
		if (last === undefined) continue;
		let node = root;
		for (const part of parts) {
			if (typeof node[part] !== 'object' || node[part] === null) node[part] = {};
			node = node[part];
		}
		node[last] = value;
	}
	return root;
}

// Elements the SCO may write, which Moodle's CollectData() sends (mod 'w' or 'rw' in the
// datamodel tables of mod/scorm/datamodels/scorm_12.js and scorm_13.js). 1.2 leaves out
// cmi.core.session_time, which CollectData() skips.
const WRITABLE = {
	1.2: /^cmi\.(core\.(lesson_location|lesson_status|score\.(raw|min|max)|exit)|suspend_data|comments|objectives\.\d+\.(id|score\.(raw|min|max)|status)|student_preference\.(audio|language|speed|text)|interactions\.\d+\.(id|objectives\.\d+\.id|time|type|correct_responses\.\d+\.pattern|weighting|student_response|result|latency))$/,
	2004: /^cmi\.(comments_from_learner\.\d+\.(comment|location|timestamp)|completion_status|exit|interactions\.\d+\.(id|type|objectives\.\d+\.id|timestamp|correct_responses\.\d+\.pattern|weighting|learner_response|result|latency|description)|learner_preference\.(audio_level|language|delivery_speed|audio_captioning)|location|objectives\.\d+\.(id|score\.(scaled|raw|min|max)|success_status|completion_status|progress_measure|description)|progress_measure|score\.(scaled|raw|min|max)|session_time|success_status|suspend_data)$/,
};

/**
 * The elements of `flat` that a SCO can write (what an LMS stores from a commit).
 * @param {ScormVersion} version
 * @param {Flat} flat
 * @returns {Flat}
 */
export function writable(version, flat) {
	return Object.fromEntries(
		Object.entries(flat).filter(([element]) => WRITABLE[version].test(element)),
	);
}

// ---------------------------------------------------------------------------------------------
// SetValue checks.

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

// short_identifier_type, the item of choice and sequencing responses and patterns (SCORM 2004
// RTE 4.2.9.1 and 4.2.9.2): a URI (RFC 3986) of at most 250 characters (its SPM): unreserved and
// reserved characters and percent-escapes, no spaces. "[" and "]" are left out: URIs allow them
// only around IP literals.
const SHORT_IDENTIFIER_TYPE = /^(?:[A-Za-z0-9\-._~:/?#@!$&'()*+,;=]|%[0-9A-Fa-f]{2}){1,250}$/;

// SCORM 1.2 RTE 3.4.2, CMIFeedback formats for cmi.interactions.n.student_response and
// correct_responses.n.pattern. Choice and sequencing: single characters 0-9 or a-z separated by
// commas (a choice pattern may wrap the set in braces); true-false: 0, 1, t or f.
const SCORM12_FEEDBACK = {
	choice: {
		response: /^([0-9a-z](,[0-9a-z])*)?$/,
		pattern: /^(\{[0-9a-z](,[0-9a-z])*\}|[0-9a-z](,[0-9a-z])*)?$/,
	},
	sequencing: { response: /^([0-9a-z](,[0-9a-z])*)?$/, pattern: /^([0-9a-z](,[0-9a-z])*)?$/ },
	'true-false': { response: /^[01tf]$/, pattern: /^[01tf]$/ },
};

/**
 * Checks a SetValue the way the profile's LMS would, before scorm-again sees it. Returns null when
 * the profile has no objection (scorm-again's own checks still apply), or the error to report: the
 * LMS answers "false", GetLastError gives `code`, and the value is not stored.
 * @param {ProfileId} profile
 * @param {ScormVersion} version
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

/**
 * @param {string} element
 * @returns {{ n: string; kind: 'response' | 'pattern' } | null}
 */
function responseElement(element) {
	const m =
		/^cmi\.interactions\.(\d+)\.(learner_response|student_response|correct_responses\.\d+\.pattern)$/.exec(
			element,
		);
	if (!m || m[1] === undefined || m[2] === undefined) return null;
	return { n: m[1], kind: m[2].startsWith('correct_responses') ? 'pattern' : 'response' };
}

/** @param {string} element @param {string} value @param {(element: string) => string | undefined} read */
function moodleResponse(element, value, read) {
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

/** @param {string} element @param {string} value @param {(element: string) => string | undefined} read */
function strict12(element, value, read) {
	// CMIString4096 and CMIString255 (SCORM 1.2 RTE 3.4.2, data types in 3.4.1).
	if (element === 'cmi.suspend_data' && value.length > 4096) {
		return {
			code: '405',
			diagnostic: `SCORM 1.2 RTE 3.4.2: cmi.suspend_data is a CMIString4096; this value has ${value.length} characters`,
		};
	}
	if (element === 'cmi.core.lesson_location' && value.length > 255) {
		return {
			code: '405',
			diagnostic: `SCORM 1.2 RTE 3.4.2: cmi.core.lesson_location is a CMIString255; this value has ${value.length} characters`,
		};
	}
	const target = responseElement(element);
	if (!target) return null;
	const type = read(`cmi.interactions.${target.n}.type`) ?? '';
	const formats = SCORM12_FEEDBACK[/** @type {keyof typeof SCORM12_FEEDBACK} */ (type)];
	if (!formats) return null;
	const format = target.kind === 'pattern' ? formats.pattern : formats.response;
	if (format.test(value)) return null;
	return {
		code: '405',
		diagnostic: `SCORM 1.2 RTE 3.4.2 (CMIFeedback): a ${type} ${target.kind === 'pattern' ? 'pattern' : 'student_response'} is ${type === 'true-false' ? 'one of 0, 1, t, f' : 'single characters 0-9 or a-z separated by commas'}, not ${JSON.stringify(value)}`,
	};
}

/** @param {string} element @param {string} value @param {(element: string) => string | undefined} read */
function strictResponse2004(element, value, read) {
	const target = responseElement(element);
	if (!target) return null;
	const type = read(`cmi.interactions.${target.n}.type`) ?? '';
	if (type !== 'choice' && type !== 'sequencing') return null;
	const items = value.split('[,]');
	for (const [i, item] of items.entries()) {
		// An empty choice (nothing chosen) and an empty pattern are allowed (RTE 4.2.9.1, 4.2.9.2).
		if (item === '' && items.length === 1) return null;
		if (!SHORT_IDENTIFIER_TYPE.test(item)) {
			return {
				code: '406',
				diagnostic: `SCORM 2004 RTE 4.2.9: ${type} item ${JSON.stringify(item)} is not a short_identifier_type (URI characters only, no spaces, at most 250)`,
			};
		}
		if (type === 'choice' && items.indexOf(item) !== i) {
			return {
				code: '406',
				diagnostic: `SCORM 2004 RTE 4.2.9: a choice must not repeat ${JSON.stringify(item)}`,
			};
		}
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

/** @param {ScormVersion} version */
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
 * @typedef {{ version: ScormVersion; requestedMode: string; credit: string;
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

// ---------------------------------------------------------------------------------------------
// What Moodle stores at Commit and Terminate.

/**
 * The values Moodle's player delivered at launch (the `defaultvalue`s of its data model, from
 * `get_scorm_default` in datamodels/scorm_12lib.php and scorm_13lib.php), which CollectData()
 * compares against. `delivered` is what was handed over from the stored tracks ({} for a blank
 * data model).
 * @param {ScormVersion} version
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
/** @type {Record<ScormVersion, Array<[RegExp, string]>>} */
const GENERIC_DEFAULTS = {
	1.2: [[/^cmi\.objectives\.\d+\.score\.(raw|min|max)$/, '']],
	2004: [[/^cmi\.objectives\.\d+\.(success_status|completion_status)$/, 'unknown']],
};

/**
 * Moodle's CollectData(): which of the SCO's current values a Commit or Terminate sends, given the
 * values the player compares against. 2004 (scorm_13.js) compares with the launch values for the
 * whole launch; 1.2 (scorm_12.js) moves the comparison value to every value it sends, even when the
 * request then fails (MDL-21761 describes the consequence).
 * @param {ScormVersion} version
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

/** @param {ScormVersion} version @param {string} element */
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
