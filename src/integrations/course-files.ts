/**
 * Reads the course's source files for the author check (`src/lib/check/course.ts`), which is
 * pure: this is the Node side that the build (`course-check.ts`) and `scripts/check-course.ts`
 * share.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
	checkCourseFiles,
	type CheckOptions,
	type CourseCheckResult,
} from '../lib/check/course.ts';
import type { CourseFiles, SourceText } from '../lib/check/load.ts';
import type { Problem } from '../lib/problems/problem.ts';

const LESSON_FILE = /^\d.*\.mdx$/;

/**
 * True for a path, relative to the project root, inside `modules/` or `content/`: the folders the
 * check reads, where adding, changing or removing any file can change its result.
 */
export function isInCourseFolders(relativePath: string): boolean {
	return /^(modules|content)[\\/]/.test(relativePath);
}

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

/** Every file under `folder`, at any depth, skipping `_` and `.` names as `entries` does. */
async function filesUnder(rootDir: string, folder: string): Promise<string[]> {
	const found: string[] = [];
	for (const entry of await entries(join(rootDir, folder))) {
		const path = `${folder}/${entry.name}`;
		if (entry.isDirectory) found.push(...(await filesUnder(rootDir, path)));
		else found.push(path);
	}
	return found;
}

async function read(rootDir: string, file: string): Promise<SourceText | undefined> {
	try {
		// A byte-order mark (Windows Notepad writes one) is not part of the text; Astro drops it too.
		return { file, text: (await readFile(join(rootDir, file), 'utf8')).replace(/^\uFEFF/, '') };
	} catch {
		return undefined;
	}
}

/**
 * Reads `modules/*\/module.yaml`, `modules/*\/[0-9]*.mdx`, `content/rights/*.yaml`,
 * `content/glossary.yaml`, `content/sources.yaml`, `content/support-lines.yaml`,
 * `content/scenarios/*.mdx`, `content/law/*.yaml` and `content/rights-check/{steps,notices}.yaml`
 * under `rootDir`, skipping names that start with `_`, and lists every other file under
 * `modules/` and `content/` as a stray. Paths in the result are relative to `rootDir`.
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
	const supportLines = await read(rootDir, 'content/support-lines.yaml');
	const rightsCheckSteps = await read(rootDir, 'content/rights-check/steps.yaml');
	const rightsCheckNotices = await read(rootDir, 'content/rights-check/notices.yaml');
	const files: CourseFiles = {
		modules,
		rights: await inFolder('content/rights', '.yaml'),
		...(glossary ? { glossary } : {}),
		...(sources ? { sources } : {}),
		...(supportLines ? { supportLines } : {}),
		scenarios: await inFolder('content/scenarios', '.mdx'),
		law: await inFolder('content/law', '.yaml'),
		...(rightsCheckSteps ? { rightsCheckSteps } : {}),
		...(rightsCheckNotices ? { rightsCheckNotices } : {}),
	};
	const taken = new Set(
		[
			...modules.flatMap((module) => [module.moduleYaml, ...module.lessons]),
			...files.rights,
			glossary,
			sources,
			supportLines,
			...files.scenarios,
			...files.law,
			rightsCheckSteps,
			rightsCheckNotices,
		].flatMap((text) => (text ? [text.file] : [])),
	);
	const everyFile = [
		...(await filesUnder(rootDir, 'modules')),
		...(await filesUnder(rootDir, 'content')),
	];
	return { ...files, strays: everyFile.filter((file) => !taken.has(file)) };
}

/**
 * Checks the course under `rootDir` and returns the problems (warnings included) with counts of
 * what was checked. Pass `today` to check law review dates.
 */
export async function runCourseCheck(
	rootDir: string,
	options?: CheckOptions,
): Promise<CourseCheckResult> {
	return checkCourseFiles(await readCourseFiles(rootDir), options);
}

/**
 * Checks the course under `rootDir` and returns every problem found, warnings included; empty
 * when all is well.
 */
export async function checkCourse(rootDir: string, options?: CheckOptions): Promise<Problem[]> {
	return (await runCourseCheck(rootDir, options)).problems;
}
