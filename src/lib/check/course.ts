/**
 * The course check: runs every rule family over the course's source texts and returns all
 * problems at once. Pure (texts in, problems out); reading the files is
 * `src/integrations/course-files.ts`, used by the build and `scripts/check-course.ts`.
 */
import { loadCourse, type CourseFiles, type LoadOptions } from './load.ts';
import type { Problem } from '../problems/problem.ts';
import { checkCode } from './rules/code.ts';
import { checkStrayFiles, withoutStrayKnockOns } from './rules/files.ts';
import { checkIds } from './rules/ids.ts';
import { checkLawReviews } from './rules/law.ts';
import { checkModules } from './rules/modules.ts';
import { checkReferences } from './rules/references.ts';
import { checkRightsCheck } from './rules/rights-check.ts';
import { checkScenario } from './rules/scenarios.ts';

export interface CourseCheckResult {
	/** Every problem, warnings included (`severity: 'warning'`). */
	problems: Problem[];
	counts: { modules: number; lessons: number; scenarios: number; lawItems: number };
}

export interface CheckOptions extends LoadOptions {
	/**
	 * The day to check law review dates against, as `YYYY-MM-DD`. The caller reads the clock, so
	 * tests can fix the day; without it, review dates are not checked.
	 */
	today?: string;
}

/**
 * Two rules reporting the same field at the same place have found one mistake; the later rule's
 * account is kept, as it knows more (an id that no longer matches its file name, and the many
 * places still using the old id, are one rename).
 */
function oneAtEachSpot(problems: readonly Problem[]): Problem[] {
	const spot = (problem: Problem) =>
		problem.line === undefined
			? undefined
			: `${problem.file}:${problem.line}:${problem.column}:${problem.field}`;
	const last = new Map(problems.map((problem, index) => [spot(problem), index]));
	return problems.filter((problem, index) => {
		const key = spot(problem);
		return key === undefined || last.get(key) === index;
	});
}

/** Runs every rule over source texts already read. */
export function checkCourseFiles(
	files: CourseFiles,
	options: CheckOptions = {},
): CourseCheckResult {
	const problems: Problem[] = [];
	const course = loadCourse(files, problems, options);
	problems.push(
		...checkIds(course),
		...checkReferences(course),
		...course.scenarios.flatMap(checkScenario),
		...checkModules(course),
		...checkRightsCheck(course),
		...(options.today ? checkLawReviews(course, options.today) : []),
		...checkCode(course, problems),
		...checkStrayFiles(
			files.strays ?? [],
			new Map(
				files.modules.map((module) => [
					module.folder,
					module.lessons.map((lesson) => lesson.file.split('/').at(-1) ?? ''),
				]),
			),
		),
	);
	return {
		problems: withoutStrayKnockOns(oneAtEachSpot(problems), files.strays ?? []),
		counts: {
			modules: course.modules.filter((module) => module.yaml).length,
			lessons: course.modules.reduce((sum, module) => sum + module.lessons.length, 0),
			scenarios: course.scenarios.length,
			lawItems: course.law.length,
		},
	};
}
