/**
 * The `cmi.interactions.n.id` of every evaluation answer (confidence, baseline, feedback), and
 * reading one back from an LMS report. Shared by the package, which writes them, and the trainers'
 * evaluation page, which reads them from an LMS export.
 *
 *     <module-id> <sep> <kind> <sep> <item-id>      sep = "." in SCORM 2004, "_" in SCORM 1.2
 *
 * `kind` is `confidence-start`, `confidence-end` (item: an outcome id), `baseline-start`,
 * `baseline-end` (item: an everyday-decisions statement id, `rights-guess` or `rights-named`) or
 * `feedback` (item: `relevance`, `clarity` or `change`). The module id is part of the id because a
 * one-SCO course package reports every module's answers in one SCO. SCORM 1.2 CMIIdentifier allows
 * letters, digits, `-` and `_` only (SCORM 1.2 RTE 3.4.2) and author ids never contain `_` or
 * `.`, so both forms split into exactly three parts and never look like a question id (no
 * separator) or a scenario choice (one). The longest is 64 + 16 + 64 + 2 characters, inside the
 * 255 of CMIIdentifier.
 */
import type { ApiVersion } from './api.ts';
import type { CheckInPhase } from '../../schemas/evaluation-ids.ts';

const EVALUATION_KINDS = [
	'confidence-start',
	'confidence-end',
	'baseline-start',
	'baseline-end',
	'feedback',
] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** Baseline items that are not statements. */
export const RIGHTS_GUESS_ITEM = 'rights-guess';
export const RIGHTS_NAMED_ITEM = 'rights-named';
/** The feedback's free-text item; the other feedback items are `FEEDBACK_RATINGS`. */
export const FEEDBACK_CHANGE_ITEM = 'change';

export function confidenceKind(phase: CheckInPhase): EvaluationKind {
	return phase === 'start' ? 'confidence-start' : 'confidence-end';
}

export function baselineKind(phase: CheckInPhase): EvaluationKind {
	return phase === 'start' ? 'baseline-start' : 'baseline-end';
}

export function evaluationInteractionId(
	version: ApiVersion,
	moduleId: string,
	kind: EvaluationKind,
	itemId: string,
): string {
	const separator = version === '1.2' ? '_' : '.';
	return [moduleId, kind, itemId].join(separator);
}

export interface EvaluationInteractionId {
	moduleId: string;
	kind: EvaluationKind;
	itemId: string;
}

/**
 * The parts of an evaluation interaction id in either version's form, or `undefined` for any
 * other interaction (a question, a scenario choice) or an id this course never writes.
 */
export function parseEvaluationInteractionId(id: string): EvaluationInteractionId | undefined {
	for (const separator of ['.', '_']) {
		const parts = id.trim().split(separator);
		if (parts.length !== 3) continue;
		const [moduleId, kind, itemId] = parts as [string, string, string];
		if (!EVALUATION_KINDS.includes(kind as EvaluationKind)) continue;
		if (!AUTHOR_ID.test(moduleId) || !AUTHOR_ID.test(itemId)) continue;
		return { moduleId, kind: kind as EvaluationKind, itemId };
	}
	return undefined;
}

/** What an author id looks like (`schemas/ids.ts`): lower-case letters, digits and hyphens. */
const AUTHOR_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
