/**
 * Astro integration that runs the course check (`src/lib/check`) before `astro build` and
 * `astro dev`. Astro's content loaders stop at the first bad entry; this reports every problem in
 * `modules/` and `content/` at once, with file, line and a fix, and stops the build with that
 * list as its last words. Warnings (a law item past its review date) are printed and the build
 * goes on. In `astro dev` the server starts whatever the check finds, and the check runs again on
 * every save (`live-course-check.ts`), with its result shown on every page.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkCourse } from './course-files.ts';
import { checkCourseToday, logProblems, startLiveCourseCheck } from './live-course-check.ts';
import { formatProblems, isWarning, type Problem } from '../lib/problems/problem.ts';
import { dayOf } from '../lib/course/law.ts';

export function courseCheck(): AstroIntegration {
	/** Set in `astro dev` only: what the check found when the server started. */
	let devStart: { root: string; initial: Problem[] } | undefined;
	let stopLiveCheck: (() => void) | undefined;
	return {
		name: 'course-check',
		hooks: {
			'astro:config:setup': async ({ config, command, logger, injectScript }) => {
				if (command === 'dev') {
					const root = fileURLToPath(config.root);
					const initial = await checkCourseToday(root);
					logProblems(logger, initial);
					devStart = { root, initial };
					// The banner script exists only in dev: `astro build` never sees this import.
					const banner = fileURLToPath(new URL('src/entry/dev-course-check.ts', config.root));
					injectScript('page', `import ${JSON.stringify(banner)};`);
					return;
				}
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
			'astro:server:setup': ({ server, logger }) => {
				if (devStart) stopLiveCheck = startLiveCourseCheck({ server, logger }, devStart);
			},
			'astro:server:done': () => {
				stopLiveCheck?.();
			},
		},
	};
}

export default courseCheck;
