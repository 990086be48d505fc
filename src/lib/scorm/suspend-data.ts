/**
 * `cmi.suspend_data`: everything needed to resume one module, in a compact, versioned text that
 * fits SCORM 1.2's 4,096 characters (CMIString4096, SCORM 1.2 RTE 3.4.2) with room to spare.
 *
 * Ids are never encoded by position, so reordering, adding or removing lessons, questions,
 * options, scenario nodes, choices and endings or statements keeps every other record. Each id
 * is written as a short hash (FNV-1a, then the murmur3 finaliser, as base64url characters):
 * 3 characters (18 bits) for ids unique in the module (lessons, questions, scenarios, reviews) or
 * in their scenario (choices, nodes, endings: three separate namespaces), 2 (12 bits) for options
 * and statements, unique within their question or review. Decoding hashes the ids the module has
 * now and looks the stored hashes up; whatever has gone is dropped and the rest kept: a lesson,
 * question, scenario or review record, or a scenario's current node or ending, with a reason in
 * `problems`; a chosen option, path step or rating silently. `suspendDataCollisions` finds two
 * ids of one namespace with the same hash, so the build can fail and the author can rename the
 * id added last (it has not been released yet).
 *
 * Format `R3` (all characters URL-safe; `~` `,` `.` separate and are never part of a value;
 * `!` is never written, as it marked a literal id in `R1`; `|` is never written, as the course
 * envelope in `course-data.ts` joins module values with it):
 *
 *     R3 ~ header ~ lessons ~ questions ~ scenarios ~ reviews
 *     header    = module . trim . started . updated . version . completedAt . completedScore
 *                 . completedVersion . bookmark . restartedAt . attempt
 *     lessons   = lesson(3) time, …                                  (comma-separated records)
 *     questions = question(3) . options(2 each) . state . time, …     state = attempts × 2 + correct
 *     scenarios = scenario(3) . node(3) . path(3 each) . ending . best . runs . time, …
 *                 node = the current node; ending = outcome(p|m|n) score(2) ending(3)
 *     reviews   = review(3) . ratings(statement(2) r|a|g each) . time, …
 *
 * `restartedAt` is when the learner last started the assessment again (answers from before it
 * do not count), and `attempt` is the LMS attempt the value belongs to (`ATTEMPT_ID_LENGTH`
 * base64url characters, or empty inside a course envelope, which holds it once): a session
 * compares it with the device's copy to tell a lost commit from a new attempt. Format `R2`
 * lacks both fields and is read as if both were empty.
 *
 * Format `R1` differs from `R2` only in scenario records: the module info did not list endings or nodes
 * without choices, so `node` was a hash(3) of a node with choices or `!` and the literal id, and
 * `ending` was outcome(p|m|n) score(2) and the literal id (author ids are at most 64 characters
 * of `a-z0-9-`). `decode` and `describeSuspendData` still read `R1`, so values already in an LMS
 * resume (literal ids the module no longer has are dropped like hashes); `encode` writes `R3`.
 *
 * Numbers are base64url, most significant digit first (`A` = 0, `_` = 63). `started` counts
 * seconds from 2020-01-01T00:00Z; every other time counts whole minutes from `started`, rounded
 * down, so a decoded record is never newer than the record it came from (the local copy wins a
 * tie when the two are merged). `trim` says what `fitToLimit` left out (`TRIM_LEVELS`).
 *
 * Not stored: reflections, Rights Check answers and edited review actions (free text stays on
 * the device, in the local safety net); lesson visit counts; scenario variables, which
 * `replayVars` rebuilds from the path; step times (each step gets the scenario's time).
 *
 * Bounds that make the worst case finite (`worstCaseLength`): at most `min(maxPathLength,
 * MAX_SCENARIO_PATH)` choices of the current run (the last ones), ids of every length as hashes
 * of 3 or 2 characters (only ids the module info lists are written), attempts up to 2,047, run
 * counts and scores up to 4,095, times up to 2^24 minutes (31 years) after a start before
 * 4197, versions up to 16 characters, one option for single-choice and true-false questions.
 */
import type {
	ModuleProgress,
	QuestionProgress,
	ReviewProgress,
	ScenarioProgress,
} from '../../schemas/progress.ts';
import { MAX_SCENARIO_PATH, type ScormModuleInfo } from './module-info.ts';

export const SUSPEND_DATA_FORMAT = 'R3';

/** Formats `decode` reads: the current one, `R2` (no attempt) and `R1` (literal ids too). */
const READABLE_FORMATS: readonly string[] = ['R1', 'R2', SUSPEND_DATA_FORMAT];

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
 * unfinished module comes from the assessment questions, kept until last.
 */
export const TRIM_LEVELS = [
	'nothing',
	'scenario paths',
	'question responses',
	'Traffic Light ratings',
	'scenario progress',
	'answers outside the assessment',
	'lessons visited',
	'assessment answers',
] as const;

export type TrimLevel = (typeof TRIM_LEVELS)[number];

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_ID_LENGTH = 64;
const VERSION = /^\d+\.\d+\.\d+$/;
const MAX_VERSION_LENGTH = 16;
const EPOCH = Date.UTC(2020, 0, 1);
const MAX_STARTED_SECONDS = 64 ** 6 - 1;
const MAX_MINUTES = 64 ** 4 - 1;
const MAX_SMALL = 64 ** 2 - 1;
const MAX_ATTEMPTS = (MAX_SMALL - 1) / 2;
const ID_HASH = 3;
const CHILD_HASH = 2;
const OUTCOMES = { positive: 'p', mixed: 'm', negative: 'n' } as const;
const RATINGS = { red: 'r', amber: 'a', green: 'g' } as const;

type Outcome = keyof typeof OUTCOMES;
type Rating = keyof typeof RATINGS;

// ---------------------------------------------------------------------------------------------
// Characters

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

function toNumber(value: number): string {
	let rest = Math.max(0, Math.floor(value));
	let text = '';
	do {
		text = ALPHABET.charAt(rest % 64) + text;
		rest = Math.floor(rest / 64);
	} while (rest > 0);
	return text;
}

function toFixed(value: number, width: number): string {
	return toNumber(value).padStart(width, 'A').slice(-width);
}

/** The number a base64url field of at most `width` characters holds; else `undefined`. */
function fromNumber(text: string, width = 2): number | undefined {
	if (text === '' || text.length > width) return undefined;
	let value = 0;
	for (const char of text) {
		const digit = ALPHABET.indexOf(char);
		if (digit < 0) return undefined;
		value = value * 64 + digit;
	}
	return value;
}

function chunks(text: string, width: number): string[] {
	const parts: string[] = [];
	for (let index = 0; index + width <= text.length; index += width) {
		parts.push(text.slice(index, index + width));
	}
	return parts;
}

function validId(id: string | undefined): id is string {
	return id !== undefined && id.length <= MAX_ID_LENGTH && ID.test(id);
}

function clamp(value: number, max: number): number {
	return Math.min(Math.max(Math.floor(value), 0), max);
}

function pathLimit(scenario: ScormModuleInfo['scenarios'][number]): number {
	return clamp(scenario.maxPathLength, MAX_SCENARIO_PATH);
}

// ---------------------------------------------------------------------------------------------
// Encoding

interface Clock {
	started: number;
	minutes(iso: string | undefined): string;
}

function clock(startedAt: string): Clock {
	const parsed = Date.parse(startedAt);
	const started = Number.isNaN(parsed) ? EPOCH : Math.max(parsed, EPOCH);
	return {
		started,
		minutes(iso) {
			const time = iso === undefined ? Number.NaN : Date.parse(iso);
			if (Number.isNaN(time)) return '';
			return toNumber(clamp((time - started) / 60000, MAX_MINUTES));
		},
	};
}

function latest(...times: Array<string | undefined>): string | undefined {
	let best: string | undefined;
	let bestTime = Number.NEGATIVE_INFINITY;
	for (const time of times) {
		const parsed = time === undefined ? Number.NaN : Date.parse(time);
		if (!Number.isNaN(parsed) && parsed > bestTime) {
			best = time;
			bestTime = parsed;
		}
	}
	return best;
}

function versionField(version: string | undefined): string {
	return version !== undefined && version.length <= MAX_VERSION_LENGTH && VERSION.test(version)
		? version.replaceAll('.', '_')
		: '';
}

function encodeQuestion(
	question: ScormModuleInfo['questions'][number],
	answer: QuestionProgress,
	time: Clock,
	withResponse: boolean,
): string {
	let chosen = question.optionIds.filter((id) => answer.response.includes(id));
	if (question.type !== 'multiple') chosen = chosen.slice(0, 1);
	const options = withResponse ? chosen.map((id) => idHash(id, CHILD_HASH)).join('') : '';
	const state = clamp(answer.attempts, MAX_ATTEMPTS) * 2 + (answer.correct ? 1 : 0);
	return [idHash(question.id), options, toNumber(state), time.minutes(answer.answeredAt)].join('.');
}

function encodeScenario(
	scenario: ScormModuleInfo['scenarios'][number],
	progress: ScenarioProgress,
	time: Clock,
	withPath: boolean,
): string {
	const choices = new Set(scenario.choices.map((choice) => choice.id));
	const nodes = new Set(scenario.nodeIds);
	const endings = new Set(scenario.endingIds);
	const current = progress.currentNodeId;
	const node = current !== undefined && nodes.has(current) ? idHash(current) : '';
	const steps = progress.path.filter((step) => choices.has(step.choiceId));
	const kept = withPath ? steps.slice(Math.max(0, steps.length - pathLimit(scenario))) : [];
	const ending =
		progress.ending &&
		endings.has(progress.ending.id) &&
		Object.hasOwn(OUTCOMES, progress.ending.outcome)
			? `${OUTCOMES[progress.ending.outcome]}${toFixed(clamp(progress.ending.score, MAX_SMALL), 2)}${idHash(progress.ending.id)}`
			: '';
	return [
		idHash(scenario.id),
		node,
		kept.map((step) => idHash(step.choiceId)).join(''),
		ending,
		progress.bestScore === undefined ? '' : toNumber(clamp(progress.bestScore, MAX_SMALL)),
		progress.runs > 0 ? toNumber(clamp(progress.runs, MAX_SMALL)) : '',
		time.minutes(latest(progress.path.at(-1)?.at, progress.ending?.at)),
	].join('.');
}

function encodeReview(
	review: ScormModuleInfo['reviews'][number],
	progress: ReviewProgress,
	time: Clock,
): string {
	const ratings = review.statementIds
		.filter((id) => Object.hasOwn(RATINGS, progress.ratings[id] ?? ''))
		.map((id) => `${idHash(id, CHILD_HASH)}${RATINGS[progress.ratings[id] as Rating]}`)
		.join('');
	return [idHash(review.id), ratings, time.minutes(progress.updatedAt)].join('.');
}

/**
 * Encodes the module's progress, leaving out what `level` (an index into `TRIM_LEVELS`) and
 * every level before it drop. Only ids `info` lists are written.
 */
export function encode(
	progress: ModuleProgress,
	info: ScormModuleInfo,
	level = 0,
	attempt = '',
): string {
	const drops = (name: TrimLevel) => level >= TRIM_LEVELS.indexOf(name);
	const time = clock(progress.startedAt);
	const lessonIds = new Set(info.summary.lessons.map((lesson) => lesson.id));
	const assessment = new Set(info.summary.assessmentQuestionIds);

	const header = [
		idHash(info.summary.id),
		level > 0 ? toNumber(level) : '',
		toNumber(clamp((time.started - EPOCH) / 1000, MAX_STARTED_SECONDS)),
		time.minutes(progress.updatedAt),
		versionField(progress.moduleVersion),
		time.minutes(progress.completedAt),
		progress.completedScore === undefined
			? ''
			: toNumber(clamp(progress.completedScore, MAX_SMALL)),
		versionField(progress.completedVersion),
		progress.bookmark !== undefined && lessonIds.has(progress.bookmark)
			? idHash(progress.bookmark)
			: '',
		time.minutes(progress.assessmentRestartedAt),
		isAttemptId(attempt) ? attempt : '',
	].join('.');

	const lessons = drops('lessons visited')
		? []
		: info.summary.lessons.flatMap((lesson) => {
				const visit = progress.lessons[lesson.id];
				return visit ? [idHash(lesson.id) + time.minutes(visit.lastVisitedAt)] : [];
			});

	const questions = info.questions.flatMap((question) => {
		const answer = progress.questions[question.id];
		if (!answer) return [];
		const inAssessment = assessment.has(question.id);
		if (drops(inAssessment ? 'assessment answers' : 'answers outside the assessment')) return [];
		return [encodeQuestion(question, answer, time, !drops('question responses'))];
	});

	const scenarios = drops('scenario progress')
		? []
		: info.scenarios.flatMap((scenario) => {
				const record = progress.scenarios[scenario.id];
				return record ? [encodeScenario(scenario, record, time, !drops('scenario paths'))] : [];
			});

	const reviews = drops('Traffic Light ratings')
		? []
		: info.reviews.flatMap((review) => {
				const record = progress.reviews[review.id];
				return record ? [encodeReview(review, record, time)] : [];
			});

	return [SUSPEND_DATA_FORMAT, header, lessons, questions, scenarios, reviews]
		.map((part) => (Array.isArray(part) ? part.join(',') : part))
		.join('~');
}

export interface FittedSuspendData {
	/** At most `limit` characters; `''` only if not even the header fits. */
	value: string;
	/** What had to be left out. */
	trimmed: TrimLevel;
}

/**
 * Encodes `progress` in at most `limit` characters, dropping parts in `TRIM_LEVELS` order until
 * it fits, so the adapter never sends a value the LMS would cut (which would corrupt it).
 */
export function fitToLimit(
	progress: ModuleProgress,
	info: ScormModuleInfo,
	limit: number,
	attempt = '',
): FittedSuspendData {
	for (let level = 0; level < TRIM_LEVELS.length; level++) {
		const value = encode(progress, info, level, attempt);
		if (value.length <= limit) return { value, trimmed: TRIM_LEVELS[level] ?? 'nothing' };
	}
	return { value: '', trimmed: 'assessment answers' };
}

/**
 * The longest value `encode` can produce for this module: every lesson visited, every question
 * answered with every option it allows, every scenario on a node with the longest path it keeps
 * and an ending, every statement rated, and every number and time at its bound. The build
 * compares it with the 4,096 characters of SCORM 1.2.
 *
 * Since every id is a hash, a scenario record is at most `26 + 3 × min(maxPathLength,
 * MAX_SCENARIO_PATH)` characters (scenario 3, node 3, path, ending 6, best 2, runs 2, time 4 and
 * six separators; 3 fewer without nodes, 6 fewer without endings), plus a comma between records,
 * however long its ids are and however many endings and nodes it has. (In `R1` a literal node
 * and ending of 64 characters made it `149 + 3 × …`.)
 */
export function worstCaseLength(
	info: ScormModuleInfo,
	attempt = 'A'.repeat(ATTEMPT_ID_LENGTH),
): number {
	const started = new Date(EPOCH + MAX_STARTED_SECONDS * 1000).toISOString();
	const late = new Date(Date.parse(started) + MAX_MINUTES * 60000).toISOString();
	const version = `${'9'.repeat(MAX_VERSION_LENGTH - 4)}.9.9`;
	const progress: ModuleProgress = {
		moduleId: info.summary.id,
		moduleVersion: version,
		startedAt: started,
		updatedAt: late,
		completedAt: late,
		completedScore: MAX_SMALL,
		completedVersion: version,
		assessmentRestartedAt: late,
		...(info.summary.lessons[0] ? { bookmark: info.summary.lessons[0].id } : {}),
		lessons: Object.fromEntries(
			info.summary.lessons.map((lesson) => [
				lesson.id,
				{ firstVisitedAt: late, lastVisitedAt: late, visits: 1 },
			]),
		),
		questions: Object.fromEntries(
			info.questions.map((question) => [
				question.id,
				{ response: question.optionIds, correct: true, attempts: MAX_ATTEMPTS, answeredAt: late },
			]),
		),
		scenarios: Object.fromEntries(
			info.scenarios.map((scenario) => {
				const node = scenario.nodeIds[0];
				const ending = scenario.endingIds[0];
				const first = scenario.choices[0];
				const path = first
					? Array.from({ length: pathLimit(scenario) }, () => ({
							nodeId: first.nodeId,
							choiceId: first.id,
							at: late,
						}))
					: [];
				const record: ScenarioProgress = {
					path,
					vars: {},
					...(node === undefined ? {} : { currentNodeId: node }),
					...(ending === undefined
						? {}
						: { ending: { id: ending, outcome: 'positive', score: MAX_SMALL, at: late } }),
					bestScore: MAX_SMALL,
					runs: MAX_SMALL,
				};
				return [scenario.id, record];
			}),
		),
		reviews: Object.fromEntries(
			info.reviews.map((review) => [
				review.id,
				{
					ratings: Object.fromEntries(review.statementIds.map((id) => [id, 'amber' as const])),
					actions: {},
					updatedAt: late,
				},
			]),
		),
		reflections: {},
		checks: {},
	};
	return encode(progress, info, 0, attempt).length;
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
	return problems;
}

// ---------------------------------------------------------------------------------------------
// Parsing (no module info needed)

/** A time in milliseconds since 1970. */
type Time = number;

/** A stored id: a hash, or (format `R1` only) the id itself. */
export type StoredId = { hash: string } | { id: string };

export interface RawSuspendData {
	format: string;
	moduleHash: string;
	trimmed: TrimLevel;
	started: Time;
	updated: Time | undefined;
	version: string;
	completedAt: Time | undefined;
	completedScore: number | undefined;
	completedVersion: string;
	bookmark: string | undefined;
	/** When the assessment was last started again; `R3` only. */
	restartedAt: Time | undefined;
	/** The LMS attempt the value belongs to; `''` when not stored (`R1`, `R2`, course modules). */
	attempt: string;
	lessons: Array<{ hash: string; at: Time | undefined }>;
	questions: Array<{
		hash: string;
		options: string[];
		attempts: number;
		correct: boolean;
		at: Time | undefined;
	}>;
	scenarios: Array<{
		hash: string;
		node: StoredId | undefined;
		path: string[];
		ending: ({ outcome: Outcome; score: number } & StoredId) | undefined;
		best: number | undefined;
		runs: number;
		at: Time | undefined;
	}>;
	reviews: Array<{
		hash: string;
		ratings: Array<{ hash: string; rating: Rating }>;
		at: Time | undefined;
	}>;
}

const HASH = /^[A-Za-z0-9_-]+$/;

function isHash(text: string | undefined, width: number): text is string {
	return text !== undefined && text.length === width && HASH.test(text);
}

function records(section: string | undefined): string[] {
	return section ? section.split(',').filter((record) => record !== '') : [];
}

/**
 * Reads the structure of a value without module info: ids stay hashes. Never throws; records
 * that cannot be read are left out and named in `problems`.
 */
export function parseSuspendData(value: string): {
	raw: RawSuspendData | undefined;
	problems: string[];
} {
	const problems: string[] = [];
	if (typeof value !== 'string' || value.trim() === '') return { raw: undefined, problems };
	const sections = value.trim().split('~');
	const format = sections[0] ?? '';
	if (!READABLE_FORMATS.includes(format)) {
		problems.push(
			/^R\d+$/.test(format)
				? `The suspend data is in format \`${format}\`, which this release does not read.`
				: 'The suspend data was not written by Rights in Practice, or is damaged.',
		);
		return { raw: undefined, problems };
	}
	const header = (sections[1] ?? '').split('.');
	const startedSeconds = fromNumber(header[2] ?? '', 6);
	const headerLength = format === SUSPEND_DATA_FORMAT ? 11 : 9;
	if (header.length < headerLength || !isHash(header[0], ID_HASH) || startedSeconds === undefined) {
		problems.push('The suspend data header is damaged.');
		return { raw: undefined, problems };
	}
	const started = EPOCH + startedSeconds * 1000;
	const at = (field: string | undefined): Time | undefined => {
		const minutes = fromNumber(field ?? '', 4);
		return minutes === undefined ? undefined : started + minutes * 60000;
	};
	const version = (field: string | undefined) =>
		field && /^\d+_\d+_\d+$/.test(field) ? field.replaceAll('_', '.') : '';
	const level = header[1] ? fromNumber(header[1]) : 0;
	const r1 = format === 'R1';

	const raw: RawSuspendData = {
		format,
		moduleHash: header[0],
		trimmed: TRIM_LEVELS[level ?? 0] ?? 'nothing',
		started,
		updated: at(header[3]),
		version: version(header[4]),
		completedAt: at(header[5]),
		completedScore: fromNumber(header[6] ?? ''),
		completedVersion: version(header[7]),
		bookmark: isHash(header[8], ID_HASH) ? header[8] : undefined,
		restartedAt: at(header[9]),
		attempt: isAttemptId(header[10]) ? header[10] : '',
		lessons: [],
		questions: [],
		scenarios: [],
		reviews: [],
	};
	const damaged = (what: string, record: string) =>
		problems.push(`A ${what} record could not be read: \`${record.slice(0, 40)}\`.`);

	for (const record of records(sections[2])) {
		const hash = record.slice(0, ID_HASH);
		if (!isHash(hash, ID_HASH)) damaged('lesson', record);
		else raw.lessons.push({ hash, at: at(record.slice(ID_HASH)) });
	}

	for (const record of records(sections[3])) {
		const [hash, options = '', state = '', time] = record.split('.');
		const number = fromNumber(state);
		if (!isHash(hash, ID_HASH) || number === undefined || options.length % CHILD_HASH !== 0) {
			damaged('question', record);
			continue;
		}
		raw.questions.push({
			hash,
			options: chunks(options, CHILD_HASH),
			attempts: Math.max(1, Math.floor(number / 2)),
			correct: number % 2 === 1,
			at: at(time),
		});
	}

	for (const record of records(sections[4])) {
		const [hash, node = '', path = '', ending = '', best = '', runs = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || path.length % ID_HASH !== 0) {
			damaged('scenario', record);
			continue;
		}
		const outcome = (Object.keys(OUTCOMES) as Outcome[]).find(
			(key) => OUTCOMES[key] === ending.charAt(0),
		);
		const score = fromNumber(ending.slice(1, 3));
		const endingId = ending.slice(3);
		const endingRef: StoredId | undefined = r1
			? validId(endingId)
				? { id: endingId }
				: undefined
			: isHash(endingId, ID_HASH)
				? { hash: endingId }
				: undefined;
		raw.scenarios.push({
			hash,
			node:
				r1 && node.startsWith('!')
					? validId(node.slice(1))
						? { id: node.slice(1) }
						: undefined
					: isHash(node, ID_HASH)
						? { hash: node }
						: undefined,
			path: chunks(path, ID_HASH),
			ending:
				outcome && score !== undefined && endingRef ? { outcome, score, ...endingRef } : undefined,
			best: fromNumber(best),
			runs: fromNumber(runs) ?? 0,
			at: at(time),
		});
	}

	for (const record of records(sections[5])) {
		const [hash, ratings = '', time] = record.split('.');
		if (!isHash(hash, ID_HASH) || ratings.length % (CHILD_HASH + 1) !== 0) {
			damaged('Traffic Light', record);
			continue;
		}
		raw.reviews.push({
			hash,
			ratings: chunks(ratings, CHILD_HASH + 1).flatMap((chunk) => {
				const rating = (Object.keys(RATINGS) as Rating[]).find(
					(key) => RATINGS[key] === chunk.charAt(CHILD_HASH),
				);
				return rating ? [{ hash: chunk.slice(0, CHILD_HASH), rating }] : [];
			}),
			at: at(time),
		});
	}
	return { raw, problems };
}

// ---------------------------------------------------------------------------------------------
// Decoding against the module

/**
 * The id of `ids` a stored id stands for: a literal (`R1`) only if the module still has it, a
 * hash only if exactly one id has it.
 */
function resolve(stored: StoredId, ids: readonly string[]): string | undefined {
	if ('id' in stored) return ids.includes(stored.id) ? stored.id : undefined;
	return new Lookup(ids, ID_HASH).get(stored.hash);
}

/** Looks ids up by hash; a hash two ids share resolves to neither. */
class Lookup {
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

export interface DecodedSuspendData {
	/** `undefined` when the value is empty or cannot be read at all. */
	progress: ModuleProgress | undefined;
	/** The attempt id stored with it; `''` when none was (older formats, course modules). */
	attempt: string;
	/** Why the value or some of its records were not used; empty when everything was. */
	problems: string[];
}

const iso = (time: Time) => new Date(time).toISOString();

/**
 * Reads a value written by `encode` for this module back into a module record. Never throws:
 * an empty value gives no progress, an unreadable one no progress and a problem, and records
 * for ids the module no longer has are dropped (and named in `problems`).
 */
export function decode(value: string, info: ScormModuleInfo): DecodedSuspendData {
	const { raw, problems } = parseSuspendData(value);
	if (!raw) return { progress: undefined, attempt: '', problems };
	if (raw.moduleHash !== idHash(info.summary.id)) {
		problems.push(
			`The suspend data belongs to another module (hash \`${raw.moduleHash}\`, expected \`${idHash(info.summary.id)}\` for \`${info.summary.id}\`).`,
		);
		return { progress: undefined, attempt: raw.attempt, problems };
	}
	const updated = raw.updated ?? raw.started;
	const timeOf = (time: Time | undefined) => iso(time ?? updated);
	const lessons = new Lookup(
		info.summary.lessons.map((lesson) => lesson.id),
		ID_HASH,
	);
	const questions = new Map(info.questions.map((question) => [idHash(question.id), question]));
	const questionIds = new Lookup(
		info.questions.map((question) => question.id),
		ID_HASH,
	);
	const scenarioIds = new Lookup(
		info.scenarios.map((scenario) => scenario.id),
		ID_HASH,
	);
	const reviewIds = new Lookup(
		info.reviews.map((review) => review.id),
		ID_HASH,
	);
	const unknown = (what: string, hash: string) =>
		problems.push(`A ${what} record (hash \`${hash}\`) matches nothing in this module version.`);

	const progress: ModuleProgress = {
		moduleId: info.summary.id,
		moduleVersion: raw.version,
		startedAt: iso(raw.started),
		updatedAt: iso(updated),
		lessons: {},
		questions: {},
		scenarios: {},
		reviews: {},
		reflections: {},
		checks: {},
	};
	if (raw.completedAt !== undefined) {
		progress.completedAt = iso(raw.completedAt);
		progress.completedVersion = raw.completedVersion || raw.version;
		if (raw.completedScore !== undefined) progress.completedScore = raw.completedScore;
	}
	const bookmark = raw.bookmark === undefined ? undefined : lessons.get(raw.bookmark);
	if (bookmark !== undefined) progress.bookmark = bookmark;
	if (raw.restartedAt !== undefined) progress.assessmentRestartedAt = iso(raw.restartedAt);

	for (const record of raw.lessons) {
		const id = lessons.get(record.hash);
		if (id === undefined) {
			unknown('lesson', record.hash);
			continue;
		}
		const at = timeOf(record.at);
		progress.lessons[id] = { firstVisitedAt: at, lastVisitedAt: at, visits: 1 };
	}

	for (const record of raw.questions) {
		const id = questionIds.get(record.hash);
		const question = id === undefined ? undefined : questions.get(record.hash);
		if (id === undefined || !question) {
			unknown('question', record.hash);
			continue;
		}
		const options = new Lookup(question.optionIds, CHILD_HASH);
		progress.questions[id] = {
			response: record.options.flatMap((hash) => options.get(hash) ?? []),
			correct: record.correct,
			attempts: record.attempts,
			answeredAt: timeOf(record.at),
		};
	}

	for (const record of raw.scenarios) {
		const id = scenarioIds.get(record.hash);
		const scenario = info.scenarios.find((candidate) => candidate.id === id);
		if (id === undefined || !scenario) {
			unknown('scenario', record.hash);
			continue;
		}
		const choices = new Lookup(
			scenario.choices.map((choice) => choice.id),
			ID_HASH,
		);
		const at = timeOf(record.at);
		const path = record.path.flatMap((hash) => {
			const choice = scenario.choices.find((candidate) => candidate.id === choices.get(hash));
			return choice ? [{ nodeId: choice.nodeId, choiceId: choice.id, at }] : [];
		});
		const scenarioProgress: ScenarioProgress = { path, vars: {}, runs: record.runs };
		const gone = (what: string, stored: StoredId, consequence: string) =>
			problems.push(
				`The ${what} of scenario \`${id}\` (${'id' in stored ? `\`${stored.id}\`` : `hash \`${stored.hash}\``}) matches nothing in this module version, so it was dropped; ${consequence}.`,
			);
		if (record.node) {
			const node = resolve(record.node, scenario.nodeIds);
			if (node === undefined) {
				gone(
					'current node',
					record.node,
					'unless the run has ended, it reopens at the introduction',
				);
			} else {
				scenarioProgress.currentNodeId = node;
			}
		}
		if (record.ending) {
			const ending = resolve(record.ending, scenario.endingIds);
			if (ending === undefined) {
				gone('ending', record.ending, 'its best score and finished runs are kept');
			} else {
				const { outcome, score } = record.ending;
				scenarioProgress.ending = { id: ending, outcome, score, at };
			}
		}
		if (record.best !== undefined) scenarioProgress.bestScore = record.best;
		progress.scenarios[id] = scenarioProgress;
	}

	for (const record of raw.reviews) {
		const id = reviewIds.get(record.hash);
		const review = info.reviews.find((candidate) => candidate.id === id);
		if (id === undefined || !review) {
			unknown('Traffic Light', record.hash);
			continue;
		}
		const statements = new Lookup(review.statementIds, CHILD_HASH);
		const ratings: ReviewProgress['ratings'] = {};
		for (const { hash, rating } of record.ratings) {
			const statement = statements.get(hash);
			if (statement !== undefined) ratings[statement] = rating;
		}
		progress.reviews[id] = { ratings, actions: {}, updatedAt: timeOf(record.at) };
	}
	return { progress, attempt: raw.attempt, problems };
}

// ---------------------------------------------------------------------------------------------
// Plain words for support staff

function when(time: Time | undefined): string {
	return time === undefined
		? 'at an unknown time'
		: `${iso(time).slice(0, 16).replace('T', ' ')} UTC`;
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * The value in plain words: format, module, version, completion, bookmark, lessons, answers,
 * scenario paths and ratings. With `info`, ids are named; without it, they show as hashes
 * (`#AbC`). Never throws.
 */
export function describeSuspendData(value: string, info?: ScormModuleInfo): string {
	const { raw, problems } = parseSuspendData(value);
	if (!raw) {
		return problems.length > 0 ? problems.join('\n') : 'The suspend data is empty.';
	}
	const lines: string[] = [];
	const name = (ids: readonly string[] | undefined, hash: string, width = ID_HASH) => {
		const id = ids === undefined ? undefined : new Lookup(ids, width).get(hash);
		return id === undefined ? `#${hash}${ids ? ' (not in this module version)' : ''}` : id;
	};
	const stored = (ids: readonly string[] | undefined, id: StoredId) =>
		'hash' in id
			? name(ids, id.hash)
			: `${id.id}${ids === undefined || ids.includes(id.id) ? '' : ' (not in this module version)'}`;
	const moduleMatches = info ? raw.moduleHash === idHash(info.summary.id) : undefined;
	lines.push(
		`Rights in Practice suspend data, format ${raw.format}, ${value.length} characters.`,
		info
			? moduleMatches
				? `Module: ${info.summary.id} (${info.summary.title}).`
				: `Module: #${raw.moduleHash}, which is NOT ${info.summary.id}.`
			: `Module: #${raw.moduleHash} (give the module info to see names).`,
		`Module version ${raw.version || 'unknown'}; started ${when(raw.started)}; last change ${when(raw.updated)}.`,
	);
	lines.push(
		raw.completedAt === undefined
			? 'Not completed.'
			: `Completed ${when(raw.completedAt)}${raw.completedScore === undefined ? '' : ` with a score of ${raw.completedScore}%`}${raw.completedVersion ? ` on version ${raw.completedVersion}` : ''}.`,
	);
	const lessonIds = info?.summary.lessons.map((lesson) => lesson.id);
	lines.push(
		raw.bookmark === undefined
			? 'Bookmark: none.'
			: `Bookmark: lesson ${name(lessonIds, raw.bookmark)}.`,
	);
	if (raw.restartedAt !== undefined)
		lines.push(`Assessment started again ${when(raw.restartedAt)}.`);
	if (raw.attempt) lines.push(`LMS attempt id: ${raw.attempt}.`);
	if (raw.trimmed !== 'nothing') {
		const dropped = TRIM_LEVELS.slice(1, TRIM_LEVELS.indexOf(raw.trimmed) + 1);
		lines.push(`Trimmed to fit the LMS limit; left out: ${dropped.join(', ')}.`);
	}

	lines.push(`Lessons visited (${raw.lessons.length}):`);
	for (const lesson of raw.lessons) {
		lines.push(`  - ${name(lessonIds, lesson.hash)}, last visited ${when(lesson.at)}`);
	}

	lines.push(`Questions answered (${raw.questions.length}):`);
	for (const answer of raw.questions) {
		const question = info?.questions.find((candidate) => idHash(candidate.id) === answer.hash);
		const options = answer.options.map((hash) => name(question?.optionIds, hash, CHILD_HASH));
		lines.push(
			`  - ${name(
				info?.questions.map((candidate) => candidate.id),
				answer.hash,
			)}: ${answer.correct ? 'correct' : 'not correct'}, ${plural(answer.attempts, 'attempt')}, chose ${options.length > 0 ? options.join(', ') : 'nothing recorded'}, ${when(answer.at)}`,
		);
	}

	lines.push(`Scenarios (${raw.scenarios.length}):`);
	for (const record of raw.scenarios) {
		const scenario = info?.scenarios.find((candidate) => idHash(candidate.id) === record.hash);
		const choiceIds = scenario?.choices.map((choice) => choice.id);
		const node =
			record.node === undefined
				? 'not started or on its introduction'
				: `on ${stored(scenario?.nodeIds, record.node)}`;
		const path = record.path.map((hash) => name(choiceIds, hash));
		lines.push(
			`  - ${name(
				info?.scenarios.map((candidate) => candidate.id),
				record.hash,
			)}: ${node}; path of the current run: ${path.length > 0 ? path.join(' → ') : 'none'}${record.ending ? `; ended at ${stored(scenario?.endingIds, record.ending)} (${record.ending.outcome}, score ${record.ending.score})` : ''}; best score ${record.best ?? 'none'}; ${plural(record.runs, 'finished run')}; ${when(record.at)}`,
		);
	}

	lines.push(`Traffic Light self-assessments (${raw.reviews.length}):`);
	for (const record of raw.reviews) {
		const review = info?.reviews.find((candidate) => idHash(candidate.id) === record.hash);
		const ratings = record.ratings.map(
			(rating) => `${name(review?.statementIds, rating.hash, CHILD_HASH)} ${rating.rating}`,
		);
		lines.push(
			`  - ${name(
				info?.reviews.map((candidate) => candidate.id),
				record.hash,
			)}: ${ratings.length > 0 ? ratings.join(', ') : 'no ratings'}, ${when(record.at)}`,
		);
	}
	if (problems.length > 0) lines.push('Problems:', ...problems.map((problem) => `  - ${problem}`));
	return lines.join('\n');
}
