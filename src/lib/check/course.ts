/**
 * The course check: runs every rule family over the course's source texts and returns all
 * problems at once. Pure (texts in, problems out); reading the files is
 * `src/integrations/course-files.ts`, used by the build and `scripts/check-course.ts`.
 */
import { loadCourse, type CourseFiles, type LoadOptions } from './load.ts';
import type { Problem } from './problem.ts';
import { checkIds } from './rules/ids.ts';
import { checkModules } from './rules/modules.ts';
import { checkReferences } from './rules/references.ts';
import { checkScenario } from './rules/scenarios.ts';

export interface CourseCheckResult {
	problems: Problem[];
	counts: { modules: number; lessons: number; scenarios: number };
}

/** Runs every rule over source texts already read. */
export function checkCourseFiles(files: CourseFiles, options?: LoadOptions): CourseCheckResult {
	const problems: Problem[] = [];
	const course = loadCourse(files, problems, options);
	problems.push(
		...checkIds(course),
		...checkReferences(course),
		...course.scenarios.flatMap(checkScenario),
		...checkModules(course),
	);
	return {
		problems,
		counts: {
			modules: course.modules.filter((module) => module.yaml).length,
			lessons: course.modules.reduce((sum, module) => sum + module.lessons.length, 0),
			scenarios: course.scenarios.length,
		},
	};
}
