import { readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astro, fixtureProject } from './astro-project.ts';

/** Two `astro sync` runs of a two-lesson course; generous for a busy 2-core machine. */
const SYNC_BUDGET_MS = 120_000;

/** The lesson files Astro will import when it builds, from the content layer's module list. */
async function filesAstroWillImport(root: string): Promise<string[]> {
	const text = await readFile(join(root, '.astro/content-modules.mjs'), 'utf8');
	return [...text.matchAll(/^\["(modules\/[^"]+)"/gm)].map((match) => match[1]!);
}

describe('renaming a lesson file between builds', () => {
	let root = '';
	beforeAll(async () => {
		root = await fixtureProject('valid');
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it(
		'builds from the new name with no cache to clear',
		async () => {
			expect((await astro('sync', root)).code).toBe(0);
			expect(await filesAstroWillImport(root)).toContain('modules/basics/02-practice.mdx');

			await rename(
				join(root, 'modules/basics/02-practice.mdx'),
				join(root, 'modules/basics/03-practice.mdx'),
			);
			expect((await astro('sync', root)).code).toBe(0);

			// Astro 7 kept the old path for an unchanged text and the build then failed to resolve it.
			expect(await filesAstroWillImport(root)).toEqual([
				'modules/basics/01-rights.mdx',
				'modules/basics/03-practice.mdx',
			]);
		},
		SYNC_BUDGET_MS,
	);
});
