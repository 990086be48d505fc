// @ts-check
/**
 * The `strict-spec` profile of the preview LMS: what the SCORM 1.2 and 2004 books require
 * wherever scorm-again is laxer. Its SetValue checks are here; its LMSFinish and launch rules
 * sit beside the other profiles' in `profiles.js`.
 */
import { responseElement } from './cmi-flat.js';

/** What the profile does, one line per rule with its source. */
export const STRICT_PROFILE = {
	label: 'SCORM specification (strict)',
	rules: [
		'1.2 choice and sequencing student_response and correct_responses.n.pattern: single characters 0-9/a-z separated by commas; true-false one of 0 1 t f; else 405 (SCORM 1.2 RTE 3.4.2, CMIFeedback)',
		'1.2 cmi.suspend_data at most 4096 characters (CMIString4096) and cmi.core.lesson_location at most 255 (CMIString255), else 405 (SCORM 1.2 RTE 3.4.2)',
		'2004 choice and sequencing responses and patterns: items are short_identifier_type (URI characters, no spaces, at most 250); a choice must not repeat an item; else 406 (SCORM 2004 RTE 4.2.9.1 and 4.2.9.2)',
		'1.2 LMSFinish with a mastery score and credit: the score sets passed/failed (SCORM 1.2 RTE 3.4.2 cmi.core.lesson_status and cmi.student_data.mastery_score)',
		'2004: resume only after exit "suspend"; any other exit ends the attempt, so the next launch is a new attempt with a blank data model (SCORM 2004 RTE 4.2.8 cmi.exit)',
		'a new attempt can be started at any time (the books leave it to the LMS)',
	],
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

/** @param {string} element @param {string} value @param {(element: string) => string | undefined} read */
export function strict12(element, value, read) {
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
export function strictResponse2004(element, value, read) {
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
