/**
 * `npm run new -- lesson`: a lesson in a module, after a given lesson or just before the
 * assessment, renumbering later files when needed.
 */
import * as prompts from '@clack/prompts';
import { rename } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/lib/check/load.ts';
import { closestMatch } from '../../src/lib/problems/suggest.ts';
import { freshId, slugify } from '../../src/lib/scaffold/ids.ts';
import {
	defaultInsertIndex,
	findLesson,
	lessonOrder,
	planLessonFile,
	type LessonFileInfo,
	type Rename,
} from '../../src/lib/scaffold/lesson-files.ts';
import { takenIds } from '../../src/lib/scaffold/taken-ids.ts';
import { lessonMdx } from '../../src/lib/scaffold/templates.ts';
import { Answers, askText, knownIds } from './answers.ts';
import { CHECK_AND_SEE, exists, writeNew, type Created } from './files.ts';
import { Cancelled, UsageError } from './flags.ts';

export async function newLesson(answers: Answers, course: Course, root: string): Promise<Created> {
	const modules = course.modules.filter((module) => module.yaml);
	const moduleRef = await answers.need('module', () =>
		prompts.select({
			message: 'Which module is it for?',
			options: modules.map((module) => ({
				value: module.folder,
				label: module.meta?.title ?? module.folder,
				hint: module.folder,
			})),
		}),
	);
	const module = modules.find(
		(candidate) =>
			candidate.folder === moduleRef.replace(/^modules\//, '').replace(/\/$/, '') ||
			candidate.id === moduleRef,
	);
	if (!module) {
		const close = closestMatch(moduleRef, [
			...modules.map((candidate) => candidate.folder),
			...knownIds(modules),
		]);
		throw new UsageError(
			`Nothing was written: there is no module \`${moduleRef}\` in \`modules/\`. ${close ? `Did you mean \`${close}\`?` : `Use a folder name or id: ${modules.map((candidate) => `\`${candidate.folder}\``).join(', ')}.`}`,
		);
	}
	const lessons: LessonFileInfo[] = lessonOrder(
		module.lessons.map((lesson) => ({
			name: lesson.file.slice(lesson.file.lastIndexOf('/') + 1),
			...(lesson.id ? { id: lesson.id } : {}),
			assessment: lesson.data?.quizzes.some((quiz) => quiz.assessment) ?? false,
		})),
	);

	const after = answers.given('after');
	if (after !== undefined && answers.flag('first')) {
		throw new UsageError('Nothing was written: give `--after` or `--first`, not both.');
	}
	let index: number;
	if (answers.flag('first')) index = 0;
	else if (after !== undefined) {
		const found = findLesson(lessons, after);
		if (found === -1) {
			const close = closestMatch(after, [
				...knownIds(lessons),
				...lessons.map((lesson) => lesson.name),
			]);
			throw new UsageError(
				`Nothing was written: \`${module.folder}\` has no lesson \`${after}\`. ${close ? `Did you mean \`${close}\`?` : `Its lessons are ${lessons.map((lesson) => `\`${lesson.name}\``).join(', ')}.`}`,
			);
		}
		index = found + 1;
	} else index = defaultInsertIndex(lessons);

	const title = await answers.need('title', askText('Title of the lesson'));
	const summary = await answers.get(
		'summary',
		askText('Summary: one line for the module’s list of lessons (Enter to leave it out)', {
			optional: true,
		}),
	);
	if (answers.interactive && after === undefined && !answers.flag('first')) {
		const chosen = await prompts.select({
			message: 'Where does it go?',
			initialValue: index,
			options: [
				{ value: 0, label: 'First' },
				...lessons.map((lesson, position) => ({
					value: position + 1,
					label: `After ${lesson.name}`,
				})),
			],
		});
		if (prompts.isCancel(chosen)) throw new Cancelled('Nothing was written.');
		index = chosen;
	}

	const id = freshId('l-', title, takenIds(course), { fallback: 'lesson' });
	const plan = planLessonFile(
		lessons.map((lesson) => lesson.name),
		index,
		slugify(title) || 'lesson',
	);
	const folder = `modules/${module.folder}`;
	const file = `${folder}/${plan.name}`;
	const movingAway = new Set(plan.renames.map((step) => step.from));
	if ((await exists(join(root, file))) && !movingAway.has(plan.name)) {
		throw new UsageError(`\`${file}\` already exists, and \`npm run new\` never replaces a file.`);
	}
	const renamed: Rename[] = [];
	for (const step of plan.renames) {
		const from = `${folder}/${step.from}`;
		const to = `${folder}/${step.to}`;
		if (await exists(join(root, to))) {
			throw new UsageError(
				`\`${to}\` already exists, so \`${from}\` cannot move there to make room${renamed.length > 0 ? ` (already renamed: ${renamed.map((done) => `${done.from} → ${done.to}`).join(', ')})` : ''}. Number the lesson files 01, 02, 03… and try again.`,
			);
		}
		await rename(join(root, from), join(root, to));
		renamed.push({ from, to });
	}
	await writeNew(root, file, lessonMdx({ id, title, ...(summary ? { summary } : {}) }));
	const moduleId = module.meta?.id ?? module.id ?? module.folder;
	return {
		written: [file],
		renamed,
		next: [`Write the lesson in ${file}.`, ...CHECK_AND_SEE(`/modules/${moduleId}/${id}/`)],
	};
}
