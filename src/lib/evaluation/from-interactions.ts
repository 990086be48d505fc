/**
 * A learner's evaluation answers from the SCORM interactions an LMS recorded (one attempt's
 * `cmi.interactions.n.id` and response). Ids follow `scorm/evaluation-ids.ts` in either version's
 * form (`first-look.confidence-start.o-duty` in 2004, `first-look_confidence-start_o-duty` in
 * 1.2); any other interaction, a question or a scenario choice, is left out. Every value is
 * checked against what the package sends: a likert rating `1` to `5`; `rights-guess` and
 * `rights-named` a whole number from 0 to 16; the feedback's `change` free text. A value outside
 * those refuses the whole file, naming the cell.
 */
import * as z from 'zod/mini';
import {
	FEEDBACK_TEXT_LIMIT,
	RIGHTS_IN_THE_ACT,
	type CheckInPhase,
	type ScalePoint,
} from '../../schemas/evaluation-ids.ts';
import {
	FEEDBACK_CHANGE_ITEM,
	parseEvaluationInteractionId,
	RIGHTS_GUESS_ITEM,
	RIGHTS_NAMED_ITEM,
	type EvaluationInteractionId,
} from '../scorm/evaluation-ids.ts';
import { emptyPhase, type ModuleAnswers } from './answers.ts';

/** One interaction as an export holds it, with where it was, for messages. */
export interface RecordedInteraction {
	id: string;
	response: string;
	/** "row 4, column “Response 7”". */
	where: string;
}

export type InteractionAnswersResult =
	| {
			ok: true;
			modules: Record<string, ModuleAnswers>;
			/** How many interactions had an evaluation id, answered or not. */
			recognised: number;
	  }
	| { ok: false; message: string };

// The responses the package sends (`scorm/evaluation-interactions.ts`): a likert point is one
// digit; a count is a whole number, which an LMS may write with a decimal part of zero.
const Likert = z.string().check(z.trim(), z.regex(/^[1-5]$/));
const Count = z.string().check(z.trim(), z.regex(/^\d{1,2}(?:\.0+)?$/));
const FreeText = z.string().check(z.maxLength(FEEDBACK_TEXT_LIMIT));

function likert(value: string): ScalePoint | undefined {
	const parsed = Likert.safeParse(value);
	return parsed.success ? (Number(parsed.data) as ScalePoint) : undefined;
}

function count(value: string): number | undefined {
	const parsed = Count.safeParse(value);
	if (!parsed.success) return undefined;
	const number = Number(parsed.data);
	return number <= RIGHTS_IN_THE_ACT ? number : undefined;
}

const phaseOf = (kind: string): CheckInPhase => (kind.endsWith('-start') ? 'start' : 'end');

function itemPath(id: EvaluationInteractionId): string {
	return `${id.moduleId} › ${id.kind} › ${id.itemId}`;
}

/**
 * Sorts one attempt's interactions into modules and phases. A later interaction with the same id
 * replaces an earlier one, as an answer changed in the package replaces the one before.
 */
export function answersFromInteractions(
	interactions: readonly RecordedInteraction[],
): InteractionAnswersResult {
	const modules = new Map<string, ModuleAnswers>();
	let recognised = 0;
	for (const interaction of interactions) {
		const id = parseEvaluationInteractionId(interaction.id);
		if (!id) continue;
		recognised++;
		const response = interaction.response;
		// An interaction the learner skipped is not sent; an empty cell is no answer.
		if (response.trim() === '') continue;
		const module = modules.get(id.moduleId) ?? { checkIns: {} };
		modules.set(id.moduleId, module);
		const refuse = (expected: string): InteractionAnswersResult => ({
			ok: false,
			message: `${interaction.where} (${itemPath(id)}): “${response}” is not ${expected}.`,
		});
		if (id.kind === 'feedback') {
			module.feedback ??= { ratings: {}, change: '' };
			if (id.itemId === FEEDBACK_CHANGE_ITEM) {
				if (!FreeText.safeParse(response).success)
					return refuse(
						`an answer the course sends: it is longer than ${FEEDBACK_TEXT_LIMIT.toLocaleString('en-GB')} characters`,
					);
				module.feedback.change = response.trim();
			} else {
				const point = likert(response);
				if (point === undefined) return refuse('a rating from 1 to 5');
				module.feedback.ratings[id.itemId] = point;
			}
		} else {
			const phase = (module.checkIns[phaseOf(id.kind)] ??= emptyPhase());
			if (id.itemId === RIGHTS_GUESS_ITEM || id.itemId === RIGHTS_NAMED_ITEM) {
				const value = count(response);
				if (value === undefined) return refuse(`a whole number from 0 to ${RIGHTS_IN_THE_ACT}`);
				if (id.itemId === RIGHTS_GUESS_ITEM) phase.rightsGuess = value;
				else phase.rightsNamed = value;
			} else {
				const point = likert(response);
				if (point === undefined) return refuse('a rating from 1 to 5');
				if (id.kind.startsWith('confidence')) phase.confidence[id.itemId] = point;
				else phase.statements[id.itemId] = point;
			}
		}
	}
	return { ok: true, modules: Object.fromEntries(modules), recognised };
}
