/**
 * `cmi.suspend_data`: everything needed to resume one module, in a compact, versioned text that
 * fits SCORM 1.2's 4,096 characters (CMIString4096, SCORM 1.2 RTE 3.4.2) with room to spare.
 *
 * Ids the author writes are never encoded by position, so reordering, adding or removing lessons,
 * questions, options, scenario nodes, choices and endings, statements or outcomes keeps every
 * other record. Each id is written as a short hash (FNV-1a, then the murmur3 finaliser, as
 * base64url characters): 3 characters (18 bits) for ids unique in the module (lessons,
 * questions, scenarios, reviews) or in their scenario (choices, nodes, endings: three separate
 * namespaces), 2 (12 bits) for options and statements, unique within their question or review,
 * and for outcomes, of which a module has a handful. Decoding hashes the ids the module has now
 * and looks the stored hashes up; whatever has gone is dropped and the rest kept: a lesson,
 * question, scenario or review record, a scenario's current node or ending, or an outcome's
 * confidence ratings, with a reason in `problems`; a chosen option, path step or Traffic Light
 * rating silently. `suspendDataCollisions` finds two ids of one namespace with the same hash, so
 * the build can fail and the author can rename the id added last (it has not been released yet).
 * The course's own fixed lists in `schemas/evaluation-ids.ts` (the everyday-decisions statements,
 * the 16 rights in Schedule order, the feedback questions), whose ids and order never change, are
 * written by position.
 *
 * Format `R4` (all characters URL-safe; `~` `,` `.` separate and are never part of a value;
 * `!` is never written, as it marked a literal id in `R1`; `|` is never written, as the course
 * envelope in `course-data.ts` joins module values with it):
 *
 *     R4 ~ header ~ lessons ~ questions ~ scenarios ~ reviews ~ evaluation
 *     header     = module . trim . started . updated . version . completedAt . completedScore
 *                  . completedVersion . bookmark . restartedAt . attempt
 *     lessons    = lesson(3) time, …                                 (comma-separated records)
 *     questions  = question(3) . options(2 each) . state . time, …    state = attempts × 2 + correct
 *     scenarios  = scenario(3) . node(3) . path(3 each) . ending . best . runs . time, …
 *                  node = the current node; ending = outcome(p|m|n) score(2) ending(3)
 *     reviews    = review(3) . ratings(statement(2) r|a|g each) . time, …
 *     evaluation = start . end . confidence . feedback . statements . rights  (one record)
 *                  start, end = when the check-in of that phase was saved; empty if it was not
 *                  confidence = module outcome(2) pair(1) each; statements = pair(1) each
 *                  feedback = pair(1: relevance, clarity) time; rights = start(4) end(4),
 *                  each guess(1: 0 none, else guess + 1) named(3: 0 none, else mask + 1)
 *
 * A `pair` is two optional ratings of 1 to 5 in one character, `first × 6 + second` with 0 for
 * none: the start and end check-in's ratings, or the feedback's relevance and clarity. `mask`
 * has bit `i` set for the `i`th right of `HRA_RIGHT_IDS`. Trailing empty fields of the
 * evaluation record are left out. Only what the module asks (`summary.checkIns`) is written:
 * confidence when it asks for confidence, a phase's statements or rights when that phase's
 * baseline includes them, a phase's time when it asks anything then, feedback when it asks for
 * it; answers to questions a module version no longer asks stay on the device. Free text (the
 * feedback's "what would you change") is never written: the LMS receives it as an interaction.
 *
 * `restartedAt` is when the learner last started the assessment again (answers from before it
 * do not count), and `attempt` is the LMS attempt the value belongs to (`ATTEMPT_ID_LENGTH`
 * base64url characters, or empty inside a course envelope, which holds it once): a session
 * compares it with the device's copy to tell a lost commit from a new attempt. `R3` is `R4`
 * without the evaluation section, and with `R3_TRIM_LEVELS` as its trim levels. `R2` lacks
 * `restartedAt` and `attempt` too and is read as if both were empty.
 *
 * Format `R1` differs from `R2` only in scenario records: the module info did not list endings or nodes
 * without choices, so `node` was a hash(3) of a node with choices or `!` and the literal id, and
 * `ending` was outcome(p|m|n) score(2) and the literal id (author ids are at most 64 characters
 * of `a-z0-9-`). `decode` and `describeSuspendData` still read `R1`, `R2` and `R3`, so values
 * already in an LMS resume (literal ids the module no longer has are dropped like hashes);
 * `encode` writes `R4`.
 *
 * Numbers are base64url, most significant digit first (`A` = 0, `_` = 63). `started` counts
 * seconds from 2020-01-01T00:00Z; every other time counts whole minutes from `started`, rounded
 * down, so a decoded record is never newer than the record it came from (the local copy wins a
 * tie when the two are merged); a check-in or feedback time that cannot be read is written as
 * minute 0. `trim` says what `fitToLimit` left out (`TRIM_LEVELS`).
 *
 * Not stored: reflections, Rights Check answers, edited review actions and the feedback's
 * "what would you change" (free text stays on the device, in the local safety net); lesson visit
 * counts; scenario variables, which `replayVars` rebuilds from the path; step times (each step
 * gets the scenario's time).
 *
 * Bounds that make the worst case finite (`worstCaseLength`): at most `min(maxPathLength,
 * MAX_SCENARIO_PATH)` choices of the current run (the last ones), ids of every length as hashes
 * of 3 or 2 characters (only ids the module info lists are written), attempts up to 2,047, run
 * counts and scores up to 4,095, times up to 2^24 minutes (31 years) after a start before
 * 4197, versions up to 16 characters, one option for single-choice and true-false questions,
 * one confidence pair per outcome the module lists, and the fixed lengths of the statements (one
 * character per statement) and rights (8) fields.
 */
import { isScalePoint, type ScalePoint } from '../../../schemas/evaluation-ids.ts';
import { MAX_SCENARIO_PATH, type ScormModuleInfo } from '../module-info.ts';

export const SUSPEND_DATA_FORMAT = 'R4';

/**
 * Formats `decode` reads: the current one, `R3` (no evaluation answers), `R2` (no attempt) and
 * `R1` (literal ids too).
 */
export const READABLE_FORMATS: readonly string[] = ['R1', 'R2', 'R3', SUSPEND_DATA_FORMAT];

/** Length of an attempt id: 36 random bits, as base64url characters. */
export const ATTEMPT_ID_LENGTH = 6;
const ATTEMPT_ID = /^[A-Za-z0-9_-]{6}$/;

/** A new random attempt id (`ATTEMPT_ID_LENGTH` base64url characters). */
export function newAttemptId(): string {
	const bytes = crypto.getRandomValues(new Uint8Array(ATTEMPT_ID_LENGTH));
	let text = '';
	for (const byte of bytes) text += ALPHABET.charAt(byte & 63);
	return text;
}

/** Whether `text` can be stored as an attempt id. */
export function isAttemptId(text: string | undefined): text is string {
	return text !== undefined && ATTEMPT_ID.test(text);
}

/**
 * What `fitToLimit` drops, in order, until the value fits: the first entry is nothing. The
 * header (completion, completion score, version, bookmark) is always kept; the score of an
 * unfinished module comes from the assessment questions, kept until last. Evaluation answers go
 * after the scenario paths and question responses, which are the longest parts, and before the
 * Traffic Light ratings, which no LMS record holds: the LMS already has every evaluation answer
 * as an interaction, and none of them counts towards score or completion.
 */
export const TRIM_LEVELS = [
	'nothing',
	'scenario paths',
	'question responses',
	'evaluation answers',
	'Traffic Light ratings',
	'scenario progress',
	'answers outside the assessment',
	'lessons visited',
	'assessment answers',
] as const;

export type TrimLevel = (typeof TRIM_LEVELS)[number];

/** The trim levels of formats `R1` to `R3`, whose header counts `trim` in this list. */
export const R3_TRIM_LEVELS: readonly TrimLevel[] = [
	'nothing',
	'scenario paths',
	'question responses',
	'Traffic Light ratings',
	'scenario progress',
	'answers outside the assessment',
	'lessons visited',
	'assessment answers',
];

/** The trim levels a value of `format` counts in. */
export function trimLevels(format: string): readonly TrimLevel[] {
	return format === SUSPEND_DATA_FORMAT ? TRIM_LEVELS : R3_TRIM_LEVELS;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
export const VERSION = /^\d+\.\d+\.\d+$/;
export const MAX_VERSION_LENGTH = 16;
export const EPOCH = Date.UTC(2020, 0, 1);
export const MAX_STARTED_SECONDS = 64 ** 6 - 1;
export const MAX_MINUTES = 64 ** 4 - 1;
export const MAX_SMALL = 64 ** 2 - 1;
export const MAX_ATTEMPTS = (MAX_SMALL - 1) / 2;
export const ID_HASH = 3;
export const CHILD_HASH = 2;
export const OUTCOMES = { positive: 'p', mixed: 'm', negative: 'n' } as const;
/** One check-in's part of the evaluation record's `rights` field: guess(1) named(3). */
export const CHECK_IN_RIGHTS_LENGTH = 4;
export const RATINGS = { red: 'r', amber: 'a', green: 'g' } as const;

export type Outcome = keyof typeof OUTCOMES;
export type Rating = keyof typeof RATINGS;

/** Two optional ratings of 1 to 5 as one base64url character (a `pair` in the format). */
export function toPair(first: unknown, second: unknown): string {
	const point = (rating: unknown) => (isScalePoint(rating) ? rating : 0);
	return ALPHABET.charAt(point(first) * 6 + point(second));
}

/** The two ratings a `pair` character holds, or `undefined` if it is not one. */
export function fromPair(
	char: string,
): [ScalePoint | undefined, ScalePoint | undefined] | undefined {
	const value = char.length === 1 ? ALPHABET.indexOf(char) : -1;
	if (value < 0 || value >= 36) return undefined;
	const point = (rating: number) => (isScalePoint(rating) ? rating : undefined);
	return [point(Math.floor(value / 6)), point(value % 6)];
}

/** Hash of an id as `width` base64url characters. */
export function idHash(id: string, width: number = ID_HASH): string {
	let hash = 0x811c9dc5;
	for (let index = 0; index < id.length; index++) {
		hash ^= id.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	// murmur3 fmix32 spreads FNV's weak low bits over the characters we keep.
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	let text = '';
	for (let index = 0; index < width; index++) text += ALPHABET.charAt((hash >>> (6 * index)) & 63);
	return text;
}

export function toNumber(value: number): string {
	let rest = Math.max(0, Math.floor(value));
	let text = '';
	do {
		text = ALPHABET.charAt(rest % 64) + text;
		rest = Math.floor(rest / 64);
	} while (rest > 0);
	return text;
}

export function toFixed(value: number, width: number): string {
	return toNumber(value).padStart(width, 'A').slice(-width);
}

/** The number a base64url field of at most `width` characters holds; else `undefined`. */
export function fromNumber(text: string, width = 2): number | undefined {
	if (text === '' || text.length > width) return undefined;
	let value = 0;
	for (const char of text) {
		const digit = ALPHABET.indexOf(char);
		if (digit < 0) return undefined;
		value = value * 64 + digit;
	}
	return value;
}

export function chunks(text: string, width: number): string[] {
	const parts: string[] = [];
	for (let index = 0; index + width <= text.length; index += width) {
		parts.push(text.slice(index, index + width));
	}
	return parts;
}

export function validId(id: string | undefined): id is string {
	return id !== undefined && id.length <= MAX_ID_LENGTH && ID.test(id);
}

export function clamp(value: number, max: number): number {
	return Math.min(Math.max(Math.floor(value), 0), max);
}

export function pathLimit(scenario: ScormModuleInfo['scenarios'][number]): number {
	return clamp(scenario.maxPathLength, MAX_SCENARIO_PATH);
}

/** A time in milliseconds since 1970. */
export type Time = number;

export const iso = (time: Time) => new Date(time).toISOString();

/** Looks ids up by hash; a hash two ids share resolves to neither. */
export class Lookup {
	readonly #ids = new Map<string, string | null>();

	constructor(ids: Iterable<string>, width: number) {
		for (const id of new Set(ids)) {
			const hash = idHash(id, width);
			this.#ids.set(hash, this.#ids.has(hash) ? null : id);
		}
	}

	get(hash: string): string | undefined {
		return this.#ids.get(hash) ?? undefined;
	}
}

/**
 * Pairs of ids in one namespace with the same hash, as sentences for the build to print. Such
 * ids cannot be told apart in suspend data, so their records would be dropped on resume.
 */
export function suspendDataCollisions(info: ScormModuleInfo): string[] {
	const problems: string[] = [];
	const check = (what: string, ids: readonly string[], width: number) => {
		const seen = new Map<string, string>();
		for (const id of new Set(ids)) {
			const hash = idHash(id, width);
			const earlier = seen.get(hash);
			if (earlier === undefined) seen.set(hash, id);
			else {
				problems.push(
					`The ${what} ids \`${earlier}\` and \`${id}\` share the suspend-data hash \`${hash}\`. Rename the one added most recently.`,
				);
			}
		}
	};
	check(
		'lesson',
		info.summary.lessons.map((lesson) => lesson.id),
		ID_HASH,
	);
	check(
		'question',
		info.questions.map((question) => question.id),
		ID_HASH,
	);
	for (const question of info.questions) {
		check(`option (question \`${question.id}\`)`, question.optionIds, CHILD_HASH);
	}
	check(
		'scenario',
		info.scenarios.map((scenario) => scenario.id),
		ID_HASH,
	);
	for (const scenario of info.scenarios) {
		check(
			`choice (scenario \`${scenario.id}\`)`,
			scenario.choices.map((choice) => choice.id),
			ID_HASH,
		);
		check(`node (scenario \`${scenario.id}\`)`, scenario.nodeIds, ID_HASH);
		check(`ending (scenario \`${scenario.id}\`)`, scenario.endingIds, ID_HASH);
	}
	check(
		'Traffic Light',
		info.reviews.map((review) => review.id),
		ID_HASH,
	);
	for (const review of info.reviews) {
		check(`statement (Traffic Light \`${review.id}\`)`, review.statementIds, CHILD_HASH);
	}
	check(
		'outcome',
		info.summary.outcomes.map((outcome) => outcome.id),
		CHILD_HASH,
	);
	return problems;
}
