/**
 * Checks `modules/` and `content/` without building: `npm run check:course`. Prints every problem
 * and exits with code 1, or prints what was checked.
 */
import { runCourseCheck } from '../src/integrations/course-files.ts';
import { formatProblems } from '../src/lib/check/problem.ts';

const root = process.argv[2] ?? process.cwd();
const { problems, counts } = await runCourseCheck(root);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exitCode = 1;
} else {
	const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
	console.log(
		`Course check passed: ${plural(counts.modules, 'module')}, ${plural(counts.lessons, 'lesson')}, ${plural(counts.scenarios, 'scenario')}.`,
	);
}
