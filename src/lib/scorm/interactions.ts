/**
 * `cmi.interactions` records: one for every question answer and every scenario choice, in the
 * vocabulary and formats of each version. The values here are final; `scorm12.ts` and
 * `scorm2004.ts` only name the elements.
 *
 * Ids: the question id; for a scenario choice `<scenario-id>.<choice-id>` in 2004 and
 * `<scenario-id>_<choice-id>` in 1.2, because SCORM 1.2 CMIIdentifier allows letters, digits,
 * `-` and `_` only (SCORM 1.2 RTE 3.4.2). Author ids never contain `_` or `.`, so both forms
 * are unambiguous. Ids are at most 64 + 1 + 64 characters, inside the 255 of 1.2.
 *
 * Responses: 2004 sends each option id with its hyphens turned into underscores, `c_covert[,]a_b`
 * (`responseToken`). The spec allows hyphens in a short_identifier_type (SCORM 2004 RTE 4.2), but
 * Moodle 4.5 checks choice responses and patterns against `^[\w\.]{1,250}$` (CMIShortIdentifier
 * in mod/scorm/datamodels/scorm_13.js) and answers 406 to a hyphen, losing the value; letters,
 * digits and `_` pass every LMS's check. Author ids never contain `_`, so the mapping cannot make
 * two options of one question alike (`responseTokenCollisions` checks it at build time anyway),
 * and the response stays readable in LMS reports, beside the prompt in the description.
 * SCORM 1.2 defines a choice response as single characters `0-9`/`a-z` separated by commas, and
 * many 1.2 LMSs accept nothing else, so 1.2 sends a letter per option in authored order
 * (`a` = first option … `z`, then `0`–`9`) and `t`/`f` for true-false. The letters describe the
 * options as the package that sent them had them; LMS reports of an updated package may mean
 * other options by the same letter. A question with more than 36 options (none today) sends the
 * option ids for the rest, cut to CMIFeedback's 255 characters.
 *
 * Scenario choices: type `choice` in both versions (1.2 has no `other`), the learner response
 * is the choice, the correct response pattern lists the choices the author marked best at that
 * node, and the result is `neutral`. Scenarios are for practice: a "wrong" result would count as
 * a failed question in LMS reports, while the pattern still lets a report compare with the best.
 */
import type { ApiVersion } from './api.ts';
import { formatCmiTime, formatIsoDuration, formatIsoTimestamp } from './cmi-time.ts';
import type { ScormModuleInfo } from './module-info.ts';

export interface Interaction {
	id: string;
	/** `likert`, `numeric` and the fill-ins are the evaluation answers (`evaluation-interactions.ts`). */
	type: 'choice' | 'true-false' | 'likert' | 'numeric' | 'fill-in' | 'long-fill-in';
	/** `''` when there is nothing to send; the element is then left out. */
	learnerResponse: string;
	/** 1.2: `correct | wrong | neutral`; 2004: `correct | incorrect | neutral`. */
	result: string;
	/** Correct response pattern; absent when no choice is marked best. */
	correctResponse?: string;
	/** 1.2 time of day or 2004 date-time. */
	timestamp: string;
	/** 2004 only. */
	latency?: string;
	/** 2004 only. */
	description?: string;
}

type QuestionInfo = ScormModuleInfo['questions'][number];
type ScenarioInfo = ScormModuleInfo['scenarios'][number];

/** CMIFeedback (SCORM 1.2 RTE 3.4.2): `student_response` and `pattern` hold 255 characters. */
const SCORM12_FEEDBACK_LENGTH = 255;
/** CMIIdentifier (SCORM 1.2 RTE 3.4.2): `cmi.interactions.n.id` holds 255 characters. */
const SCORM12_ID_LENGTH = 255;
/** localized_string_type, SPM 250 (SCORM 2004 RTE 4.2): `cmi.interactions.n.description`. */
const SCORM2004_DESCRIPTION_LENGTH = 250;

const SCORM12_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** Moodle's CMIShortIdentifier (mod/scorm/datamodels/scorm_13.js): what a 2004 choice item may be. */
export const SCORM2004_RESPONSE_PATTERN = /^[\w.]{1,250}$/;

/** The 2004 response item for an option or choice id: hyphens become underscores. */
function responseToken(id: string): string {
	return id.replaceAll('-', '_');
}

/**
 * Problems with the 2004 response items of every question and scenario node, as sentences for
 * the build: an item that would fail `SCORM2004_RESPONSE_PATTERN`, or two options of one question
 * (or two choices at one node) that would send the same item.
 */
export function responseTokenCollisions(info: ScormModuleInfo): string[] {
	const problems: string[] = [];
	const check = (where: string, ids: readonly string[]) => {
		const seen = new Map<string, string>();
		for (const id of ids) {
			const token = responseToken(id);
			if (!SCORM2004_RESPONSE_PATTERN.test(token)) {
				problems.push(
					`${where}: the option \`${id}\` would be sent as \`${token}\`, which LMSs reject. Use lower-case letters, digits and hyphens.`,
				);
			}
			const earlier = seen.get(token);
			if (earlier !== undefined && earlier !== id) {
				problems.push(
					`${where}: the options \`${earlier}\` and \`${id}\` would both be sent as \`${token}\`. Rename one of them.`,
				);
			}
			seen.set(token, id);
		}
	};
	for (const question of info.questions) check(`Question \`${question.id}\``, question.optionIds);
	for (const scenario of info.scenarios) {
		for (const nodeId of new Set(scenario.choices.map((choice) => choice.nodeId))) {
			check(
				`Scenario \`${scenario.id}\`, node \`${nodeId}\``,
				scenario.choices.filter((choice) => choice.nodeId === nodeId).map((choice) => choice.id),
			);
		}
	}
	return problems;
}

/** The 1.2 single-character code of the option at `index`, or the option id past 36 options. */
function letter(optionIds: readonly string[], id: string): string | undefined {
	const index = optionIds.indexOf(id);
	if (index < 0) return undefined;
	return SCORM12_LETTERS.charAt(index) || id;
}

/** Joins 1.2 response codes with commas, dropping whole codes that would pass 255 characters. */
function scorm12List(codes: readonly string[]): string {
	let text = '';
	for (const code of codes) {
		const next = text === '' ? code : `${text},${code}`;
		if (next.length > SCORM12_FEEDBACK_LENGTH) break;
		text = next;
	}
	return text;
}

function responseList(
	version: ApiVersion,
	optionIds: readonly string[],
	chosen: readonly string[],
	trueFalse: boolean,
): string {
	const known = optionIds.filter((id) => chosen.includes(id));
	if (trueFalse) {
		const value = known[0];
		if (value === undefined) return '';
		return version === '1.2' ? value.charAt(0) : value;
	}
	if (version === '2004') return known.map(responseToken).join('[,]');
	return scorm12List(known.map((id) => letter(optionIds, id) ?? id));
}

/** Plain one-line text without a leading `{`, which 2004 would read as a `{lang=…}` tag. */
export function interactionDescription(text: string): string {
	const line = text.replace(/\s+/g, ' ').trim().replace(/^\{+/, '');
	if (line.length <= SCORM2004_DESCRIPTION_LENGTH) return line;
	let cut = line.slice(0, SCORM2004_DESCRIPTION_LENGTH);
	// Do not leave half of a surrogate pair at the end.
	if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
	return cut;
}

function timing(
	version: ApiVersion,
	at: Date,
	latencyMs: number | undefined,
): Pick<Interaction, 'timestamp' | 'latency'> {
	if (version === '1.2') return { timestamp: formatCmiTime(at) };
	return {
		timestamp: formatIsoTimestamp(at),
		...(latencyMs === undefined || latencyMs < 0 ? {} : { latency: formatIsoDuration(latencyMs) }),
	};
}

/** The record of one answer to `question`. */
export function questionInteraction(
	version: ApiVersion,
	question: QuestionInfo,
	answer: { response: readonly string[]; correct: boolean },
	at: Date,
	latencyMs?: number,
): Interaction {
	const trueFalse = question.type === 'true-false';
	const correctResponse = responseList(
		version,
		question.optionIds,
		question.correctOptionIds,
		trueFalse,
	);
	return {
		id: version === '1.2' ? question.id.slice(0, SCORM12_ID_LENGTH) : question.id,
		type: trueFalse ? 'true-false' : 'choice',
		learnerResponse: responseList(version, question.optionIds, answer.response, trueFalse),
		result: answer.correct ? 'correct' : version === '1.2' ? 'wrong' : 'incorrect',
		...(correctResponse === '' ? {} : { correctResponse }),
		...timing(version, at, latencyMs),
		...(version === '2004' ? { description: interactionDescription(question.description) } : {}),
	};
}

/** The interaction id of a scenario choice. */
function scenarioInteractionId(version: ApiVersion, scenarioId: string, choiceId: string): string {
	return version === '1.2'
		? `${scenarioId}_${choiceId}`.slice(0, SCORM12_ID_LENGTH)
		: `${scenarioId}.${choiceId}`;
}

/** The record of one scenario choice; `undefined` if the scenario no longer has the choice. */
export function scenarioChoiceInteraction(
	version: ApiVersion,
	scenario: ScenarioInfo,
	choiceId: string,
	at: Date,
	latencyMs?: number,
): Interaction | undefined {
	const choice = scenario.choices.find((candidate) => candidate.id === choiceId);
	if (!choice) return undefined;
	const siblings = scenario.choices
		.filter((candidate) => candidate.nodeId === choice.nodeId)
		.map((candidate) => candidate.id);
	const best = scenario.choices
		.filter((candidate) => candidate.nodeId === choice.nodeId && candidate.best)
		.map((candidate) => candidate.id);
	const correctResponse = responseList(version, siblings, best, false);
	return {
		id: scenarioInteractionId(version, scenario.id, choice.id),
		type: 'choice',
		learnerResponse: responseList(version, siblings, [choice.id], false),
		result: 'neutral',
		...(correctResponse === '' ? {} : { correctResponse }),
		...timing(version, at, latencyMs),
		...(version === '2004' ? { description: interactionDescription(choice.description) } : {}),
	};
}
