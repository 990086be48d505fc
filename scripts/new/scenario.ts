/** `npm run new -- scenario`: a small branching scenario in `content/scenarios/`. */
import * as prompts from '@clack/prompts';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Course } from '../../src/lib/check/load.ts';
import { freshId } from '../../src/lib/scaffold/ids.ts';
import { takenIds } from '../../src/lib/scaffold/taken-ids.ts';
import { scenarioMdx } from '../../src/lib/scaffold/templates.ts';
import { Answers, askSources, askText, knownIds, listAnswer, unknownIds } from './answers.ts';
import { writeNew, type Created } from './files.ts';
import { UsageError } from './flags.ts';

export async function newScenario(
	answers: Answers,
	course: Course,
	root: string,
): Promise<Created> {
	const title = await answers.need('title', askText('Title of the scenario'));
	const summary = await answers.need(
		'summary',
		askText('Summary: one sentence shown before the learner starts'),
	);
	const rights = await listAnswer(answers, 'rights', () =>
		prompts.multiselect({
			message: 'Which rights is it about?',
			options: course.rights
				.toSorted((a, b) => (a.value?.order ?? 99) - (b.value?.order ?? 99))
				.flatMap((right) =>
					right.id
						? [
								{
									value: right.id,
									label: right.value ? `${right.value.article}: ${right.value.name}` : right.id,
								},
							]
						: [],
				),
			required: true,
		}),
	);
	const sources = await listAnswer(
		answers,
		'sources',
		askSources(course, 'Which sources does it draw on?'),
	);
	const problems = [
		...(rights.length === 0 ? ['Name at least one right with `--rights`, such as art-8.'] : []),
		...unknownIds(rights, knownIds(course.rights), '`content/rights/`'),
		...unknownIds(sources, knownIds(course.sources), '`content/sources.yaml`'),
	];
	if (problems.length > 0) throw new UsageError(`Nothing was written.\n${problems.join('\n')}`);

	const id = freshId('s-', title, takenIds(course), { fallback: 'scenario' });
	const file = `content/scenarios/${id}.mdx`;
	await mkdir(join(root, 'content/scenarios'), { recursive: true });
	await writeNew(root, file, scenarioMdx({ id, title, summary, rights, sources }));
	return {
		written: [file],
		renamed: [],
		next: [
			`Write your story over the starter text in ${file}.`,
			`Show it in a lesson: put <Scenario id="${id}" /> on a line of its own in the lesson's MDX file.`,
			...(sources.length === 0
				? [
						'Add sources: (ids from content/sources.yaml) to its frontmatter: the content tests ask for one.',
					]
				: []),
			'Check it: npm run check:course',
			'See it: npm run dev, then open the lesson that shows it.',
		],
	};
}
