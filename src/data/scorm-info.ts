import { getEntry } from 'astro:content';
import { extractScenario } from '../lib/course/extract/index.ts';
import { parseMdx } from '../lib/course/mdx.ts';
import { buildScormModuleInfo, type ScormModuleInfo } from '../lib/scorm/module-info.ts';
import type { ScenarioData } from '../schemas/scenario.ts';
import type { CourseModuleEntry } from './course.ts';

/**
 * What a SCORM launch page needs about its module: the summary, and each question, scenario
 * choice and review statement as the LMS and the suspend_data codec will see them.
 */
export async function scormModuleInfo(module: CourseModuleEntry): Promise<ScormModuleInfo> {
	const components = module.lessons.map((lesson) => lesson.components);
	const scenarios: ScenarioData[] = [];
	for (const { id } of module.summary.scenarios) {
		const entry = await getEntry('scenarios', id);
		if (entry) scenarios.push(extractScenario(parseMdx(entry.body ?? ''), entry.data).data);
	}
	return buildScormModuleInfo({
		summary: { ...module.summary, ...module.evaluation },
		questions: components.flatMap((c) => c.quizzes.flatMap((quiz) => quiz.questions)),
		scenarios,
		reviews: components.flatMap((c) => c.trafficLights),
	});
}
