import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const astro = join(project, 'node_modules/astro/bin/astro.mjs');
/** Two `astro sync` runs of a two-lesson course; generous for a busy 2-core machine. */
const SYNC_BUDGET_MS = 120_000;

/**
 * A throwaway Astro project: this project's code with the small valid fixture course, and a
 * cache of its own so the real build's cache is never touched.
 */
async function fixtureProject(): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'rip-rename-'));
	await cp(join(project, 'tests/fixtures/valid'), dir, { recursive: true });
	for (const name of ['src', 'node_modules', 'tsconfig.json'])
		await symlink(join(project, name), join(dir, name));
	await writeFile(
		join(dir, 'astro.config.mjs'),
		`import config from ${JSON.stringify(join(project, 'astro.config.mjs'))};\n` +
			`export default { ...config, cacheDir: './cache/' };\n`,
	);
	return dir;
}

const sync = (root: string) =>
	promisify(execFile)(process.execPath, [astro, 'sync', '--root', root], { cwd: root });

/** The lesson files Astro will import when it builds, from the content layer's module list. */
async function filesAstroWillImport(root: string): Promise<string[]> {
	const text = await readFile(join(root, '.astro/content-modules.mjs'), 'utf8');
	return [...text.matchAll(/^\["(modules\/[^"]+)"/gm)].map((match) => match[1]!);
}

describe('renaming a lesson file between builds', () => {
	let root = '';
	beforeAll(async () => {
		root = await fixtureProject();
	});
	afterAll(() => rm(root, { recursive: true, force: true }));

	it(
		'builds from the new name with no cache to clear',
		async () => {
			await sync(root);
			expect(await filesAstroWillImport(root)).toContain('modules/basics/02-practice.mdx');

			await rename(
				join(root, 'modules/basics/02-practice.mdx'),
				join(root, 'modules/basics/03-practice.mdx'),
			);
			await sync(root);

			// Astro 7 kept the old path for an unchanged text and the build then failed to resolve it.
			expect(await filesAstroWillImport(root)).toEqual([
				'modules/basics/01-rights.mdx',
				'modules/basics/03-practice.mdx',
			]);
		},
		SYNC_BUDGET_MS,
	);
});
