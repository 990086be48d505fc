import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCourseCheck } from '../../../../src/integrations/course-files.ts';
import { isWarning } from '../../../../src/lib/problems/problem.ts';
import {
	copyLesson,
	copyModuleYaml,
	createSyntheticProject,
	removeProject,
} from '../../../../scripts/bench/synthetic-course.ts';

const ROOT = join(import.meta.dirname, '../../../..');
/** Copying the project and checking 20 modules takes seconds, far longer on a busy 2-core machine. */
const COPY_BUDGET_MS = 180_000;

describe('copyModuleYaml', () => {
	test('renames the module id and the module it is an easy read of, and nothing else', () => {
		const yaml =
			"id: speaking-up-easy-read\ntitle: 'Speaking up: id: easy read'\norder: 8\neasyReadOf: speaking-up\n";
		expect(copyModuleYaml(yaml, 3)).toBe(
			"id: speaking-up-easy-read-c3\ntitle: 'Speaking up: id: easy read'\norder: 8\neasyReadOf: speaking-up-c3\n",
		);
	});
});

describe('copyLesson', () => {
	test('renames the lesson id and tracked component ids, keeping shared references', () => {
		const mdx = [
			'---',
			'id: l-team-tools',
			'title: Team tools',
			'---',
			'<Scenario id="s-bedroom-search" />',
			'<RightsCheck id="rc-garden" title="Closing the garden" rights="art-8">',
			'<Quiz id="quiz-first-look" assessment>',
			'<Question id="q-fl-how-many" type="single">',
			'<Option id="ten">10</Option>',
			'<Term id="blanket-restriction">blanket</Term>',
			'',
		].join('\n');
		expect(copyLesson(mdx, 2)).toBe(
			[
				'---',
				'id: l-team-tools-c2',
				'title: Team tools',
				'---',
				'<Scenario id="s-bedroom-search" />',
				'<RightsCheck id="rc-garden-c2" title="Closing the garden" rights="art-8">',
				'<Quiz id="quiz-first-look-c2" assessment>',
				'<Question id="q-fl-how-many-c2" type="single">',
				'<Option id="ten">10</Option>',
				'<Term id="blanket-restriction">blanket</Term>',
				'',
			].join('\n'),
		);
	});
});

describe('createSyntheticProject', () => {
	test(
		'makes a project copy whose multiplied course passes the course check',
		async () => {
			const { dir, modules } = await createSyntheticProject(ROOT, 2);
			try {
				const realModules = (await readdir(join(ROOT, 'modules'))).length;
				expect(modules).toBe(realModules * 2);
				const { problems, counts } = await runCourseCheck(dir);
				expect(problems.filter((problem) => !isWarning(problem))).toEqual([]);
				expect(counts.modules).toBe(realModules * 2);
				expect(await readFile(join(dir, 'package.json'), 'utf8')).toContain('rights-in-practice');
				const scorm: unknown = JSON.parse(await readFile(join(dir, 'scorm.config.json'), 'utf8'));
				expect(scorm, 'a course this size fits SCORM only as one SCO per module').toMatchObject({
					course: 'sco-per-module',
				});
				expect(await readdir(join(dir, 'node_modules'))).not.toContain('.astro');
			} finally {
				await removeProject(dir);
			}
			await expect(readdir(dir)).rejects.toThrow();
		},
		COPY_BUDGET_MS,
	);
});
