/**
 * Module-level rules: every module folder has a `module.yaml` and at least one lesson, and a
 * module that counts as complete by passing its assessment has an assessment quiz.
 */
import type { Course } from '../load.ts';
import type { Problem } from '../../problems/problem.ts';
import { placeOfPath } from '../yaml.ts';

export function checkModules(course: Course): Problem[] {
	const problems: Problem[] = [];
	for (const module of course.modules) {
		if (!module.yaml) {
			problems.push({
				file: module.file,
				field: 'module.yaml',
				message: `The folder \`modules/${module.folder}/\` has lessons but no \`module.yaml\`.`,
				hint: 'Add a `module.yaml` with the module’s `id`, `title`, `summary`, `audience`, `order`, `version`, `estimatedMinutes`, `outcomes`, `completion` and `passMark`. See docs/authoring.md › Files.',
			});
			continue;
		}
		if (module.lessons.length === 0) {
			problems.push({
				file: module.file,
				line: 1,
				column: 1,
				field: 'lessons',
				message: `The module in \`modules/${module.folder}/\` has no lessons.`,
				hint: 'Add a lesson file named like `01-introduction.mdx` beside `module.yaml`.',
			});
		}
		const completion = module.meta?.completion;
		const hasAssessment = module.lessons.some((lesson) =>
			lesson.data?.quizzes.some((quiz) => quiz.assessment),
		);
		if (completion && completion !== 'all-lessons' && !hasAssessment) {
			problems.push({
				file: module.file,
				...placeOfPath(module.yaml, ['completion']),
				field: 'completion',
				message: `\`completion\` is \`${completion}\`, but no lesson in this module has an assessment quiz, so learners could never complete it.`,
				hint: 'Add `assessment` to the module’s end-of-module `<Quiz>`, or set `completion: all-lessons`.',
			});
		}
	}
	return problems;
}
