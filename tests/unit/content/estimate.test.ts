import { beforeAll, describe, expect, test } from 'vitest';
import type { Course } from '../../../src/lib/check/load.ts';
import { countWords, estimateHolds, estimateMinutes } from '../../../src/lib/course/estimate.ts';
import { toPlainText } from '../../../src/lib/course/mdx.ts';
import { loadWholeCourse, WHOLE_COURSE_BUDGET_MS } from './whole-course.ts';

let course: Course;

beforeAll(async () => {
	course = await loadWholeCourse();
}, WHOLE_COURSE_BUDGET_MS);

/** The minutes the module takes at the pace in src/lib/course/estimate.ts. */
function computedMinutes(module: Course['modules'][number]): number {
	const scenarios = new Map(course.scenarios.map((scenario) => [scenario.data?.id, scenario]));
	const words = (tree: { children: Parameters<typeof toPlainText>[0] } | undefined) =>
		tree ? countWords(toPlainText(tree.children)) : 0;
	const data = module.lessons.flatMap((lesson) => (lesson.data ? [lesson.data] : []));
	return estimateMinutes({
		lessonWords: module.lessons.reduce((sum, lesson) => sum + words(lesson.tree), 0),
		scenarioWords: data
			.flatMap((lesson) => lesson.scenarios)
			.reduce((sum, { id }) => sum + words(scenarios.get(id)?.tree), 0),
		questions: data.flatMap((lesson) => lesson.quizzes).flatMap((quiz) => quiz.questions).length,
		reflections: data.flatMap((lesson) => lesson.reflections).length,
		reviewStatements: data
			.flatMap((lesson) => lesson.trafficLights)
			.flatMap((review) => review.statements).length,
		rightsChecks: data.flatMap((lesson) => lesson.rightsChecks).length,
	});
}

describe('module time estimates', () => {
	test('every module’s estimatedMinutes is within 25% of the time its content takes', () => {
		const modules = course.modules.filter((module) => module.meta);
		expect(modules.length).toBeGreaterThan(0);
		const off = modules
			.map((module) => ({
				id: module.meta!.id,
				authored: module.meta!.estimatedMinutes,
				computed: Math.round(computedMinutes(module)),
			}))
			.filter(({ authored, computed }) => !estimateHolds(authored, computed));
		expect(off, 'set estimatedMinutes in module.yaml near the computed minutes').toEqual([]);
	});
});
