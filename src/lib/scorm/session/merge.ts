/**
 * Merging what the LMS holds with the device's copy of the same module, record by record; pure.
 */
import { CHECK_IN_PHASES } from '../../../schemas/evaluation-ids.ts';
import type { ModuleProgress, ScenarioProgress } from '../../../schemas/progress.ts';

/** Milliseconds since 1970 of an ISO time; minus infinity when absent or unreadable. */
export function time(iso: string | undefined): number {
	const parsed = iso === undefined ? Number.NaN : Date.parse(iso);
	return Number.isNaN(parsed) ? Number.NEGATIVE_INFINITY : parsed;
}

/** The later of the two by `at`; the second (local) one on a tie. */
function newer<T>(lms: T | undefined, local: T | undefined, at: (record: T) => number) {
	if (lms === undefined) return local;
	if (local === undefined) return lms;
	return at(lms) > at(local) ? lms : local;
}

function mergeRecords<T>(
	lms: Record<string, T>,
	local: Record<string, T>,
	at: (record: T) => number,
	combine: (chosen: T, lms: T | undefined, local: T | undefined) => T = (chosen) => chosen,
): Record<string, T> {
	const merged: Record<string, T> = {};
	for (const key of new Set([...Object.keys(lms), ...Object.keys(local)])) {
		const chosen = newer(lms[key], local[key], at);
		if (chosen !== undefined) merged[key] = combine(chosen, lms[key], local[key]);
	}
	return merged;
}

function scenarioTime(scenario: ScenarioProgress): number {
	return Math.max(time(scenario.path.at(-1)?.at), time(scenario.ending?.at));
}

function maxDefined(a: number | undefined, b: number | undefined): number | undefined {
	if (a === undefined) return b;
	if (b === undefined) return a;
	return Math.max(a, b);
}

/** The check-ins of both copies, the newer of each phase by `at`, the device's on a tie. */
function mergeCheckIns(
	lms: ModuleProgress['checkIns'],
	local: ModuleProgress['checkIns'],
): ModuleProgress['checkIns'] {
	const merged: NonNullable<ModuleProgress['checkIns']> = {};
	for (const phase of CHECK_IN_PHASES) {
		const chosen = newer(lms?.[phase], local?.[phase], (checkIn) => time(checkIn.at));
		if (chosen !== undefined) merged[phase] = chosen;
	}
	return Object.keys(merged).length > 0 ? merged : undefined;
}

/**
 * The newer feedback by `at`, the device's on a tie, with the device's "what would you change"
 * when the chosen one has none (suspend data never holds it).
 */
function mergeFeedback(
	lms: ModuleProgress['feedback'],
	local: ModuleProgress['feedback'],
): ModuleProgress['feedback'] {
	const chosen = newer(lms, local, (feedback) => time(feedback.at));
	if (chosen === undefined || chosen.change !== '' || !local?.change) return chosen;
	return { ...chosen, change: local.change };
}

/**
 * Merges what the LMS holds with the device's copy, record by record (lesson, question,
 * scenario, Traffic Light, check-in of each phase, feedback): the newer record wins, the
 * device's on a tie. Completion is kept from whichever has it (the earlier date if both do),
 * scenario best scores and run counts are the higher, and free text (reflections, Rights Check
 * answers, review actions, and the feedback's "what would you change" when the chosen feedback
 * has none) comes from the device, since the LMS never holds it. The later assessment restart
 * wins, and answers to `assessmentQuestionIds` from before it are dropped: one copy may have
 * missed the restart.
 */
export function mergeModuleProgress(
	lms: ModuleProgress | undefined,
	local: ModuleProgress | undefined,
	assessmentQuestionIds: readonly string[] = [],
): ModuleProgress | undefined {
	if (!lms || !local) return lms ?? local;
	const [newerModule, olderModule] =
		time(lms.updatedAt) > time(local.updatedAt) ? [lms, local] : [local, lms];
	const merged: ModuleProgress = {
		...local,
		moduleVersion: newerModule.moduleVersion || olderModule.moduleVersion,
		startedAt: time(lms.startedAt) < time(local.startedAt) ? lms.startedAt : local.startedAt,
		updatedAt: newerModule.updatedAt,
		lessons: mergeRecords(lms.lessons, local.lessons, (lesson) => time(lesson.lastVisitedAt)),
		questions: mergeRecords(lms.questions, local.questions, (answer) => time(answer.answeredAt)),
		scenarios: mergeRecords(lms.scenarios, local.scenarios, scenarioTime, (chosen, a, b) => {
			const result: ScenarioProgress = {
				...chosen,
				runs: Math.max(a?.runs ?? 0, b?.runs ?? 0),
			};
			const best = maxDefined(a?.bestScore, b?.bestScore);
			if (best !== undefined) result.bestScore = best;
			return result;
		}),
		reviews: mergeRecords(
			lms.reviews,
			local.reviews,
			(review) => time(review.updatedAt),
			(chosen, a, b) => ({ ...chosen, actions: { ...a?.actions, ...b?.actions } }),
		),
		reflections: { ...lms.reflections, ...local.reflections },
		checks: { ...lms.checks, ...local.checks },
	};
	const checkIns = mergeCheckIns(lms.checkIns, local.checkIns);
	if (checkIns === undefined) delete merged.checkIns;
	else merged.checkIns = checkIns;
	const feedback = mergeFeedback(lms.feedback, local.feedback);
	if (feedback === undefined) delete merged.feedback;
	else merged.feedback = feedback;

	const bookmark = newerModule.bookmark ?? olderModule.bookmark;
	if (bookmark === undefined) delete merged.bookmark;
	else merged.bookmark = bookmark;

	const restarts = [lms.assessmentRestartedAt, local.assessmentRestartedAt].filter(
		(at): at is string => at !== undefined,
	);
	delete merged.assessmentRestartedAt;
	if (restarts.length > 0) {
		const restartedAt = restarts.reduce((a, b) => (time(b) > time(a) ? b : a));
		merged.assessmentRestartedAt = restartedAt;
		for (const id of assessmentQuestionIds) {
			const answer = merged.questions[id];
			if (answer && time(answer.answeredAt) < time(restartedAt)) delete merged.questions[id];
		}
	}

	delete merged.completedAt;
	delete merged.completedScore;
	delete merged.completedVersion;
	const completed = [lms, local]
		.filter((record) => record.completedAt !== undefined)
		.sort((a, b) => time(a.completedAt) - time(b.completedAt))[0];
	if (completed?.completedAt !== undefined) {
		merged.completedAt = completed.completedAt;
		if (completed.completedScore !== undefined) merged.completedScore = completed.completedScore;
		if (completed.completedVersion !== undefined) {
			merged.completedVersion = completed.completedVersion;
		}
	}
	return merged;
}
