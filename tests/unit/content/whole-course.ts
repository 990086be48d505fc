import { join } from 'node:path';
import { readCourseFiles } from '../../../src/integrations/course-files.ts';
import { loadCourse, type Course } from '../../../src/lib/check/load.ts';
import type { Problem } from '../../../src/lib/problems/problem.ts';

/**
 * Budget for reading and parsing the whole course (about 70 MDX and YAML files): under a second
 * on a quiet machine, but over 10 s on a 2-core machine shared with a build, so the content
 * tests give their `beforeAll` this explicit budget instead of the 10 s default.
 */
export const WHOLE_COURSE_BUDGET_MS = 60_000;

/** The course as authors wrote it, read the way the course check reads it. */
export async function loadWholeCourse(problems: Problem[] = []): Promise<Course> {
	return loadCourse(await readCourseFiles(join(import.meta.dirname, '../../..')), problems);
}
