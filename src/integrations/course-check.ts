/**
 * Astro integration that runs the course check (`src/lib/check`) before `astro build` and
 * `astro dev`. Astro's content loaders stop at the first bad entry; this reports every problem in
 * `modules/` and `content/` at once, with file, line and a fix, and stops the build.
 */
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { fileURLToPath } from 'node:url';
import { checkCourse } from './course-files.ts';
import { formatProblems } from '../lib/check/problem.ts';

export function courseCheck(): AstroIntegration {
	return {
		name: 'course-check',
		hooks: {
			'astro:config:setup': async ({ config, logger }) => {
				const problems = await checkCourse(fileURLToPath(config.root));
				if (problems.length === 0) {
					logger.info('Course check passed.');
					return;
				}
				logger.error(`\n${formatProblems(problems)}`);
				throw new AstroError(
					`The course check found ${problems.length === 1 ? '1 problem' : `${problems.length} problems`} in \`modules/\` and \`content/\`.`,
					'Fix the problems listed above, then run the build again. Run `npm run check:course` to check without building.',
				);
			},
		},
	};
}

export default courseCheck;
