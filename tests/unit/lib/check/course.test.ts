import { appendFile, cp, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkCourse, runCourseCheck } from '../../../../src/integrations/course-files.ts';
import { sortProblems } from '../../../../src/lib/problems/problem.ts';
import { inTempCopy, VALID_COURSE } from '../../temp-course.ts';

const fixtures = fileURLToPath(new URL('../../../fixtures/', import.meta.url));

/**
 * Problems for one fixture as `file:line:column` plus the words an author reads, and `warning`
 * for warnings. `today` is fixed where a test checks review dates, so results never depend on
 * the day the tests run.
 */
async function problemsIn(fixture: string, options: { today?: string } = {}) {
	const problems = sortProblems(await checkCourse(`${fixtures}${fixture}`, options));
	return problems.map(({ file, line, column, field, message, hint, severity }) => ({
		at: `${file}:${line ?? '-'}:${column ?? '-'}`,
		field,
		message,
		hint,
		...(severity ? { severity } : {}),
	}));
}

/** Runs `edit` on a fresh copy of the valid fixture course, then returns the check's problems. */
async function problemsAfterEditing(edit: (dir: string) => Promise<void>) {
	return inTempCopy(VALID_COURSE, async (dir) => {
		await edit(dir);
		return checkCourse(dir);
	});
}

describe('checkCourse', () => {
	test('finds no problems in the valid course', async () => {
		const result = await runCourseCheck(`${fixtures}valid`);
		expect(result.problems).toEqual([]);
		expect(result.counts).toEqual({ modules: 1, lessons: 2, scenarios: 1, lawItems: 1 });
	});

	test('finds no law item due for review before its review day has passed', async () => {
		expect(await problemsIn('broken/law-review-overdue', { today: '2026-01-31' })).toEqual([]);
		expect(await problemsIn('valid', { today: '2030-12-31' })).toEqual([]);
	});

	test('reports every mistake at once', async () => {
		expect(await problemsIn('broken/several-mistakes')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:19:22",
			    "field": "<Choice id="c-ask"> to",
			    "hint": "Did you mean \`e-best\`?",
			    "message": "\`<Choice id="c-ask">\` goes to \`e-bset\`, but there is no \`<Node>\` or \`<Ending>\` with that id.",
			  },
			  {
			    "at": "modules/basics/01-rights.mdx:9:12",
			    "field": "<RightCard> right",
			    "hint": "Did you mean \`art-8\`?",
			    "message": "There is no right \`art-88\` in \`content/rights/\`.",
			  },
			  {
			    "at": "modules/basics/01-rights.mdx:16:3",
			    "field": "<Question id="q-search-rights"> <Option> correct",
			    "hint": "Add \`correct\` to the right \`<Option>\`, for example \`<Option id="privacy" correct>\`. See docs/authoring.md › Quiz.",
			    "message": "No option in \`<Question id="q-search-rights">\` is marked correct.",
			  },
			  {
			    "at": "modules/basics/module.yaml:14:1",
			    "field": "passMark",
			    "hint": "Write a number without quotes, for example \`passMark: 60\`.",
			    "message": "\`passMark\` should be a number, but it is the text \`"80%"\`.",
			  },
			]
		`);
	});
});

describe('checkCourse on broken fixtures', () => {
	test('reports a misspelt question type with the likely value', async () => {
		expect(await problemsIn('broken/bad-question-type')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:16:34",
			    "field": "<Question id="q-search-rights"> type",
			    "hint": "Did you mean \`single\`? The values you can use here are \`single\`, \`multiple\` or \`true-false\`.",
			    "message": "\`type="singel"\` on \`<Question id="q-search-rights">\` is not one of the choices.",
			  },
			]
		`);
	});

	test('reports a choice that points to a missing node with the likely id', async () => {
		expect(await problemsIn('broken/choice-missing-node')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:19:22",
			    "field": "<Choice id="c-ask"> to",
			    "hint": "Did you mean \`e-best\`?",
			    "message": "\`<Choice id="c-ask">\` goes to \`e-bset\`, but there is no \`<Node>\` or \`<Ending>\` with that id.",
			  },
			]
		`);
	});

	test('reports a choice without feedback', async () => {
		expect(await problemsIn('broken/choice-without-feedback')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:15:3",
			    "field": "<Choice id="c-covert"> <Feedback>",
			    "hint": "Add \`<Feedback>…</Feedback>\` after the choice text, explaining the rights this choice engages.",
			    "message": "\`<Choice id="c-covert">\` has no feedback.",
			  },
			]
		`);
	});

	test('reports a lesson id used twice in the course, naming both places', async () => {
		expect(await problemsIn('broken/duplicate-lesson-id')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:2:1",
			    "field": "id",
			    "hint": "Give each lesson its own id. Ids never change after release, because learners’ progress is stored against them: change the id that was added most recently.",
			    "message": "The lesson id \`l-rights\` of this lesson is already used by the lesson at modules/basics/01-rights.mdx:2:1.",
			  },
			]
		`);
	});

	test('reports a question id used twice in the course, naming both places', async () => {
		expect(await problemsIn('broken/duplicate-question-id')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:26:3",
			    "field": "<Question> id",
			    "hint": "Quizzes, questions, traffic lights, reflections and rights checks each need an id used nowhere else in the course. Ids never change after release, because learners’ progress is stored against them: change the id that was added most recently.",
			    "message": "The component id \`q-search-rights\` of this \`<Question>\` is already used by the \`<Question>\` at modules/basics/01-rights.mdx:16:3.",
			  },
			]
		`);
	});

	test('reports an ending without an outcome', async () => {
		expect(await problemsIn('broken/ending-without-outcome')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:35:1",
			    "field": "<Ending id="e-harm"> outcome",
			    "hint": "Add \`outcome="positive"\`, \`outcome="mixed"\` or \`outcome="negative"\`. See docs/authoring.md › Scenario.",
			    "message": "\`<Ending id="e-harm">\` has no \`outcome\`.",
			  },
			]
		`);
	});

	test('reports a loop that never reaches an ending once', async () => {
		expect(await problemsIn('broken/endless-path')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:25:1",
			    "field": "<Node id="n-covert">",
			    "hint": "Point one of the choices or gotos in the loop at an \`<Ending>\`, or at a node that leads to one.",
			    "message": "Every path from \`<Node id="n-covert">\` goes round in a loop and never reaches an \`<Ending>\`: \`n-covert\` → \`n-wait\` → \`n-covert\`.",
			  },
			]
		`);
	});

	test('reports a frontmatter field of the wrong type at its key', async () => {
		expect(await problemsIn('broken/frontmatter-type')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:3:1",
			    "field": "title",
			    "hint": "Put it in quotes: \`title: "2026"\`.",
			    "message": "\`title\` should be text, but YAML reads \`2026\` as a number.",
			  },
			]
		`);
	});

	test('reports a component without an id', async () => {
		expect(await problemsIn('broken/missing-id')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:15:1",
			    "field": "<Reflection> id",
			    "hint": "Add an \`id\` that is unique in the course and never changes, in lower-case words joined by hyphens, for example \`id="q-least-restrictive"\`.",
			    "message": "\`<Reflection>\` has no \`id\`.",
			  },
			]
		`);
	});

	test('reports a scenario start that names no node and lists the nodes', async () => {
		expect(await problemsIn('broken/missing-start')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:5:1",
			    "field": "start",
			    "hint": "Point it at one of \`n-start\` or \`n-covert\`, or add a \`<Node>\` with \`id="n-begin"\`.",
			    "message": "\`start\` is \`n-begin\`, but no \`<Node>\` in this scenario has that id.",
			  },
			]
		`);
	});

	test('reports a question with no correct option', async () => {
		expect(await problemsIn('broken/no-correct-answer')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:16:3",
			    "field": "<Question id="q-search-rights"> <Option> correct",
			    "hint": "Add \`correct\` to the right \`<Option>\`, for example \`<Option id="privacy" correct>\`. See docs/authoring.md › Quiz.",
			    "message": "No option in \`<Question id="q-search-rights">\` is marked correct.",
			  },
			]
		`);
	});

	test('reports an option outside a question', async () => {
		expect(await problemsIn('broken/option-outside-question')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:15:1",
			    "field": "<Option>",
			    "hint": "Move it into \`<Question>\`. See docs/authoring.md.",
			    "message": "\`<Option>\` must be inside \`<Question>\`.",
			  },
			]
		`);
	});

	test('reports a misspelt frontmatter field with the likely name', async () => {
		expect(await problemsIn('broken/unknown-field')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:4:1",
			    "field": "sumary",
			    "hint": "Did you mean \`summary\`?",
			    "message": "\`sumary\` is not a field of a lesson’s frontmatter, so it would be ignored.",
			  },
			]
		`);
	});

	test('reports an unknown learning outcome with the likely id', async () => {
		expect(await problemsIn('broken/unknown-outcome')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:16:50",
			    "field": "<Question id="q-search-rights"> outcome",
			    "hint": "Did you mean \`o-name-rights\`?",
			    "message": "\`o-name-right\` is not a learning outcome of this module.",
			  },
			]
		`);
	});

	test('reports an unknown right with the likely id', async () => {
		expect(await problemsIn('broken/unknown-right')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:9:12",
			    "field": "<RightCard> right",
			    "hint": "Did you mean \`art-8\`?",
			    "message": "There is no right \`art-88\` in \`content/rights/\`.",
			  },
			]
		`);
	});

	test('reports an unknown scenario with the likely id', async () => {
		expect(await problemsIn('broken/unknown-scenario')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:13:11",
			    "field": "<Scenario> id",
			    "hint": "Did you mean \`s-search\`?",
			    "message": "There is no scenario \`s-serch\` in \`content/scenarios/\`.",
			  },
			]
		`);
	});

	test('reports an unknown source with the likely id', async () => {
		expect(await problemsIn('broken/unknown-source')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:11:11",
			    "field": "<LegalRef> source",
			    "hint": "Did you mean \`hra-1998\`?",
			    "message": "There is no source \`hra-1989\` in \`content/sources.yaml\`.",
			  },
			]
		`);
	});

	test('reports an unknown glossary term with the likely id', async () => {
		expect(await problemsIn('broken/unknown-term')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:7:21",
			    "field": "<Term> id",
			    "hint": "Did you mean \`blanket-restriction\`?",
			    "message": "There is no glossary term \`blanket-restrictions\` in \`content/glossary.yaml\`.",
			  },
			]
		`);
	});

	test('reports a node that no path from start reaches', async () => {
		expect(await problemsIn('broken/unreachable-node')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:31:1",
			    "field": "<Node id="n-orphan">",
			    "hint": "Point a \`<Choice to="n-orphan">\` or \`<Goto to="n-orphan">\` at it, or delete it.",
			    "message": "No path from \`start\` (\`n-start\`) reaches \`<Node id="n-orphan">\`, so learners never see it.",
			  },
			]
		`);
	});

	test('reports a YAML syntax error once, without a problem at every use of its ids', async () => {
		expect(await problemsIn('broken/yaml-syntax')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/glossary.yaml:3:15",
			    "field": "YAML",
			    "hint": "Check this line: each field is \`name: value\` on its own line, list items start with \`- \`, nested fields are indented with spaces by the same amount, and text that contains \`: \` or \`#\` is wrapped in quotes.",
			    "message": "This YAML cannot be read: nested mappings are not allowed in compact mappings.",
			  },
			]
		`);
	});

	test('reports a YAML field of the wrong type at its key', async () => {
		expect(await problemsIn('broken/yaml-type')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/module.yaml:14:1",
			    "field": "passMark",
			    "hint": "Write a number without quotes, for example \`passMark: 60\`.",
			    "message": "\`passMark\` should be a number, but it is the text \`"80%"\`.",
			  },
			]
		`);
	});

	test('reports an unknown law item with the likely id', async () => {
		expect(await problemsIn('broken/unknown-law')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:24:12",
			    "field": "<LawStatus> law",
			    "hint": "Did you mean \`hra-in-force\`?",
			    "message": "There is no law item \`hra-in-forse\` in \`content/law/\`.",
			  },
			]
		`);
	});

	test('reports an easy read module that names a module that does not exist', async () => {
		expect(await problemsIn('broken/unknown-module')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/module.yaml:15:13",
			    "field": "easyReadOf",
			    "hint": "Did you mean \`basics\`?",
			    "message": "There is no module with \`id: basic\` in \`modules/\`.",
			  },
			]
		`);
	});

	test('reports a law notice written in the lesson instead of content/law/', async () => {
		expect(await problemsIn('broken/law-status-with-text')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:24:1",
			    "field": "<LawStatus law="hra-in-force">",
			    "hint": "Move the text into \`says\` in \`content/law/hra-in-force.yaml\` (or a new item there) and write \`<LawStatus law="hra-in-force" />\`. See README › Authoring › The law in one place.",
			    "message": "\`<LawStatus law="hra-in-force">\` has text inside it, but a law notice shows only the item it names.",
			  },
			]
		`);
	});

	test('reports a misspelt easy read picture with the likely name', async () => {
		expect(await problemsIn('broken/easy-read-icon')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/02-practice.mdx:25:14",
			    "field": "<EasyReadRow> icon",
			    "hint": "Did you mean \`question\`?",
			    "message": "\`icon="questoin"\` on \`<EasyReadRow>\` is not one of the choices.",
			  },
			]
		`);
	});

	test('reports a law item that names an unknown learning outcome', async () => {
		expect(await problemsIn('broken/law-unknown-outcome')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/law/hra-in-force.yaml:8:12",
			    "field": "outcomes",
			    "hint": "Did you mean \`o-name-rights\`?",
			    "message": "\`o-name-right\` is not a learning outcome of any module.",
			  },
			]
		`);
	});

	test('reports a crisis box inside a scenario node, where it cannot be shown', async () => {
		expect(await problemsIn('broken/crisis-box-in-node')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:38:3",
			    "field": "<Ending id="e-harm">",
			    "hint": "In a scenario, write \`<CrisisBox />\` on its own line outside every \`<Node>\` and \`<Ending>\`: before the first \`<Node>\` to show it above the story, or after the last \`<Ending>\` to show it below.",
			    "message": "\`<CrisisBox>\` cannot go here: only text and \`<When>\` can go directly inside \`<Ending id="e-harm">\`.",
			  },
			]
		`);
	});

	test('warns about a law item past its review day and lists the pages that show it', async () => {
		expect(await problemsIn('broken/law-review-overdue', { today: '2026-12-06' }))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/law/hra-in-force.yaml:6:11",
			    "field": "reviewBy",
			    "hint": "Check what it says against its sources and any newer ones, update \`says\`, \`sources\` and \`asAt\`, and set a new \`reviewBy\`. If the law has changed, reread the pages listed too. See README › Authoring › The law in one place.",
			    "message": "The law item \`hra-in-force\` (“The Human Rights Act 1998 is in force”) was due to be checked again by 31 January 2026. It is shown on 1 page: \`modules/basics/02-practice.mdx:24\`.",
			    "severity": "warning",
			  },
			]
		`);
	});

	test('reports a support line without the date it was checked', async () => {
		expect(await problemsIn('broken/support-line-without-date')).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/support-lines.yaml:1:3",
			    "field": "checked",
			    "hint": "Add \`checked:\` with text: date the details were last checked, YYYY-MM-DD.",
			    "message": "\`checked\` is missing.",
			  },
			]
		`);
	});
});

// Issue 10: Windows Notepad saves with a byte-order mark and CRLF line endings; Astro accepts
// both, so the check does too.
describe('files saved on Windows', () => {
	test('a byte-order mark and CRLF line endings in MDX and YAML files are accepted', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			for (const file of [
				'modules/basics/01-rights.mdx',
				'modules/basics/module.yaml',
				'content/scenarios/s-search.mdx',
				'content/glossary.yaml',
			]) {
				const text = await readFile(join(dir, file), 'utf8');
				await writeFile(join(dir, file), `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`);
			}
		});
		expect(problems.map((p) => `${p.file}:${p.line ?? '-'} ${p.message}`)).toEqual([]);
	});
});

describe('assessments', () => {
	test('a second assessment quiz in a module is reported where it is written, naming the first', async () => {
		const problems = await problemsAfterEditing((dir) =>
			appendFile(
				join(dir, 'modules/basics/02-practice.mdx'),
				[
					'',
					'<Quiz id="quiz-again" title="Check again" assessment>',
					'  <Question id="q-again" type="true-false" answer="true" outcome="o-least-restrictive">',
					'    Staff should choose the least restrictive option.',
					'    <Feedback correct>Yes.</Feedback>',
					'    <Feedback>It is the least restrictive option that is lawful.</Feedback>',
					'  </Question>',
					'</Quiz>',
					'',
				].join('\n'),
			),
		);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({
			file: 'modules/basics/02-practice.mdx',
			field: '<Quiz id="quiz-again"> assessment',
			hint: 'Remove `assessment` from one of them; keep it on the end-of-module quiz.',
		});
		expect(problems[0]?.line).toBeGreaterThan(1);
		expect(problems[0]?.message).toContain(
			'the first is `<Quiz id="quiz-basics">` in `modules/basics/01-rights.mdx` at line 15',
		);
	});
});

describe('learning outcomes', () => {
	test('an outcome no question checks is reported at its id in module.yaml', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			const lesson = join(dir, 'modules/basics/01-rights.mdx');
			const text = await readFile(lesson, 'utf8');
			await writeFile(
				lesson,
				text.replace('outcome="o-least-restrictive"', 'outcome="o-name-rights"'),
			);
		});
		expect(
			sortProblems(problems).map(({ file, line, field, message, hint }) => ({
				at: `${file}:${line ?? '-'}`,
				field,
				message,
				hint,
			})),
		).toEqual([
			{
				at: 'modules/basics/module.yaml:11',
				field: 'outcomes › item 2 › id',
				message: 'No question checks the learning outcome `o-least-restrictive`.',
				hint: 'Add `outcome="o-least-restrictive"` to a question that tests it, or remove the outcome.',
			},
		]);
	});
});

describe('files the course does not read', () => {
	const lessons = (dir: string) => join(dir, 'modules/basics');
	const summary = (problems: Awaited<ReturnType<typeof checkCourse>>) =>
		sortProblems(problems).map(({ file, message, hint }) => ({ file, message, hint }));

	test('a lesson saved as .md or without its number is reported with the name it needs, not dropped', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			await rename(join(lessons(dir), '02-practice.mdx'), join(lessons(dir), 'practice.mdx'));
			await cp(join(lessons(dir), '01-rights.mdx'), join(lessons(dir), '03-more.md'));
		});
		expect(summary(problems)).toMatchInlineSnapshot(`
			[
			  {
			    "file": "modules/basics/03-more.md",
			    "hint": "Rename it to \`03-more.mdx\`, or start its name with \`_\` to keep it here as a draft the build ignores.",
			    "message": "\`03-more.md\` is not in the course: a lesson file is MDX and starts with the number that sets its order, like \`03-more.mdx\`.",
			  },
			  {
			    "file": "modules/basics/practice.mdx",
			    "hint": "Rename it to \`02-practice.mdx\` (numbered for where it goes among the lessons), or start its name with \`_\` to keep it here as a draft the build ignores.",
			    "message": "\`practice.mdx\` is not in the course: a lesson file is MDX and starts with the number that sets its order, like \`02-practice.mdx\`.",
			  },
			]
		`);
	});

	test('module.yml is reported once, without a second problem about the missing module.yaml', async () => {
		const problems = await problemsAfterEditing((dir) =>
			rename(join(lessons(dir), 'module.yaml'), join(lessons(dir), 'module.yml')),
		);
		expect(summary(problems)).toMatchInlineSnapshot(`
			[
			  {
			    "file": "modules/basics/module.yml",
			    "hint": "Rename it to \`module.yaml\`, or start its name with \`_\` to keep it here as a draft the build ignores.",
			    "message": "\`module.yml\` is not part of the course, so the build leaves it out.",
			  },
			]
		`);
	});

	test('any other file is reported; drafts starting with _ and hidden files are left alone', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			await writeFile(join(dir, 'content/notes.txt'), 'Ideas for module 3.');
			await mkdir(join(dir, 'content/rights/images'));
			await writeFile(join(dir, 'content/rights/images/scale.svg'), '<svg/>');
			await writeFile(join(lessons(dir), '_03-draft.mdx'), 'Not ready yet.');
			await writeFile(join(dir, 'modules/.DS_Store'), '');
		});
		expect(problems.map((problem) => problem.file).sort()).toEqual([
			'content/notes.txt',
			'content/rights/images/scale.svg',
		]);
	});
});

describe('code in course files', () => {
	test('a {…} in prose and import or export lines are reported where written, once each', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			await appendFile(
				join(dir, 'modules/basics/02-practice.mdx'),
				'\nThe risk {level} is high.\n\nimport Card from "./card.astro"\n\nexport const draft = true;\n\n{/* A note for other trainers: allowed. */}\n',
			);
			const scenario = join(dir, 'content/scenarios/s-search.mdx');
			await writeFile(
				scenario,
				(await readFile(scenario, 'utf8')).replace(
					'<Feedback>Covert searches damage trust.</Feedback>',
					'<Feedback>Covert searches damage {trust}.</Feedback>',
				),
			);
		});
		expect(
			sortProblems(problems).map(({ file, line, column, field, message, hint }) => ({
				at: `${file}:${line}:${column}`,
				field,
				message,
				hint,
			})),
		).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:17:38",
			    "field": "{…}",
			    "hint": "Write the text itself. To show the braces as text, write \`\\{trust\\}\`.",
			    "message": "The expression \`{trust}\` cannot be used inside \`<Feedback>\` in \`<Choice id="c-covert">\`.",
			  },
			  {
			    "at": "modules/basics/02-practice.mdx:31:10",
			    "field": "{…}",
			    "hint": "To show the braces as text, write \`\\{level\\}\`. For a note to other authors that learners never see, write \`{/* level */}\`.",
			    "message": "\`{level}\` is read as code, not text: MDX would run it rather than show it, and stop the build at any name in it.",
			  },
			  {
			    "at": "modules/basics/02-practice.mdx:33:1",
			    "field": "import",
			    "hint": "Remove the line: \`<Quiz>\`, \`<RightCard>\` and the other components work in every lesson without an import.",
			    "message": "\`import Card from "./card.astro"\` is code, and course files hold text only.",
			  },
			  {
			    "at": "modules/basics/02-practice.mdx:35:1",
			    "field": "export",
			    "hint": "Remove the line: the course does not read anything a lesson exports.",
			    "message": "\`export const draft = true;\` is code, and course files hold text only.",
			  },
			]
		`);
	});
});

describe('tags that do not match', () => {
	/** The problems after one text replacement in a fixture lesson. */
	const afterReplacing = (lesson: string, from: string, to: string) =>
		problemsAfterEditing(async (dir) => {
			const file = join(dir, 'modules/basics', lesson);
			const text = await readFile(file, 'utf8');
			expect(text).toContain(from);
			await writeFile(file, text.replace(from, to));
		}).then((problems) =>
			sortProblems(problems).map(({ file, line, field, message, hint }) => ({
				at: `${file}:${line}`,
				field,
				message,
				hint,
			})),
		);

	test('a component left open is reported at its opening tag', async () => {
		expect(await afterReplacing('02-practice.mdx', '</Reflection>\n', '')).toEqual([
			{
				at: 'modules/basics/02-practice.mdx:15',
				field: '<Reflection>',
				message: '`<Reflection>` is never closed, so the rest of the file cannot be read.',
				hint: 'Add `</Reflection>` where its content ends, or end the tag with `/>` if it has none.',
			},
		]);
	});

	test('a misspelt opening tag is reported at that tag with the likely name, and nothing else', async () => {
		// The quiz in this lesson is the module's assessment: while the file cannot be read, the
		// module must not also be reported as having no assessment.
		expect(
			await afterReplacing(
				'01-rights.mdx',
				'<Question id="q-search-rights"',
				'<Questoin id="q-search-rights"',
			),
		).toEqual([
			{
				at: 'modules/basics/01-rights.mdx:16',
				field: '<Questoin>',
				message:
					'`<Questoin>` is not a component, so its closing tag `</Question>` on line 25 does not match it.',
				hint: 'Did you mean `<Question>`?',
			},
		]);
	});

	test('a misspelt closing tag is reported at that tag', async () => {
		expect(await afterReplacing('02-practice.mdx', '</Reflection>', '</Reflecton>')).toEqual([
			{
				at: 'modules/basics/02-practice.mdx:17',
				field: '</Reflecton>',
				message: '`</Reflecton>` does not close `<Reflection>` on line 15.',
				hint: 'Did you mean `</Reflection>`?',
			},
		]);
	});

	test('tags closed in the wrong order are reported at the early closing tag', async () => {
		expect(
			await afterReplacing(
				'02-practice.mdx',
				'  </Statement>\n</TrafficLight>',
				'</TrafficLight>\n  </Statement>',
			),
		).toMatchObject([
			{
				at: 'modules/basics/02-practice.mdx:12',
				message: '`</TrafficLight>` comes while `<Statement>` on line 7 is still open.',
			},
		]);
	});
});

describe('an id missing in many places', () => {
	const summary = (problems: Awaited<ReturnType<typeof checkCourse>>) =>
		sortProblems(problems).map(({ file, line, field, message, hint }) => ({
			at: `${file}:${line}`,
			field,
			message,
			hint,
		}));

	test("renaming a right's id is one problem at the renamed id, not one per use", async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			const right = join(dir, 'content/rights/art-8.yaml');
			await writeFile(right, (await readFile(right, 'utf8')).replace('id: art-8', 'id: art-08'));
		});
		expect(summary(problems)).toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/rights/art-8.yaml:1",
			    "field": "id",
			    "hint": "Change the id back to \`art-8\` (ids are best never changed once published), or use \`art-08\` in all 5 places.",
			    "message": "The right \`art-08\` looks renamed from \`art-8\`, which 5 places still use: \`content/scenarios/s-search.mdx:6:9\`, \`content/scenarios/s-search.mdx:15:39\`, \`content/scenarios/s-search.mdx:19:34\` and 2 more.",
			  },
			]
		`);
	});

	test('a missing term used in three places is one problem at the first, naming the others', async () => {
		const problems = await problemsAfterEditing((dir) =>
			appendFile(
				join(dir, 'modules/basics/01-rights.mdx'),
				'\nA <Term id="proportionate">response</Term>.\n\nB <Term id="proportionate">response</Term>.\n\nC <Term id="proportionate">response</Term>.\n',
			),
		);
		expect(summary(problems)).toMatchInlineSnapshot(`
			[
			  {
			    "at": "modules/basics/01-rights.mdx:33",
			    "field": "<Term> id",
			    "hint": "Use one of \`blanket-restriction\` or \`least-restrictive\`, or add a term with \`id: proportionate\` to \`content/glossary.yaml\`.",
			    "message": "There is no glossary term \`proportionate\` in \`content/glossary.yaml\`. It is used in 3 places: \`modules/basics/01-rights.mdx:33:9\`, \`modules/basics/01-rights.mdx:35:9\`, \`modules/basics/01-rights.mdx:37:9\`.",
			  },
			]
		`);
	});

	test('two uses of a missing id are still reported one by one', async () => {
		const problems = await problemsAfterEditing((dir) =>
			appendFile(
				join(dir, 'modules/basics/01-rights.mdx'),
				'\n<Term id="proportionate">a</Term> and <Term id="proportionate">b</Term>.\n',
			),
		);
		expect(problems).toHaveLength(2);
	});
});

describe('scenario conditions', () => {
	const afterReplacing = (from: string, to: string) =>
		problemsAfterEditing(async (dir) => {
			const file = join(dir, 'content/scenarios/s-search.mdx');
			const text = await readFile(file, 'utf8');
			expect(text).toContain(from);
			await writeFile(file, text.replace(from, to));
		}).then((problems) =>
			problems.map(({ file, line, column, field, message, hint }) => ({
				at: `${file}:${line}:${column}`,
				field,
				message,
				hint,
			})),
		);

	test('a value no choice sets is reported at the condition, with the likely value', async () => {
		expect(await afterReplacing('<When if="trust=low">', '<When if="trust=lwo">'))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:26:9",
			    "field": "<When> in <Node id="n-covert"> if",
			    "hint": "Did you mean \`trust=low\`?",
			    "message": "A condition in \`n-covert\` tests \`trust=lwo\`, but no \`<Choice set="…">\` gives \`trust\` the value \`lwo\`, so the condition never holds.",
			  },
			]
		`);
	});

	test('a variable no choice sets is reported at the condition, with the likely name', async () => {
		expect(await afterReplacing('<Goto if="trust=low"', '<Goto if="trsut=low"'))
			.toMatchInlineSnapshot(`
			[
			  {
			    "at": "content/scenarios/s-search.mdx:27:9",
			    "field": "<Goto> in <Node id="n-covert"> if",
			    "hint": "Did you mean \`trust\`?",
			    "message": "A condition in \`n-covert\` tests the variable \`trsut\`, but no \`<Choice set="…">\` sets it, so the condition never holds.",
			  },
			]
		`);
	});

	test('a choice to a renamed node is one problem suggesting the new id, not three', async () => {
		expect(
			await afterReplacing('<Node id="n-covert">', '<Node id="n-search-without-asking">'),
		).toEqual([
			{
				at: 'content/scenarios/s-search.mdx:15:25',
				field: '<Choice id="c-covert"> to',
				message:
					'`<Choice id="c-covert">` goes to `n-covert`, but there is no `<Node>` or `<Ending>` with that id.',
				hint: 'Did you mean `n-search-without-asking`? Nothing else leads there, so it may have been renamed.',
			},
		]);
	});

	test('a node where a route is offered no choice is reported with that route', async () => {
		const problems = await problemsAfterEditing(async (dir) => {
			const file = join(dir, 'content/scenarios/s-search.mdx');
			const text = (await readFile(file, 'utf8'))
				.replace(
					'  <Goto if="trust=low" to="e-harm" />\n  <Goto to="e-best" />',
					'  <Choice id="c-own-up" to="e-best" if="trust=high">Own up.<Feedback>Honest.</Feedback></Choice>\n' +
						'  <Choice id="c-hide" to="e-harm" if="told=no">Say nothing.<Feedback>Trust lost.</Feedback></Choice>',
				)
				.replace('set="trust=high" best', 'set="trust=high told=no" best');
			await writeFile(file, text);
		});
		// Each `if` tests a value some choice sets, but the route through `c-covert` sets neither.
		expect(problems).toEqual([
			expect.objectContaining({
				file: 'content/scenarios/s-search.mdx',
				line: 25,
				field: '<Node id="n-covert">',
				message:
					'A learner who reaches `<Node id="n-covert">` after `c-covert` is offered no choice and no `<Goto>` applies, so they get stuck: every `if` there tests for values this route never sets.',
			}),
		]);
	});

	test('a value far from any that choices set lists those values', async () => {
		expect(
			(await afterReplacing('<When if="trust=low">', '<When if="trust=broken">')).map(
				(problem) => problem.hint,
			),
		).toEqual(['Choices give `trust` the value `low` or `high`.']);
	});
});
