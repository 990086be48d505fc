/**
 * Astro integration that runs the course check (`src/lib/check`) before `astro build` and
 * `astro dev`. Astro's content loaders stop at the first bad entry; this reports every problem in
 * `modules/` and `content/` at once, with file, line and a fix, and stops the build with that
 * list as its last words. Warnings (a law item past its review date) are printed and the build
 * goes on.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCourse } from './course-files.ts';
import { formatProblems, isWarning } from '../lib/problems/problem.ts';
import { dayOf } from '../lib/course/law.ts';

export function courseCheck(): AstroIntegration {
	return {
		name: 'course-check',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const found = await checkCourse(fileURLToPath(config.root), { today: dayOf(new Date()) });
				const problems = found.filter((problem) => !isWarning(problem));
				if (problems.length === 0) {
					if (found.length > 0) logger.warn(`\n${formatProblems(found)}`);
					logger.info('Course check passed.');
					return;
				}
				logger.error(`\n${formatProblems(found)}`);
				// Thrown, the error would add Astro's error block and a stack trace into this file
				// after the list, burying what the author has to fix; the list is the whole story.
				process.exit(1);
			},
		},
	};
}

export default courseCheck;
