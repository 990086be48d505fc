/**
 * Checks `modules/` and `content/` without building: `npm run check:course`. Prints every problem
 * and exits with code 1, or prints any warnings (law items past their review date) and what was
 * checked.
 */
import { runCourseCheck } from '../src/integrations/course-files.ts';
import { formatProblems, isWarning } from '../src/lib/problems/problem.ts';
import { dayOf } from '../src/lib/course/law.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, counts } = await runCourseCheck(root, { today: dayOf(new Date()) });
if (problems.some((problem) => !isWarning(problem))) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	if (problems.length > 0) console.warn(`${formatProblems(problems)}\n`);
	const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
	console.log(
		`Course check passed: ${plural(counts.modules, 'module')}, ${plural(counts.lessons, 'lesson')}, ${plural(counts.scenarios, 'scenario')}, ${plural(counts.lawItems, 'law item')}.`,
	);
}
