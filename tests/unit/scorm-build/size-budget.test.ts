import { describe, expect, test } from 'vitest';
import {
	COURSE_PACKAGE_BUDGET,
	MODULE_PACKAGE_BUDGET,
	packageSizeWarnings,
} from '../../../scorm-build/size-budget.ts';

const course = { moduleCount: 3 };

describe('packageSizeWarnings', () => {
	test('names each package over its budget with its size and how far over', () => {
		expect(
			packageSizeWarnings(
				[
					{ file: 'a-1.0.0-scorm12.zip', bytes: MODULE_PACKAGE_BUDGET, modules: ['a'] },
					{ file: 'b-1.0.0-scorm12.zip', bytes: 261 * 1024, modules: ['b'] },
					{ file: 'course-scorm12.zip', bytes: 900 * 1024, modules: ['a', 'b', 'c'] },
				],
				course,
			),
		).toEqual([
			'b-1.0.0-scorm12.zip is 261.0 KB, 11.0 KB over the 250 KB budget for a module package.',
		]);
	});

	test('holds the whole-course package to the course budget, not the module one', () => {
		expect(
			packageSizeWarnings(
				[{ file: 'course.zip', bytes: COURSE_PACKAGE_BUDGET + 512, modules: ['a', 'b', 'c'] }],
				course,
			),
		).toEqual([
			'course.zip is 1024.5 KB, 0.5 KB over the 1 MB budget for the whole-course package.',
		]);
	});

	test('a one-module course is held to the module budget', () => {
		expect(
			packageSizeWarnings([{ file: 'only.zip', bytes: 300 * 1024, modules: ['a'] }], {
				moduleCount: 1,
			}),
		).toHaveLength(1);
	});
});
