import { rm } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astro, fixtureProject } from './astro-project.ts';

/** One `astro build` that stops at the course check; generous for a busy 2-core machine. */
const BUILD_BUDGET_MS = 90_000;

describe('a build of a course with mistakes', () => {
	let root = '';
	beforeAll(async () => {
		root = await fixtureProject('broken/several-mistakes');
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it(
		'fails and ends with the list of problems, not an error block and stack trace',
		async () => {
			const { code, output } = await astro('build', root);
			expect(code).not.toBe(0);
			const lines = output.trimEnd().split('\n');
			expect(lines.at(-1)).toMatch(/^Fix the \d+ problems above, then run the build again\.$/);
			expect(output).toMatch(/^\s+Problem: /m);
			expect(output).not.toMatch(/Stack trace|AstroUserError|\n\s+at /);
		},
		BUILD_BUDGET_MS,
	);
});
