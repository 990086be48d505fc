import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCourse } from '../data/course.ts';
import { scormModuleInfo } from '../data/scorm-info.ts';
import { BUILD_TARGET } from '../lib/site/target.ts';
import { SCORM_MODULES_FILE, ScormModulesFileSchema } from '../schemas/scorm-contract.ts';

/**
 * What `scorm-build/cli.ts` needs to package each module: manifest metadata and the module info
 * the SCO runtime uses (also used for the worst-case suspend_data check). Only the SCORM build
 * variant writes it (`scorm-modules.json`); it is never put inside a package. The shape is
 * `ScormModulesFileSchema`, which the packager checks the file against when it reads it.
 */
export const getStaticPaths = (() =>
	BUILD_TARGET === 'scorm'
		? [{ params: { file: SCORM_MODULES_FILE.replace(/\.json$/, '') } }]
		: []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
	const course = await loadCourse();
	const modules = await Promise.all(
		course.map(async (module) => ({
			id: module.entry.data.id,
			title: module.entry.data.title,
			summary: module.entry.data.summary,
			version: module.entry.data.version,
			passMark: module.entry.data.passMark,
			estimatedMinutes: module.entry.data.estimatedMinutes,
			info: await scormModuleInfo(module),
		})),
	);
	// Parsed here too, so a writer that drifts from the schema fails the site build, not packaging.
	return new Response(JSON.stringify(ScormModulesFileSchema.parse(modules), null, '\t'));
};
