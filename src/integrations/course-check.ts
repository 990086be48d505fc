/**
 * Astro integration that runs the course check (`src/lib/check`) before `astro build` and
 * `astro dev`. Astro's content loaders stop at the first bad entry; this reports every problem in
 * `modules/` and `content/` at once, with file, line and a fix, and stops the build. Warnings (a
 * law item past its review date) are printed and the build goes on.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
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
				throw new AstroError(
					`The course check found ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in \`modules/\` and \`content/\`.`,
					'Fix the problems listed above, then run the build again. Run `npm run check:course` to check without building.',
				);
			},
		},
	};
}

export default courseCheck;
