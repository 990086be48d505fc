/**
 * The course check: reads `modules/` and `content/`, runs every rule family and returns all
 * problems at once. `checkCourseFiles` is pure (texts in, problems out) for tests and other
 * callers; `checkCourse` adds the file reading that the build and `scripts/check-course.ts` need.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCourse, type CourseFiles, type LoadOptions, type SourceText } from './load.ts';
import type { Problem } from './problem.ts';
import { checkIds } from './rules/ids.ts';
import { checkModules } from './rules/modules.ts';
import { checkReferences } from './rules/references.ts';
import { checkScenario } from './rules/scenarios.ts';

export interface CourseCheckResult {
	problems: Problem[];
	counts: { modules: number; lessons: number; scenarios: number };
}

/** Runs every rule over source texts already read. */
export function checkCourseFiles(files: CourseFiles, options?: LoadOptions): CourseCheckResult {
	const problems: Problem[] = [];
	const course = loadCourse(files, problems, options);
	problems.push(
		...checkIds(course),
		...checkReferences(course),
		...course.scenarios.flatMap(checkScenario),
		...checkModules(course),
	);
	return {
		problems,
		counts: {
			modules: course.modules.filter((module) => module.yaml).length,
			lessons: course.modules.reduce((sum, module) => sum + module.lessons.length, 0),
			scenarios: course.scenarios.length,
		},
	};
}

const LESSON_FILE = /^\d.*\.mdx$/;

async function entries(dir: string): Promise<Array<{ name: string; isDirectory: boolean }>> {
	try {
		const found = await readdir(dir, { withFileTypes: true });
		return found
			.filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
			.map((entry) => ({ name: entry.name, isDirectory: entry.isDirectory() }))
			.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
	} catch {
		return [];
	}
}

async function read(rootDir: string, file: string): Promise<SourceText | undefined> {
	try {
		return { file, text: await readFile(join(rootDir, file), 'utf8') };
	} catch {
		return undefined;
	}
}

/**
 * Reads `modules/*\/module.yaml`, `modules/*\/[0-9]*.mdx`, `content/rights/*.yaml`,
 * `content/glossary.yaml`, `content/sources.yaml` and `content/scenarios/*.mdx` under `rootDir`,
 * skipping names that start with `_`. Paths in the result are relative to `rootDir`.
 */
export async function readCourseFiles(rootDir: string): Promise<CourseFiles> {
	const modules: CourseFiles['modules'] = [];
	for (const folder of await entries(join(rootDir, 'modules'))) {
		if (!folder.isDirectory) continue;
		const files = await entries(join(rootDir, 'modules', folder.name));
		const moduleYaml = files.some((file) => file.name === 'module.yaml')
			? await read(rootDir, `modules/${folder.name}/module.yaml`)
			: undefined;
		const lessons: SourceText[] = [];
		for (const file of files) {
			if (file.isDirectory || !LESSON_FILE.test(file.name)) continue;
			const lesson = await read(rootDir, `modules/${folder.name}/${file.name}`);
			if (lesson) lessons.push(lesson);
		}
		if (!moduleYaml && lessons.length === 0) continue;
		modules.push({ folder: folder.name, ...(moduleYaml ? { moduleYaml } : {}), lessons });
	}
	const inFolder = async (folder: string, extension: string) => {
		const found: SourceText[] = [];
		for (const file of await entries(join(rootDir, folder))) {
			if (file.isDirectory || !file.name.endsWith(extension)) continue;
			const text = await read(rootDir, `${folder}/${file.name}`);
			if (text) found.push(text);
		}
		return found;
	};
	const glossary = await read(rootDir, 'content/glossary.yaml');
	const sources = await read(rootDir, 'content/sources.yaml');
	return {
		modules,
		rights: await inFolder('content/rights', '.yaml'),
		...(glossary ? { glossary } : {}),
		...(sources ? { sources } : {}),
		scenarios: await inFolder('content/scenarios', '.mdx'),
	};
}

/** Checks the course under `rootDir` and returns the problems with counts of what was checked. */
export async function runCourseCheck(
	rootDir: string,
	options?: LoadOptions,
): Promise<CourseCheckResult> {
	return checkCourseFiles(await readCourseFiles(rootDir), options);
}

/** Checks the course under `rootDir` and returns every problem found; empty when all is well. */
export async function checkCourse(rootDir: string, options?: LoadOptions): Promise<Problem[]> {
	return (await runCourseCheck(rootDir, options)).problems;
}
