import { describe, expect, test } from 'vitest';
import { suspendBudget } from '../../../scorm-build/suspend-budget.ts';
import type { ScormModuleInfo } from '../../../src/lib/scorm/module-info.ts';
import { info } from '../lib/scorm/fixtures.ts';

/** `count` copies of the fixture module under other ids: a course as long as you like. */
function course(count: number): ScormModuleInfo[] {
	return Array.from({ length: count }, (_, index) => ({
		...info,
		summary: { ...info.summary, id: `module-${index}` },
	}));
}

describe('suspendBudget', () => {
	test('passes a course whose modules and one-SCO course fit', () => {
		const budget = suspendBudget(course(3), 'single-sco');
		expect(budget.problems).toEqual([]);
		expect(budget.modules).toHaveLength(3);
		expect(budget.course).toBeLessThanOrEqual(4096);
	});

	test('stops a one-SCO course that could pass 4,096 characters and names the fix', () => {
		const budget = suspendBudget(course(30), 'single-sco');
		expect(budget.course).toBeGreaterThan(4096);
		expect(budget.problems).toHaveLength(1);
		expect(budget.problems[0]).toMatch(/^The one-SCO course could need \d+ characters/);
		expect(budget.problems[0]).toContain('"course": "sco-per-module"');
	});

	test('lets the same course through as one SCO per module', () => {
		expect(suspendBudget(course(30), 'sco-per-module').problems).toEqual([]);
	});

	test('names a module that cannot fit on its own', () => {
		const problems = suspendBudget(course(1), 'sco-per-module', 100).problems;
		expect(problems[0]).toContain('Module `module-0` could need');
		expect(problems[0]).toContain('Split the module');
	});
});
