/**
 * The `cmi.interactions` records of the evaluation answers (issue 13): each saved check-in and
 * each saved feedback form becomes one interaction per answered item, so a trust's LMS reports
 * hold them. Ids follow `evaluation-ids.ts`. Every record has result `neutral` and no correct
 * response: these are opinions, and neither `cmi.core.score` / `cmi.score` nor the status is
 * ever computed from interactions (`data-model.ts` takes the score from the assessment only).
 *
 * Types and responses, the same in both versions where the versions allow:
 * - ratings (confidence, the everyday statements, relevance, clarity): `likert`, the point as one
 *   digit `1`–`5`: a single character, as SCORM 1.2 CMIFeedback asks of likert (SCORM 1.2 RTE
 *   3.4.2), and a CMIShortIdentifier, which Moodle 4.5 checks 2004 likert responses against
 *   (`SCORM2004_RESPONSE_PATTERN`);
 * - `rights-guess` and `rights-named`: `numeric`, a whole number 0–16 (CMIDecimal in 1.2, real(10,7)
 *   in 2004);
 * - the "what would you change" text: `fill-in` in 1.2, cut to CMIFeedback's 255 characters, and
 *   `long-fill-in` in 2004, up to 4,000 (localized_string_type, SPM 4000, SCORM 2004 RTE 4.2).
 *   Line breaks become spaces and a leading `{` is dropped: Moodle 4.5 checks the 2004 value
 *   against CMILangString4000, whose `.` matches no line break and which reads a leading `{` as a
 *   `{lang=…}` tag (mod/scorm/datamodels/scorm_13.js).
 */
import type { ApiVersion } from './api.ts';
import {
	baselineKind,
	confidenceKind,
	evaluationInteractionId,
	FEEDBACK_CHANGE_ITEM,
	RIGHTS_GUESS_ITEM,
	RIGHTS_NAMED_ITEM,
	type EvaluationKind,
} from './evaluation-ids.ts';
import { interactionDescription, type Interaction } from './interactions.ts';
import { formatCmiTime, formatIsoTimestamp } from './cmi-time.ts';
import type { ScormModuleInfo } from './module-info.ts';
import {
	EVERYDAY_STATEMENT_IDS,
	FEEDBACK_RATINGS,
	FEEDBACK_TEXT_LIMIT,
	type CheckInPhase,
} from '../../schemas/evaluation-ids.ts';
import type { CheckIn, ModuleFeedback } from '../../schemas/progress.ts';
import { checkIn as words } from '../../i18n/en/check-in.ts';

/** CMIFeedback (SCORM 1.2 RTE 3.4.2): a 1.2 `student_response` holds 255 characters. */
const SCORM12_FEEDBACK_LENGTH = 255;

interface Item {
	kind: EvaluationKind;
	itemId: string;
	type: Interaction['type'];
	response: string;
	description: string;
}

function toInteraction(version: ApiVersion, moduleId: string, at: Date, item: Item): Interaction {
	return {
		id: evaluationInteractionId(version, moduleId, item.kind, item.itemId),
		type: item.type,
		learnerResponse: item.response,
		result: 'neutral',
		timestamp: version === '1.2' ? formatCmiTime(at) : formatIsoTimestamp(at),
		...(version === '2004' ? { description: interactionDescription(item.description) } : {}),
	};
}

/** The records of one saved check-in: only what the module asks at `phase` and was answered. */
export function checkInInteractions(
	version: ApiVersion,
	info: ScormModuleInfo,
	phase: CheckInPhase,
	checkIn: Omit<CheckIn, 'at'>,
	at: Date,
): Interaction[] {
	const { outcomes, checkIns } = info.summary;
	const asks = checkIns.baseline[phase];
	const items: Item[] = [];
	if (checkIns.confidence) {
		for (const outcome of outcomes) {
			const point = checkIn.confidence[outcome.id];
			if (point === undefined) continue;
			items.push({
				kind: confidenceKind(phase),
				itemId: outcome.id,
				type: 'likert',
				response: String(point),
				description: outcome.text,
			});
		}
	}
	if (asks.includes('rights-named')) {
		if (checkIn.rightsGuess !== undefined) {
			items.push({
				kind: baselineKind(phase),
				itemId: RIGHTS_GUESS_ITEM,
				type: 'numeric',
				response: String(checkIn.rightsGuess),
				description: words.checkIn.rightsGuessLabel,
			});
		}
		if (checkIn.rightsNamed !== undefined) {
			items.push({
				kind: baselineKind(phase),
				itemId: RIGHTS_NAMED_ITEM,
				type: 'numeric',
				response: String(checkIn.rightsNamed.length),
				description: words.checkIn.rightsNameLabel,
			});
		}
	}
	if (asks.includes('everyday-decisions')) {
		for (const id of EVERYDAY_STATEMENT_IDS) {
			const point = checkIn.statements[id];
			if (point === undefined) continue;
			items.push({
				kind: baselineKind(phase),
				itemId: id,
				type: 'likert',
				response: String(point),
				description: words.checkIn.statements[id],
			});
		}
	}
	return items.map((item) => toInteraction(version, info.summary.id, at, item));
}

/** The records of one saved feedback form: each rating given, and the text if there is any. */
export function feedbackInteractions(
	version: ApiVersion,
	info: ScormModuleInfo,
	feedback: Omit<ModuleFeedback, 'at'>,
	at: Date,
): Interaction[] {
	if (!info.summary.checkIns.feedback) return [];
	const items: Item[] = [];
	for (const question of FEEDBACK_RATINGS) {
		const point = feedback.ratings[question];
		if (point === undefined) continue;
		items.push({
			kind: 'feedback',
			itemId: question,
			type: 'likert',
			response: String(point),
			description: words.feedback.questions[question],
		});
	}
	const text = feedbackText(version, feedback.change);
	if (text !== '') {
		items.push({
			kind: 'feedback',
			itemId: FEEDBACK_CHANGE_ITEM,
			type: version === '1.2' ? 'fill-in' : 'long-fill-in',
			response: text,
			description: words.feedback.changeLabel,
		});
	}
	return items.map((item) => toInteraction(version, info.summary.id, at, item));
}

/** The free text as one line every LMS stores, cut to what the version holds. */
export function feedbackText(version: ApiVersion, text: string): string {
	const line = text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '').trimStart();
	const limit = version === '1.2' ? SCORM12_FEEDBACK_LENGTH : FEEDBACK_TEXT_LIMIT;
	let cut = line.slice(0, limit);
	// Do not leave half of a surrogate pair at the end.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return cut;
}
