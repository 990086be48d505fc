/**
 * A SCO is one module, or the whole course (`ScormCourseInfo`): then the learner moves between
 * modules inside it, suspend data is the course envelope (`course-data.ts`), and the SCO reports
 * the course: done when every module is done, and a score once every assessed module has one
 * (`courseOutcome`).
 */
import type { ModuleSummary } from '../../../schemas/module-summary.ts';
import type { ModuleProgress } from '../../../schemas/progress.ts';
import { moduleStatus } from '../../progress/status.ts';
import { decodeCourse, fitCourseToLimit } from '../course-data.ts';
import type { Outcome } from '../data-model.ts';
import { isCourseInfo, type ScoInfo, type ScormModuleInfo } from '../module-info.ts';
import { decode, fitToLimit, type FittedSuspendData } from '../suspend-data/index.ts';

/** What the module's progress amounts to for the LMS, before the reporting mode names it. */
export function moduleOutcome(
	summary: ModuleSummary,
	progress: ModuleProgress | undefined,
): { outcome: Outcome; score: number | undefined } {
	const status = moduleStatus(summary, progress);
	const outcome: Outcome = status.completed
		? 'done'
		: status.passed === false
			? 'failed'
			: 'in-progress';
	return { outcome, score: status.score };
}

/**
 * What the course's progress amounts to for the one-SCO package: done once every module is
 * done; failed while a module's assessment is failed and not yet passed; the score is the mean
 * of the module assessment scores, rounded, once every module with an assessment has one. A
 * module and its easy read version (`easyReadOf`) count as one: either one done is enough, and
 * the better score counts.
 */
export function courseOutcome(
	summaries: readonly ModuleSummary[],
	progress: Readonly<Record<string, ModuleProgress>>,
): { outcome: Outcome; score: number | undefined } {
	const ids = new Set(summaries.map((summary) => summary.id));
	const groups = new Map<string, ModuleSummary[]>();
	for (const summary of summaries) {
		const key =
			summary.easyReadOf !== undefined && ids.has(summary.easyReadOf)
				? summary.easyReadOf
				: summary.id;
		groups.set(key, [...(groups.get(key) ?? []), summary]);
	}
	const requirements = [...groups.values()].map((members) => {
		const results = members.map((summary) => moduleOutcome(summary, progress[summary.id]));
		const scores = results.flatMap((result) => (result.score === undefined ? [] : [result.score]));
		const outcome: Outcome = results.some((result) => result.outcome === 'done')
			? 'done'
			: results.some((result) => result.outcome === 'failed')
				? 'failed'
				: 'in-progress';
		return {
			outcome,
			assessed: members.some((summary) => summary.assessmentQuestionIds.length > 0),
			score: scores.length > 0 ? Math.max(...scores) : undefined,
		};
	});
	const outcome: Outcome = requirements.every((requirement) => requirement.outcome === 'done')
		? 'done'
		: requirements.some((requirement) => requirement.outcome === 'failed')
			? 'failed'
			: 'in-progress';
	const assessed = requirements.filter((requirement) => requirement.assessed);
	const scores = assessed.flatMap((requirement) =>
		requirement.score === undefined ? [] : [requirement.score],
	);
	const score =
		assessed.length > 0 && scores.length === assessed.length
			? Math.round(scores.reduce((sum, value) => sum + value, 0) / scores.length)
			: undefined;
	return { outcome, score };
}

/** What the session needs to know about whether its SCO is one module or the course. */
export interface ScoScope {
	/** The module id, or `course` for the one-SCO course package. */
	readonly id: string;
	readonly course: boolean;
	/** The modules the SCO holds, in course order. */
	readonly modules: readonly ScormModuleInfo[];
	readonly moduleIds: readonly string[];
	module(id: string): ScormModuleInfo | undefined;
	/** Reads suspend data: a module value, or the course envelope. Never throws. */
	decode(value: string): {
		progress: Record<string, ModuleProgress>;
		attempt: string;
		problems: string[];
	};
	/** Suspend data for `progress` in at most `limit` characters; `undefined` if there is none. */
	fit(
		progress: Readonly<Record<string, ModuleProgress>>,
		limit: number,
		attempt: string,
	): FittedSuspendData | undefined;
	/** What the SCO reports: the module's outcome, or the course's. */
	outcome(progress: Readonly<Record<string, ModuleProgress>>): {
		outcome: Outcome;
		score: number | undefined;
	};
	/** The key of a module's copy in the device's safety net. */
	safetyNetKey(learnerId: string, moduleId: string): string;
}

export function scoScope(info: ScoInfo): ScoScope {
	const course = isCourseInfo(info);
	const modules = course ? info.modules : [info];
	const byId = new Map(modules.map((module) => [module.summary.id, module]));
	const [only] = modules;
	return {
		id: course ? info.id : info.summary.id,
		course,
		modules,
		moduleIds: modules.map((module) => module.summary.id),
		module: (id) => byId.get(id),
		decode(value) {
			if (course) return decodeCourse(value, modules);
			if (!only) return { progress: {}, attempt: '', problems: [] };
			const result = decode(value, only);
			return {
				progress: result.progress ? { [only.summary.id]: result.progress } : {},
				attempt: result.attempt,
				problems: result.problems,
			};
		},
		fit(progress, limit, attempt) {
			if (course) return fitCourseToLimit(progress, modules, limit, attempt);
			const current = only && progress[only.summary.id];
			return only && current ? fitToLimit(current, only, limit, attempt) : undefined;
		},
		outcome(progress) {
			if (course) {
				return courseOutcome(
					modules.map((module) => module.summary),
					progress,
				);
			}
			return only
				? moduleOutcome(only.summary, progress[only.summary.id])
				: { outcome: 'in-progress' as const, score: undefined };
		},
		// Module SCOs keep the key of earlier releases; the course SCO is another LMS activity.
		safetyNetKey: (learnerId, moduleId) =>
			`${learnerId}:${course ? `course:${moduleId}` : moduleId}`,
	};
}
