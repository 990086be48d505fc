/**
 * The course check while a trainer writes (`npm run dev`). The dev server starts even when the
 * course has problems; the check runs again shortly after any file in `modules/` or `content/` is
 * added, changed or removed, prints its result in the terminal and sends it to every open page,
 * where `src/entry/dev-course-check.ts` shows it as a banner. A page that opens later asks for the
 * latest result when it loads.
 */
import type { AstroIntegrationLogger, HookParameters } from 'astro';
import { relative } from 'node:path';
import { dayOf } from '../lib/course/law.ts';
import { formatProblems, isWarning, type Problem } from '../lib/problems/problem.ts';
import { summariseProblems } from '../lib/problems/summary.ts';
import { checkCourse, isInCourseFolders } from './course-files.ts';
import { createDebouncedRunner } from './debounced-runner.ts';
import {
	COURSE_CHECK_REQUEST,
	COURSE_CHECK_RESULT,
	type CourseCheckResult,
} from './live-check-events.ts';

/** Long enough to take an editor's save (write, rename, change) as one edit. */
const SETTLE_MS = 200;

/** Runs the course check under `root` with today's date for law review dates. */
export function checkCourseToday(root: string): Promise<Problem[]> {
	return checkCourse(root, { today: dayOf(new Date()) });
}

/** Prints the problems in the terminal, with "save" rather than "build" as the next step. */
export function logProblems(logger: AstroIntegrationLogger, problems: readonly Problem[]): void {
	if (problems.length === 0) {
		logger.info('Course check passed.');
		return;
	}
	const text = `\n${formatProblems(problems, { then: 'save the file to check again' })}`;
	if (problems.some((problem) => !isWarning(problem))) logger.error(text);
	else logger.warn(text);
}

/**
 * Wires the live check into the dev server. `initial` is the result of the check that ran when the
 * server started. Returns a function that stops watching.
 */
export function startLiveCourseCheck(
	{ server, logger }: Pick<HookParameters<'astro:server:setup'>, 'server' | 'logger'>,
	{ root, initial }: { root: string; initial: readonly Problem[] },
): () => void {
	const hot = server.environments.client.hot;
	let latest: CourseCheckResult = { summary: summariseProblems(initial) };

	hot.on(COURSE_CHECK_REQUEST, (_data: unknown, client) => {
		client.send(COURSE_CHECK_RESULT, latest);
	});

	const runner = createDebouncedRunner(
		async () => {
			const problems = await checkCourseToday(root);
			logProblems(logger, problems);
			latest = { summary: summariseProblems(problems) };
			hot.send(COURSE_CHECK_RESULT, latest);
		},
		{
			delayMs: SETTLE_MS,
			onError: (error) => logger.error(`The course check could not run: ${String(error)}`),
		},
	);

	const onFileEvent = (event: string, path: string) => {
		if (event === 'addDir') return;
		if (isInCourseFolders(relative(root, path))) runner.request();
	};
	server.watcher.on('all', onFileEvent);
	return () => {
		runner.stop();
		server.watcher.off('all', onFileEvent);
	};
}
