/**
 * Writing a module's progress as a format `R4` value (see `format.ts` for the format). Only ids
 * the module info lists are written, each as its hash.
 */
import {
	CHECK_IN_PHASES,
	EVERYDAY_STATEMENT_IDS,
	HRA_RIGHT_IDS,
	RIGHTS_IN_THE_ACT,
	type CheckInPhase,
} from '../../../schemas/evaluation-ids.ts';
import type {
	CheckIn,
	ModuleProgress,
	QuestionProgress,
	ReviewProgress,
	ScenarioProgress,
} from '../../../schemas/progress.ts';
import type { ScormModuleInfo } from '../module-info.ts';
import {
	CHILD_HASH,
	clamp,
	EPOCH,
	idHash,
	isAttemptId,
	MAX_ATTEMPTS,
	MAX_MINUTES,
	MAX_SMALL,
	MAX_STARTED_SECONDS,
	MAX_VERSION_LENGTH,
	OUTCOMES,
	pathLimit,
	RATINGS,
	SUSPEND_DATA_FORMAT,
	toFixed,
	toNumber,
	toPair,
	TRIM_LEVELS,
	VERSION,
	type Rating,
	type TrimLevel,
} from './format.ts';

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

/** Guess and named rights of one check-in (`CHECK_IN_RIGHTS_LENGTH`); `AAAA` if it has neither. */
function encodeRights(checkIn: CheckIn | undefined): string {
	const guess = checkIn?.rightsGuess;
	const named = checkIn?.rightsNamed;
	const mask = HRA_RIGHT_IDS.reduce(
		(bits, id, index) => (named?.includes(id) ? bits | (1 << index) : bits),
		0,
	);
	return (
		toFixed(Number.isFinite(guess) ? clamp(guess ?? 0, RIGHTS_IN_THE_ACT) + 1 : 0, 1) +
		toFixed(named === undefined ? 0 : mask + 1, 3)
	);
}

/** The evaluation record: only what the module asks, without trailing empty fields. */
function encodeEvaluation(progress: ModuleProgress, info: ScormModuleInfo, time: Clock): string {
	const asks = info.summary.checkIns;
	const asked = (phase: CheckInPhase, part?: 'rights-named' | 'everyday-decisions') => {
		const checkIn = progress.checkIns?.[phase];
		const baseline = asks.baseline[phase];
		if (part === undefined) return asks.confidence || baseline.length > 0 ? checkIn : undefined;
		return baseline.includes(part) ? checkIn : undefined;
	};
	const [start, end] = CHECK_IN_PHASES.map((phase) => asked(phase));
	const at = (iso: string | undefined) => (iso === undefined ? '' : time.minutes(iso) || 'A');

	const confidence = asks.confidence
		? info.summary.outcomes.flatMap(({ id }) => {
				const pair = toPair(start?.confidence[id], end?.confidence[id]);
				return pair === 'A' ? [] : [idHash(id, CHILD_HASH) + pair];
			})
		: [];
	const feedback =
		asks.feedback && progress.feedback
			? toPair(progress.feedback.ratings.relevance, progress.feedback.ratings.clarity) +
				at(progress.feedback.at)
			: '';
	const [startStatements, endStatements] = CHECK_IN_PHASES.map(
		(phase) => asked(phase, 'everyday-decisions')?.statements,
	);
	const statements = EVERYDAY_STATEMENT_IDS.map((id) =>
		toPair(startStatements?.[id], endStatements?.[id]),
	).join('');
	const rights = CHECK_IN_PHASES.map((phase) => encodeRights(asked(phase, 'rights-named'))).join(
		'',
	);
	return [
		at(start?.at),
		at(end?.at),
		confidence.join(''),
		feedback,
		/^A+$/.test(statements) ? '' : statements,
		/^A+$/.test(rights) ? '' : rights,
	]
		.join('.')
		.replace(/\.+$/, '');
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

	const evaluation = drops('evaluation answers') ? '' : encodeEvaluation(progress, info, time);

	return [SUSPEND_DATA_FORMAT, header, lessons, questions, scenarios, reviews, evaluation]
		.map((part) => (Array.isArray(part) ? part.join(',') : part))
		.join('~');
}
