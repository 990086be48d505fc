/**
 * A synthetic large course for the build benchmark: a copy of the project in a temporary folder
 * whose `modules/` holds the real modules several times over, each copy with its ids renamed so
 * the course check passes (ids are course-wide, see `src/lib/check/rules/ids.ts`).
 *
 * The copy is a real project folder (sources copied, `node_modules` entries linked) because the
 * build reads `modules/` and `content/` at the project root; building there leaves the real
 * project's `dist/` and Astro cache untouched. Its whole-course package has one SCO per module:
 * as one SCO, 100 modules would need far more than the 4,096 characters of suspend_data SCORM 1.2
 * allows, and the packager refuses that (scorm-build/suspend-budget.ts).
 */
import { cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Components whose ids share the course-wide namespace of tracked ids. */
const TRACKED = 'Quiz|Question|TrafficLight|Reflection|RightsCheck';
const TRACKED_ID = new RegExp(`(<(?:${TRACKED})\\b[^>]*?\\bid=")([^"]+)(")`, 'g');

/** `module.yaml` of copy number `copy`: its id (and the module it is an easy read of) renamed. */
export function copyModuleYaml(text: string, copy: number): string {
	return text.replace(/^(id|easyReadOf):[ \t]*(['"]?)([a-z0-9-]+)\2[ \t]*$/gm, `$1: $3-c${copy}`);
}

/** A lesson of copy number `copy`: its id and the ids of its tracked components renamed. */
export function copyLesson(text: string, copy: number): string {
	const frontmatter = /^---\n[\s\S]*?\n---\n/.exec(text)?.[0] ?? '';
	const renamedFrontmatter = frontmatter.replace(
		/^id:[ \t]*(['"]?)([a-z0-9-]+)\1[ \t]*$/m,
		`id: $2-c${copy}`,
	);
	const body = text.slice(frontmatter.length).replace(TRACKED_ID, `$1$2-c${copy}$3`);
	return renamedFrontmatter + body;
}

/** Top-level entries of the project that the copy leaves out: output, caches, the course itself. */
const LEFT_OUT = new Set([
	'.git',
	'.astro',
	'node_modules',
	'dist',
	'dist-scorm',
	'modules',
	'test-results',
	'playwright-report',
	'bench-results',
]);

async function packageOneScoPerModule(copyDir: string) {
	const path = join(copyDir, 'scorm.config.json');
	const text = await readFile(path, 'utf8').catch(() => '{}');
	const config = JSON.parse(text) as Record<string, unknown>;
	await writeFile(path, `${JSON.stringify({ ...config, course: 'sco-per-module' }, null, 2)}\n`);
}

async function linkNodeModules(root: string, copyDir: string) {
	await mkdir(join(copyDir, 'node_modules'));
	for (const name of await readdir(join(root, 'node_modules'))) {
		// Astro and Vite keep build caches here: the copy gets its own.
		if (name === '.astro' || name === '.vite') continue;
		await symlink(join(root, 'node_modules', name), join(copyDir, 'node_modules', name));
	}
}

async function writeCopies(root: string, copyDir: string, copies: number): Promise<number> {
	const folders = (await readdir(join(root, 'modules'), { withFileTypes: true }))
		.filter((entry) => entry.isDirectory() && !entry.name.startsWith('_'))
		.map((entry) => entry.name);
	await cp(join(root, 'modules'), join(copyDir, 'modules'), { recursive: true });
	for (let copy = 1; copy < copies; copy += 1) {
		for (const folder of folders) {
			const from = join(root, 'modules', folder);
			const to = join(copyDir, 'modules', `${folder}-c${copy}`);
			await mkdir(to);
			for (const name of await readdir(from)) {
				const text = await readFile(join(from, name), 'utf8');
				const renamed =
					name === 'module.yaml'
						? copyModuleYaml(text, copy)
						: name.endsWith('.mdx') && /^\d/.test(name)
							? copyLesson(text, copy)
							: text;
				await writeFile(join(to, name), renamed);
			}
		}
	}
	return folders.length * copies;
}

/**
 * Copies the project at `root` into a new temporary folder with `copies` times its modules.
 * Returns the folder and the number of modules; the caller removes the folder (`removeProject`).
 */
export async function createSyntheticProject(
	root: string,
	copies: number,
): Promise<{ dir: string; modules: number }> {
	const dir = await mkdtemp(join(tmpdir(), 'rip-bench-'));
	try {
		for (const name of await readdir(root)) {
			if (LEFT_OUT.has(name)) continue;
			await cp(join(root, name), join(dir, name), { recursive: true, verbatimSymlinks: true });
		}
		await linkNodeModules(root, dir);
		await packageOneScoPerModule(dir);
		const modules = await writeCopies(root, dir, copies);
		return { dir, modules };
	} catch (error) {
		await removeProject(dir);
		throw error;
	}
}

export async function removeProject(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
}
