/**
 * Module-level rules: every module folder has a `module.yaml` and at least one lesson, a module
 * that counts as complete by passing its assessment has exactly one assessment quiz, and every
 * learning outcome is checked by at least one question.
 */
import type { RootContent } from 'mdast';
import { isJsxElement } from '../../course/mdx.ts';
import type { Course, LessonFile } from '../load.ts';
import type { Problem } from '../../problems/problem.ts';
import { placeOfPath, placeOfValue } from '../yaml.ts';

export function checkModules(course: Course): Problem[] {
	const problems: Problem[] = [];
	for (const module of course.modules) {
		if (!module.yaml) {
			problems.push({
				file: module.file,
				field: 'module.yaml',
				message: `The folder \`modules/${module.folder}/\` has lessons but no \`module.yaml\`.`,
				hint: 'Add a `module.yaml` with the module’s `id`, `title`, `summary`, `audience`, `order`, `version`, `estimatedMinutes`, `outcomes`, `completion` and `passMark`. See docs/authoring.md › Module fields, or start from `npm run new -- module`.',
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
		// A lesson that could not be read is the root cause of anything it seems to lack.
		const allRead = module.lessons.every((lesson) => lesson.data);
		const completion = module.meta?.completion;
		const hasAssessment = module.lessons.some((lesson) =>
			lesson.data?.quizzes.some((quiz) => quiz.assessment),
		);
		if (completion && completion !== 'all-lessons' && !hasAssessment && allRead) {
			problems.push({
				file: module.file,
				...placeOfPath(module.yaml, ['completion']),
				field: 'completion',
				message: `\`completion\` is \`${completion}\`, but no lesson in this module has an assessment quiz, so learners could never complete it.`,
				hint: 'Add `assessment` to the module’s end-of-module `<Quiz>`, or set `completion: all-lessons`.',
			});
		}
		if (module.outcomesKnown && allRead) {
			const assessed = new Set(
				module.lessons.flatMap((lesson) =>
					lesson.data!.quizzes.flatMap((quiz) => quiz.questions.map((q) => q.outcome)),
				),
			);
			// A question naming an unknown outcome is reported on its own; an outcome it was meant
			// to name would only be a knock-on problem here.
			const known = new Set(module.outcomes);
			const dangling = [...assessed].some(
				(outcome) => outcome !== undefined && !known.has(outcome),
			);
			module.outcomes.forEach((outcome, index) => {
				if (dangling || assessed.has(outcome)) return;
				problems.push({
					file: module.file,
					...placeOfValue(module.yaml!, ['outcomes', index, 'id']),
					field: `outcomes › item ${index + 1} › id`,
					message: `No question checks the learning outcome \`${outcome}\`.`,
					hint: `Add \`outcome="${outcome}"\` to a question that tests it, or remove the outcome.`,
				});
			});
		}
		const assessments = module.lessons.flatMap(assessmentQuizzes);
		const [first, ...others] = assessments;
		for (const other of others) {
			problems.push({
				file: other.file,
				line: other.line,
				column: other.column,
				field: `<Quiz id="${other.id}"> assessment`,
				message: `\`<Quiz id="${other.id}">\` is a second assessment in this module; the first is \`<Quiz id="${first!.id}">\` in \`${first!.file}\` at line ${first!.line}. A module has one assessment, and its score is the module's score.`,
				hint: 'Remove `assessment` from one of them; keep it on the end-of-module quiz.',
			});
		}
	}
	return problems;
}

interface AssessmentQuiz {
	file: string;
	id: string;
	line: number;
	column: number;
}

/** `<Quiz … assessment>` elements in a lesson, in order, where they are written. */
function assessmentQuizzes(lesson: LessonFile): AssessmentQuiz[] {
	const found: AssessmentQuiz[] = [];
	const walk = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (isJsxElement(node) && node.name === 'Quiz') {
				const attribute = (name: string) =>
					node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === name);
				const assessment = attribute('assessment');
				const id = attribute('id')?.value;
				const value = assessment?.value;
				const off =
					value === 'false' || (typeof value === 'object' && value?.value.trim() === 'false');
				if (assessment && !off) {
					found.push({
						file: lesson.file,
						id: typeof id === 'string' ? id : '',
						line: node.position?.start.line ?? 1,
						column: node.position?.start.column ?? 1,
					});
				}
				continue;
			}
			if ('children' in node) walk(node.children);
		}
	};
	if (lesson.tree) walk(lesson.tree.children);
	return found;
}
