/** `npm run new -- module`: module.yaml, a first lesson and the assessment lesson. */
import * as prompts from '@clack/prompts';
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/lib/check/load.ts';
import { freshId, slugify } from '../../src/lib/scaffold/ids.ts';
import { nextModuleFolder } from '../../src/lib/scaffold/lesson-files.ts';
import { takenIds } from '../../src/lib/scaffold/taken-ids.ts';
import { assessmentMdx, lessonMdx, moduleYaml } from '../../src/lib/scaffold/templates.ts';
import { Answers, askSources, askText, knownIds, listAnswer, unknownIds } from './answers.ts';
import { CHECK_AND_SEE, writeNew, type Created } from './files.ts';
import { UsageError } from './flags.ts';

export async function newModule(answers: Answers, course: Course, root: string): Promise<Created> {
	const title = await answers.need('title', askText('Title of the module, as learners see it'));
	const summary = await answers.need(
		'summary',
		askText('Summary: one or two sentences for the course home page'),
	);
	const audience = await answers.need(
		'audience',
		askText('Who is it for?', { placeholder: 'all staff' }),
	);
	const outcome = await answers.need(
		'outcome',
		askText('A learning outcome: what can learners do at the end?', {
			placeholder: 'Explain which rights a bedroom search engages.',
		}),
	);
	const lessonTitle = await answers.need('lesson', askText('Title of the first lesson'));
	const statement = await answers.need(
		'statement',
		askText('The first assessment question: a statement, true or false, that checks this outcome'),
	);
	const answer = (
		await answers.need('answer', () =>
			prompts.select({
				message: 'Is the statement true or false?',
				options: [
					{ value: 'true', label: 'True' },
					{ value: 'false', label: 'False' },
				],
			}),
		)
	).toLowerCase();
	const sources = await listAnswer(
		answers,
		'sources',
		askSources(course, 'Which sources back the question?'),
	);

	const problems = [
		...(answer === 'true' || answer === 'false'
			? []
			: [`\`--answer\` is \`${answer}\`; write \`true\` or \`false\`.`]),
		...unknownIds(sources, knownIds(course.sources), '`content/sources.yaml`'),
	];
	if (problems.length > 0) throw new UsageError(`Nothing was written.\n${problems.join('\n')}`);

	const taken = takenIds(course);
	const fresh = (prefix: string, from: string, fallback: string, suffix = '') => {
		const id = freshId(prefix, from, taken, { fallback, suffix });
		taken.add(id);
		return id;
	};
	const id = fresh('', title, 'module');
	const outcomeId = fresh('o-', outcome, 'outcome');
	const lessonId = fresh('l-', lessonTitle, 'lesson');
	const checkId = fresh('l-', id, 'module', '-check');
	const quizId = fresh('quiz-', id, 'module');
	const questionId = fresh('q-', statement, 'question');

	const folders = await readdir(join(root, 'modules')).catch(() => [] as string[]);
	const folder = `modules/${nextModuleFolder(folders, id)}`;
	const passMark = 70;
	const firstLesson = lessonMdx({ id: lessonId, title: lessonTitle });
	const check = assessmentMdx({
		lessonId: checkId,
		quizId,
		questionId,
		outcomeId,
		statement,
		answer: answer === 'true' ? 'true' : 'false',
		sources,
		passMark,
	});
	const orders = course.modules.flatMap((module) => (module.meta ? [module.meta.order] : []));
	const lessonFile = `${folder}/01-${slugify(lessonTitle) || 'lesson'}.mdx`;
	const checkFile = `${folder}/02-check-your-understanding.mdx`;
	const yamlFile = `${folder}/module.yaml`;

	try {
		await mkdir(join(root, folder), { recursive: false });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
			throw new UsageError(
				`\`${folder}/\` already exists, and \`npm run new\` never replaces a file.`,
			);
		}
		throw error;
	}
	await writeNew(
		root,
		yamlFile,
		moduleYaml({
			id,
			title,
			summary,
			audience,
			order: Math.max(-1, ...orders) + 1,
			outcome: { id: outcomeId, text: outcome },
			passMark,
			lessons: [firstLesson, check],
			questions: 1,
		}),
	);
	await writeNew(root, lessonFile, firstLesson);
	await writeNew(root, checkFile, check);
	return {
		written: [yamlFile, lessonFile, checkFile],
		renamed: [],
		next: [
			`Write the first lesson in ${lessonFile}.`,
			`Add learning outcomes to ${yamlFile}, each with a question in ${checkFile} that names it with outcome="…".`,
			...(sources.length === 0
				? [
						`Add sources="…" (ids from content/sources.yaml) to the question: the content tests ask for one.`,
					]
				: []),
			`When the lessons are written, set estimatedMinutes in ${yamlFile} (see docs/authoring.md › Module fields).`,
			...CHECK_AND_SEE(`/modules/${id}/`),
		],
	};
}
