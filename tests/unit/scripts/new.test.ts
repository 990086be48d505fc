import { spawnSync } from 'node:child_process';
import { appendFile, mkdir, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkCourse, readCourseFiles } from '../../../src/integrations/course-files.ts';
import { loadCourse } from '../../../src/lib/check/load.ts';
import { takenIds } from '../../../src/lib/scaffold/taken-ids.ts';
import { schemaLine, yamlFiles } from '../../../scripts/json-schemas.ts';
import { runNew, UsageError, type Created, type NewResult } from '../../../scripts/new.ts';
import { inTempCopy, REAL_COURSE, VALID_COURSE } from '../temp-course.ts';

/**
 * Budget for a test on the real course: reading it (about 70 files) several times and checking
 * it takes seconds, but far longer on a 2-core machine shared with a build.
 */
const REAL_COURSE_BUDGET_MS = 120_000;

/** `npm run new -- <argv>` with no terminal, as in CI. */
async function create(dir: string, argv: string[]): Promise<Created> {
	const result: NewResult = await runNew(argv, { root: dir, interactive: false });
	if ('help' in result) throw new Error('expected files, got the usage text');
	return result;
}

/** Every id in the course under `dir`, read the way the course check reads it. */
async function idsIn(dir: string): Promise<Set<string>> {
	return takenIds(loadCourse(await readCourseFiles(dir), []));
}

/** Every file under `dir`, relative to it, sorted. */
async function filesIn(dir: string): Promise<string[]> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	return entries
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(dir.length + 1))
		.sort();
}

async function frontmatterOf(file: string): Promise<Record<string, unknown>> {
	const text = await readFile(file, 'utf8');
	return parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as Record<string, unknown>;
}

const MODULE_FLAGS = [
	'module',
	'--title',
	'Consent and capacity',
	'--summary',
	'Who decides about treatment when a young person is 16 or 17.',
	'--audience',
	'all staff',
	'--outcome',
	'Explain when a 16 or 17 year old can consent to treatment.',
	'--lesson',
	'Who decides?',
	'--statement',
	'The Mental Capacity Act applies from the age of 16.',
	'--answer',
	'true',
	'--sources',
	'hra-1998',
];

const SCENARIO_FLAGS = [
	'scenario',
	'--title',
	'Phone calls home',
	'--summary',
	'A young person asks to call home late at night.',
	'--rights',
	'art-8,art-9',
];

describe('npm run new on the valid fixture course', () => {
	test('module: writes module.yaml, a first lesson and the assessment, which pass the check', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const before = await idsIn(dir);
			const created = await create(dir, MODULE_FLAGS);
			expect(created.written).toEqual([
				'modules/00-consent-and-capacity/module.yaml',
				'modules/00-consent-and-capacity/01-who-decides.mdx',
				'modules/00-consent-and-capacity/02-check-your-understanding.mdx',
			]);
			expect(await checkCourse(dir)).toEqual([]);

			const module = parse(
				await readFile(join(dir, 'modules/00-consent-and-capacity/module.yaml'), 'utf8'),
			) as Record<string, unknown>;
			expect(module).toMatchObject({
				id: 'consent-and-capacity',
				title: 'Consent and capacity',
				audience: 'all staff',
				order: 2,
				version: '1.0.0',
				outcomes: [
					{
						id: 'o-explain-when-a-16-or-17-year-old',
						text: 'Explain when a 16 or 17 year old can consent to treatment.',
					},
				],
				completion: 'all-lessons-and-pass-assessment',
				passMark: 70,
			});
			// Editors find the new file's JSON Schema as they do every other module's.
			const moduleFile = (await yamlFiles(dir)).find(
				({ file }) => file === 'modules/00-consent-and-capacity/module.yaml',
			);
			const [firstLine] = (await readFile(join(dir, moduleFile!.file), 'utf8')).split('\n');
			expect(firstLine).toBe(schemaLine(moduleFile!.file, moduleFile!.kind));
			const after = await idsIn(dir);
			const fresh = [...after].filter((id) => !before.has(id));
			expect(fresh.sort()).toEqual([
				'consent-and-capacity',
				'l-consent-and-capacity-check',
				'l-who-decides',
				'o-explain-when-a-16-or-17-year-old',
				'q-the-mental-capacity-act-applies',
				'quiz-consent-and-capacity',
			]);
		});
	});

	test('lesson: goes between two lessons, renumbering the later file and keeping its id', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const created = await create(dir, [
				'lesson',
				'--module',
				'basics',
				'--title',
				'Searching with consent',
				'--summary',
				'How to ask before a search.',
				'--after',
				'01-rights.mdx',
			]);
			expect(created.renamed).toEqual([
				{ from: 'modules/basics/02-practice.mdx', to: 'modules/basics/03-practice.mdx' },
			]);
			expect(created.written).toEqual(['modules/basics/02-searching-with-consent.mdx']);
			expect(await checkCourse(dir)).toEqual([]);
			expect(await readdir(join(dir, 'modules/basics'))).toEqual([
				'01-rights.mdx',
				'02-searching-with-consent.mdx',
				'03-practice.mdx',
				'module.yaml',
			]);
			expect(await frontmatterOf(join(dir, 'modules/basics/03-practice.mdx'))).toMatchObject({
				id: 'l-practice',
			});
			expect(
				await frontmatterOf(join(dir, 'modules/basics/02-searching-with-consent.mdx')),
			).toEqual({
				id: 'l-searching-with-consent',
				title: 'Searching with consent',
				summary: 'How to ask before a search.',
			});
		});
	});

	test('lesson: without --after, goes just before the assessment lesson', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			// In the fixture the assessment quiz is in the first lesson.
			const created = await create(dir, ['lesson', '--module', 'basics', '--title', 'Warm up']);
			expect(created.written).toEqual(['modules/basics/01-warm-up.mdx']);
			expect(created.renamed.map((step) => step.to)).toEqual([
				'modules/basics/03-practice.mdx',
				'modules/basics/02-rights.mdx',
			]);
			expect(await checkCourse(dir)).toEqual([]);
		});
	});

	test('scenario: writes a branching scenario that passes the check, named by its fresh id', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const created = await create(dir, SCENARIO_FLAGS);
			expect(created.written).toEqual(['content/scenarios/s-phone-calls-home.mdx']);
			expect(created.next).toContain(
				'Show it in a lesson: put <Scenario id="s-phone-calls-home" /> on a line of its own in the lesson\'s MDX file.',
			);
			expect(await checkCourse(dir)).toEqual([]);

			const course = loadCourse(await readCourseFiles(dir), []);
			const scenario = course.scenarios.find((entry) => entry.id === 's-phone-calls-home');
			expect(scenario?.meta).toMatchObject({
				title: 'Phone calls home',
				summary: 'A young person asks to call home late at night.',
				rights: ['art-8', 'art-9'],
			});
			const data = scenario!.data!;
			expect(data.endings.map((ending) => ending.outcome)).toEqual([
				'positive',
				'mixed',
				'negative',
			]);
			expect(data.nodes.flatMap((node) => node.choices).every((c) => c.rights.length > 0)).toBe(
				true,
			);
		});
	});

	test('running twice writes a second file with its own id and leaves the first as it was', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			await create(dir, SCENARIO_FLAGS);
			const first = await readFile(join(dir, 'content/scenarios/s-phone-calls-home.mdx'), 'utf8');
			const again = await create(dir, SCENARIO_FLAGS);
			expect(again.written).toEqual(['content/scenarios/s-phone-calls-home-2.mdx']);
			expect(await readFile(join(dir, 'content/scenarios/s-phone-calls-home.mdx'), 'utf8')).toBe(
				first,
			);
			expect(await checkCourse(dir)).toEqual([]);
		});
	});
});

describe('npm run new refuses, writing nothing', () => {
	test('when a needed flag is missing and there is no terminal to ask in', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const before = await filesIn(dir);
			await expect(
				runNew(['scenario', '--title', 'Phone calls home'], { root: dir, interactive: false }),
			).rejects.toThrow(UsageError);
			await expect(
				runNew(['scenario', '--title', 'Phone calls home'], { root: dir, interactive: false }),
			).rejects.toThrow(
				/needs these flags, and there is no terminal to ask in\.\n {2}--summary .*\n {2}--rights /,
			);
			expect(await filesIn(dir)).toEqual(before);
		});
	});

	test('when a file is already where the new one would go', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			// A folder is not a scenario to the course check, but it holds the name.
			await mkdir(join(dir, 'content/scenarios/s-phone-calls-home.mdx'));
			const before = await filesIn(dir);
			await expect(create(dir, SCENARIO_FLAGS)).rejects.toThrow(
				'`content/scenarios/s-phone-calls-home.mdx` already exists, and `npm run new` never replaces a file.',
			);
			expect(await filesIn(dir)).toEqual(before);
		});
	});

	test('when --after names no lesson of the module, suggesting the likely one', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const before = await filesIn(dir);
			await expect(
				create(dir, ['lesson', '--module', 'basics', '--title', 'New', '--after', 'l-practise']),
			).rejects.toThrow('`basics` has no lesson `l-practise`. Did you mean `l-practice`?');
			expect(await filesIn(dir)).toEqual(before);
		});
	});

	test('when a flag belongs to another kind or a right does not exist', async () => {
		await inTempCopy(VALID_COURSE, async (dir) => {
			const before = await filesIn(dir);
			await expect(create(dir, [...SCENARIO_FLAGS, '--module', 'basics'])).rejects.toThrow(
				'`--module` is not used by `npm run new -- scenario`',
			);
			await expect(create(dir, [...SCENARIO_FLAGS, '--rights', 'art-88'])).rejects.toThrow(
				'`art-88` is not in `content/rights/`. Did you mean `art-8`?',
			);
			expect(await filesIn(dir)).toEqual(before);
		});
	});

	test('as a command with no terminal: exit code 1 and the missing flags named', () => {
		const run = spawnSync(
			process.execPath,
			[join(import.meta.dirname, '../../../scripts/new.ts'), 'lesson', '--title', 'New'],
			{ encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] },
		);
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('--module');
		expect(run.stderr).not.toContain('--title ');
		expect(run.stdout).toBe('');
	});
});

describe('npm run new on the real course', () => {
	test(
		'a new module, a lesson between two others showing a new scenario, all pass the check',
		async () => {
			await inTempCopy(REAL_COURSE, async (dir) => {
				const before = await idsIn(dir);
				const module = await create(dir, MODULE_FLAGS);
				const scenario = await create(dir, SCENARIO_FLAGS);
				const lesson = await create(dir, [
					'lesson',
					'--module',
					'legal-duties',
					'--title',
					'Phone calls home',
					'--after',
					'l-m2-section-6',
				]);
				expect(module.written[0]).toMatch(/^modules\/09-consent-and-capacity\/module\.yaml$/);
				expect(scenario.written).toEqual(['content/scenarios/s-phone-calls-home.mdx']);
				expect(lesson.written).toEqual(['modules/02-legal-duties/02-phone-calls-home.mdx']);
				expect(lesson.renamed).toHaveLength(5);
				await appendFile(join(dir, lesson.written[0]!), '\n<Scenario id="s-phone-calls-home" />\n');

				expect(await checkCourse(dir)).toEqual([]);
				const after = await idsIn(dir);
				for (const id of ['consent-and-capacity', 's-phone-calls-home', 'l-phone-calls-home']) {
					expect(before.has(id), id).toBe(false);
					expect(after.has(id), id).toBe(true);
				}
			});
		},
		REAL_COURSE_BUDGET_MS,
	);
});
