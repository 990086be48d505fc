/**
 * The evaluation figures for trainers, from every learner's answers:
 *
 * - per module and outcome, confidence before (the module's start check-in) and after (its end);
 * - the course baseline across modules: for each learner, "before" is their answer at the first
 *   start check-in that asked it and "after" their answer at the last end check-in that asked it,
 *   in course order (first-look asks at its start; sixteen-rights and liberty-family-voice at
 *   their end);
 * - per module, the feedback ratings and every "what would you change" answer.
 *
 * Modules come in course order, then any module the course no longer has (from an older release),
 * by id. An outcome the module no longer has is kept after the current ones, marked as such.
 */
import {
	CHECK_IN_PHASES,
	EVERYDAY_STATEMENT_IDS,
	FEEDBACK_RATINGS,
	type EverydayStatementId,
	type FeedbackRating,
} from '../../schemas/evaluation-ids.ts';
import { own, type ModuleAnswers, type PhaseAnswers } from './answers.ts';
import type { CombinedLearner } from './combine.ts';
import {
	beforeAfter,
	distribution,
	RATING_SCALE,
	RIGHTS_SCALE,
	type AnswerPair,
	type BeforeAfter,
	type Distribution,
} from './stats.ts';

/** What the page knows of a module from the course. */
export interface CourseModule {
	id: string;
	title: string;
	outcomes: ReadonlyArray<{ id: string; text: string }>;
}

interface OutcomeFigures {
	id: string;
	/** The outcome's words, or its id when the module no longer has it. */
	text: string;
	current: boolean;
	figures: BeforeAfter;
}

export interface ModuleFigures {
	id: string;
	title: string;
	/** The course has this module now. */
	inCourse: boolean;
	/** Learners with any answer in this module. */
	learners: number;
	outcomes: OutcomeFigures[];
	feedback: Record<FeedbackRating, Distribution>;
	/** Every "what would you change" answer, as written. */
	comments: string[];
}

export interface BaselineFigures {
	/** Learners with any baseline answer. */
	learners: number;
	rightsGuess: BeforeAfter;
	rightsNamed: BeforeAfter;
	statements: Array<{ id: EverydayStatementId; figures: BeforeAfter }>;
}

export interface EvaluationSummary {
	/** Learners with any answer at all. */
	learners: number;
	baseline: BaselineFigures;
	/** Modules with at least one answer. */
	modules: ModuleFigures[];
	/** Modules of the course with no answer in the files loaded. */
	unanswered: Array<{ id: string; title: string }>;
}

type Baseline = Pick<PhaseAnswers, 'rightsGuess' | 'rightsNamed'> & {
	statements: PhaseAnswers['statements'];
};
type BaselineItem = (baseline: Baseline) => number | undefined;

function moduleFigures(
	id: string,
	course: CourseModule | undefined,
	answers: readonly ModuleAnswers[],
): ModuleFigures {
	const currentIds = new Set(course?.outcomes.map((outcome) => outcome.id));
	const formerIds = new Set<string>();
	for (const module of answers)
		for (const phase of CHECK_IN_PHASES)
			for (const outcomeId of Object.keys(module.checkIns[phase]?.confidence ?? {}))
				if (!currentIds.has(outcomeId)) formerIds.add(outcomeId);
	const outcome = (outcomeId: string, text: string, current: boolean): OutcomeFigures => ({
		id: outcomeId,
		text,
		current,
		figures: beforeAfter(
			answers.map((module) => ({
				before: own(module.checkIns.start?.confidence ?? {}, outcomeId),
				after: own(module.checkIns.end?.confidence ?? {}, outcomeId),
			})),
			RATING_SCALE,
		),
	});
	return {
		id,
		title: course?.title ?? id,
		inCourse: course !== undefined,
		learners: answers.length,
		outcomes: [
			...(course?.outcomes ?? []).map(({ id: outcomeId, text }) => outcome(outcomeId, text, true)),
			...[...formerIds].sort().map((outcomeId) => outcome(outcomeId, outcomeId, false)),
		].filter(({ figures }) => figures.before.learners + figures.after.learners > 0),
		feedback: Object.fromEntries(
			FEEDBACK_RATINGS.map((rating) => [
				rating,
				distribution(
					answers.flatMap((module) => own(module.feedback?.ratings ?? {}, rating) ?? []),
					RATING_SCALE,
				),
			]),
		) as Record<FeedbackRating, Distribution>,
		comments: answers.flatMap((module) =>
			module.feedback && module.feedback.change !== '' ? [module.feedback.change] : [],
		),
	};
}

/** A learner's baseline answer: the first start check-in that has it, the last end check-in. */
function baselinePair(modules: readonly ModuleAnswers[], item: BaselineItem): AnswerPair {
	const starts = modules.flatMap((module) =>
		module.checkIns.start ? [module.checkIns.start] : [],
	);
	const ends = modules.flatMap((module) => (module.checkIns.end ? [module.checkIns.end] : []));
	return {
		before: starts.map(item).find((value) => value !== undefined),
		after: ends.map(item).findLast((value) => value !== undefined),
	};
}

function baselineFigures(learnerModules: ReadonlyArray<readonly ModuleAnswers[]>): BaselineFigures {
	const pairs = (item: BaselineItem) =>
		learnerModules.map((modules) => baselinePair(modules, item));
	const rightsGuess = beforeAfter(
		pairs((phase) => phase.rightsGuess),
		RIGHTS_SCALE,
	);
	const rightsNamed = beforeAfter(
		pairs((phase) => phase.rightsNamed),
		RIGHTS_SCALE,
	);
	const statements = EVERYDAY_STATEMENT_IDS.map((id) => ({
		id,
		figures: beforeAfter(
			pairs((phase) => own(phase.statements, id)),
			RATING_SCALE,
		),
	}));
	const answered = (modules: readonly ModuleAnswers[]) =>
		modules.some((module) =>
			CHECK_IN_PHASES.some((phase) => {
				const answers = module.checkIns[phase];
				return (
					answers !== undefined &&
					(answers.rightsGuess !== undefined ||
						answers.rightsNamed !== undefined ||
						EVERYDAY_STATEMENT_IDS.some((id) => own(answers.statements, id) !== undefined))
				);
			}),
		);
	return {
		learners: learnerModules.filter(answered).length,
		rightsGuess,
		rightsNamed,
		statements,
	};
}

/** The figures for `learners`, with modules named and ordered as `course` has them. */
export function summarise(
	course: readonly CourseModule[],
	learners: readonly CombinedLearner[],
): EvaluationSummary {
	const answeredIds = new Set(learners.flatMap((learner) => Object.keys(learner.modules)));
	const courseIds = new Set(course.map((module) => module.id));
	const order = [
		...course.map((module) => module.id),
		...[...answeredIds].filter((id) => !courseIds.has(id)).sort(),
	];
	const modulesOf = (learner: CombinedLearner, id: string) => own(learner.modules, id) ?? [];
	const inOrder = (learner: CombinedLearner) => order.flatMap((id) => modulesOf(learner, id));
	const modules = order
		.filter((id) => answeredIds.has(id))
		.map((id) =>
			moduleFigures(
				id,
				course.find((module) => module.id === id),
				learners.flatMap((learner) => modulesOf(learner, id)),
			),
		);
	return {
		learners: learners.filter((learner) => Object.keys(learner.modules).length > 0).length,
		baseline: baselineFigures(learners.map(inOrder)),
		modules,
		unanswered: course
			.filter((module) => !answeredIds.has(module.id))
			.map(({ id, title }) => ({ id, title })),
	};
}
