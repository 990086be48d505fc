import { describe, expect, test } from 'vitest';
import type { Problem } from '../../../../src/lib/problems/problem.ts';
import { codeSegments, summariseProblems } from '../../../../src/lib/problems/summary.ts';

const unknownSource: Problem = {
	file: 'modules/intro/02-duties.mdx',
	line: 22,
	column: 1,
	field: '<LegalRef> source',
	message: 'There is no source `mha-code-2051` in `content/sources.yaml`.',
	hint: 'Did you mean `mha-code-2015`?',
};
const emptyTitle: Problem = {
	file: 'modules/intro/module.yaml',
	line: 3,
	field: 'title',
	message: '`title` is empty.',
};
const overdue: Problem = {
	file: 'content/law/dol-2026.yaml',
	line: 5,
	column: 11,
	field: 'reviewBy',
	message: 'The law item `dol-2026` was due to be checked again by 1 March 2027.',
	severity: 'warning',
};

describe('summariseProblems', () => {
	test('is null when the check found nothing, so the page shows no banner', () => {
		expect(summariseProblems([])).toBeNull();
	});

	test('lists every problem by file and line, with its place, field, message and fix', () => {
		expect(summariseProblems([emptyTitle, unknownSource, overdue])).toEqual({
			title: 'The course check found 2 problems and 1 warning.',
			action: 'Fix them and save: this message goes away when the check passes.',
			items: [
				{
					location: 'content/law/dol-2026.yaml:5:11',
					field: 'reviewBy',
					message: 'The law item `dol-2026` was due to be checked again by 1 March 2027.',
					warning: true,
				},
				{
					location: 'modules/intro/02-duties.mdx:22:1',
					field: '<LegalRef> source',
					message: 'There is no source `mha-code-2051` in `content/sources.yaml`.',
					hint: 'Did you mean `mha-code-2015`?',
					warning: false,
				},
				{
					location: 'modules/intro/module.yaml:3',
					field: 'title',
					message: '`title` is empty.',
					warning: false,
				},
			],
		});
	});

	test('speaks of one problem in the singular', () => {
		expect(summariseProblems([emptyTitle])?.title).toBe('The course check found 1 problem.');
	});

	test('says the build goes on when there are only warnings', () => {
		expect(summariseProblems([overdue])).toMatchObject({
			title: 'The course check found 1 warning.',
			action: 'The build goes on, but deal with the warnings before the course is published.',
		});
	});
});

describe('codeSegments', () => {
	test('marks the text between backticks as code', () => {
		expect(codeSegments('There is no source `mha-code-2051` in `content/sources.yaml`.')).toEqual([
			{ text: 'There is no source ', code: false },
			{ text: 'mha-code-2051', code: true },
			{ text: ' in ', code: false },
			{ text: 'content/sources.yaml', code: true },
			{ text: '.', code: false },
		]);
	});

	test('keeps an unpaired backtick as text', () => {
		expect(codeSegments('Write `a` or ` alone')).toEqual([
			{ text: 'Write ', code: false },
			{ text: 'a', code: true },
			{ text: ' or ` alone', code: false },
		]);
	});
});
