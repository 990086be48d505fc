/**
 * The suspend_data budget the build enforces before packaging: every module, and the one-SCO
 * course when it is packaged, must fit SCORM 1.2's `cmi.suspend_data` at its worst case, since
 * an LMS may cut a longer value and so corrupt it.
 */
import { worstCaseCourseLength } from '../src/lib/scorm/course-data.ts';
import type { ScormModuleInfo } from '../src/lib/scorm/module-info.ts';
import { worstCaseLength } from '../src/lib/scorm/suspend-data/index.ts';
import { SCORM12_SUSPEND_LIMIT } from '../src/schemas/scorm.ts';

export interface SuspendBudget {
	modules: Array<{ id: string; worstCase: number }>;
	course: number;
	/** Why packaging must stop, with the fix, as sentences; empty when everything fits. */
	problems: string[];
}

/** Worst cases of each module and of the course, and what does not fit `limit`. */
export function suspendBudget(
	infos: readonly ScormModuleInfo[],
	courseLayout: 'single-sco' | 'sco-per-module',
	limit = SCORM12_SUSPEND_LIMIT,
): SuspendBudget {
	const modules = infos.map((info) => ({ id: info.summary.id, worstCase: worstCaseLength(info) }));
	const course = worstCaseCourseLength(infos);
	const problems = modules
		.filter((module) => module.worstCase > limit)
		.map(
			(module) =>
				`Module \`${module.id}\` could need ${module.worstCase} characters of suspend_data; SCORM 1.2 allows ${limit}. Split the module, or reduce its questions, scenario choices or review statements.`,
		);
	if (courseLayout === 'single-sco' && course > limit) {
		problems.push(
			`The one-SCO course could need ${course} characters of suspend_data; SCORM 1.2 allows ${limit}. Package the course one SCO per module (\`"course": "sco-per-module"\` in scorm.config.json, or \`--course sco-per-module\`), or shorten the modules (questions, scenario choices, review statements).`,
		);
	}
	return { modules, course, problems };
}
