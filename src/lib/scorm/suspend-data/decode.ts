/**
 * Reading a value back into a module record against the module as it is now (see `format.ts`):
 * stored hashes are looked up among the module's ids, and records whose ids have gone are
 * dropped with a reason.
 */
import { CHECK_IN_PHASES } from '../../../schemas/evaluation-ids.ts';
import type {
	CheckIn,
	ModuleProgress,
	ReviewProgress,
	ScenarioProgress,
} from '../../../schemas/progress.ts';
import type { ScormModuleInfo } from '../module-info.ts';
import { CHILD_HASH, ID_HASH, idHash, iso, Lookup, type Time } from './format.ts';
import { parseSuspendData, type RawEvaluation, type StoredId } from './parse.ts';

/**
 * The id of `ids` a stored id stands for: a literal (`R1`) only if the module still has it, a
 * hash only if exactly one id has it.
 */
function resolve(stored: StoredId, ids: readonly string[]): string | undefined {
	if ('id' in stored) return ids.includes(stored.id) ? stored.id : undefined;
	return new Lookup(ids, ID_HASH).get(stored.hash);
}

/**
 * The check-ins and feedback of `evaluation` as progress records, confidence only for outcomes
 * the module lists (the others named in `problems`); the feedback's free text is empty.
 */
function decodeEvaluation(
	evaluation: RawEvaluation,
	info: ScormModuleInfo,
	problems: string[],
): Pick<ModuleProgress, 'checkIns' | 'feedback'> {
	const decoded: Pick<ModuleProgress, 'checkIns' | 'feedback'> = {};
	const checkIns: NonNullable<ModuleProgress['checkIns']> = {};
	for (const phase of CHECK_IN_PHASES) {
		const stored = evaluation.checkIns[phase];
		if (!stored) continue;
		// In the order of the reducer's records, so a decoded copy serialises like a local one.
		const checkIn: CheckIn = {
			confidence: {},
			statements: { ...stored.statements },
			...(stored.rightsGuess === undefined ? {} : { rightsGuess: stored.rightsGuess }),
			...(stored.rightsNamed === undefined ? {} : { rightsNamed: [...stored.rightsNamed] }),
			at: iso(stored.at),
		};
		checkIns[phase] = checkIn;
	}
	const outcomes = new Lookup(
		info.summary.outcomes.map((outcome) => outcome.id),
		CHILD_HASH,
	);
	for (const { hash, ratings } of evaluation.confidence) {
		const id = outcomes.get(hash);
		if (id === undefined) {
			problems.push(
				`The confidence ratings for an outcome (hash \`${hash}\`) match nothing in this module version, so they were dropped.`,
			);
			continue;
		}
		for (const phase of CHECK_IN_PHASES) {
			const rating = ratings[phase];
			const checkIn = checkIns[phase];
			if (rating !== undefined && checkIn) checkIn.confidence[id] = rating;
		}
	}
	if (Object.keys(checkIns).length > 0) decoded.checkIns = checkIns;
	if (evaluation.feedback) {
		decoded.feedback = {
			ratings: { ...evaluation.feedback.ratings },
			change: '',
			at: iso(evaluation.feedback.at),
		};
	}
	return decoded;
}

export interface DecodedSuspendData {
	/** `undefined` when the value is empty or cannot be read at all. */
	progress: ModuleProgress | undefined;
	/** The attempt id stored with it; `''` when none was (older formats, course modules). */
	attempt: string;
	/** Why the value or some of its records were not used; empty when everything was. */
	problems: string[];
}

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
	Object.assign(progress, decodeEvaluation(raw.evaluation, info, problems));
	return { progress, attempt: raw.attempt, problems };
}
