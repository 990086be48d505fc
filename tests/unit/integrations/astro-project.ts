import { execFile } from 'node:child_process';
import { cp, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const project = fileURLToPath(new URL('../../../', import.meta.url));
const astroBin = join(project, 'node_modules/astro/bin/astro.mjs');

/**
 * A throwaway Astro project: this project's code and config with a fixture course from
 * `tests/fixtures/` (`valid`, or `broken/<name>`), and a cache of its own so the real build's
 * cache is never touched. The caller removes the folder.
 */
export async function fixtureProject(fixture: string): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'rip-astro-'));
	await cp(join(project, 'tests/fixtures', fixture), dir, { recursive: true });
	for (const name of ['src', 'node_modules', 'tsconfig.json'])
		await symlink(join(project, name), join(dir, name));
	await writeFile(
		join(dir, 'astro.config.mjs'),
		`import config from ${JSON.stringify(join(project, 'astro.config.mjs'))};\n` +
			`export default { ...config, cacheDir: './cache/' };\n`,
	);
	return dir;
}

export interface AstroRun {
	code: number;
	output: string;
}

/** Runs `astro <command>` on `root` with this project's Astro, collecting all it prints. */
export function astro(command: 'sync' | 'build', root: string): Promise<AstroRun> {
	return new Promise((resolve) => {
		execFile(
			process.execPath,
			[astroBin, command, '--root', root],
			{ cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } },
			(error, stdout, stderr) => {
				const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
				resolve({ code, output: `${stdout}${stderr}` });
			},
		);
	});
}
