import { describe, expect, test } from 'vitest';
import { formatProblems, type Problem } from '../../../../src/lib/problems/problem.ts';
import { closestMatch, editDistance, suggest } from '../../../../src/lib/problems/suggest.ts';

const problems: Problem[] = [
	{
		file: 'modules/intro/module.yaml',
		line: 14,
		column: 1,
		field: 'passMark',
		message: '`passMark` should be a number, but it is the text `"80%"`.',
		hint: 'Write a number without quotes, for example `passMark: 60`.',
	},
	{
		file: 'content/scenarios/s-search.mdx',
		line: 19,
		column: 22,
		field: '<Choice id="c-ask"> to',
		message:
			'`<Choice id="c-ask">` goes to `e-bset`, but there is no `<Node>` or `<Ending>` with that id.',
		hint: 'Did you mean `e-best`?',
	},
	{ file: 'modules/intro/module.yaml', line: 3, field: 'title', message: '`title` is empty.' },
];

describe('formatProblems', () => {
	test('prints one block per problem sorted by file and line, then a count and what to do', () => {
		expect(formatProblems(problems)).toMatchInlineSnapshot(`
			"content/scenarios/s-search.mdx:19:22
			  Field:   <Choice id="c-ask"> to
			  Problem: \`<Choice id="c-ask">\` goes to \`e-bset\`, but there is no \`<Node>\` or \`<Ending>\` with that id.
			  Fix:     Did you mean \`e-best\`?

			modules/intro/module.yaml:3
			  Field:   title
			  Problem: \`title\` is empty.

			modules/intro/module.yaml:14:1
			  Field:   passMark
			  Problem: \`passMark\` should be a number, but it is the text \`"80%"\`.
			  Fix:     Write a number without quotes, for example \`passMark: 60\`.

			3 problems found in the course.
			Fix the 3 problems above, then run the build again."
		`);
	});

	test('speaks of one problem in the singular', () => {
		expect(formatProblems([problems[2]!]).split('\n').slice(-2)).toEqual([
			'1 problem found in the course.',
			'Fix the problem above, then run the build again.',
		]);
	});
});

describe('formatProblems with warnings', () => {
	const warning: Problem = {
		file: 'content/law/dol-2026.yaml',
		line: 5,
		column: 11,
		field: 'reviewBy',
		message: 'The law item `dol-2026` was due to be checked again by 28 February 2027.',
		hint: 'Check it and set a new `reviewBy`.',
		severity: 'warning',
	};

	test('labels warnings and says the build goes on when there is nothing else', () => {
		expect(formatProblems([warning])).toMatchInlineSnapshot(`
			"content/law/dol-2026.yaml:5:11
			  Field:   reviewBy
			  Warning: The law item \`dol-2026\` was due to be checked again by 28 February 2027.
			  Fix:     Check it and set a new \`reviewBy\`.

			1 warning found in the course.
			The build goes on, but deal with the warnings above before the course is published."
		`);
	});

	test('counts problems and warnings apart', () => {
		expect(formatProblems([problems[2]!, warning]).split('\n').slice(-2)).toEqual([
			'1 problem and 1 warning found in the course.',
			'Fix the problem above, then run the build again.',
		]);
	});
});

describe('suggest', () => {
	test('counts a swap of two letters as one edit', () => {
		expect(editDistance('singel', 'single')).toBe(1);
		expect(editDistance('art-88', 'art-8')).toBe(1);
	});

	test('offers the closest id only when it is a likely typo', () => {
		expect(closestMatch('hra-1989', ['hra-1998', 'mha-1983'])).toBe('hra-1998');
		expect(closestMatch('consent', ['art-8', 'art-9'])).toBeUndefined();
	});

	test('lists the valid values when there are few', () => {
		expect(suggest('warn', ['info', 'warning', 'key'])).toBe(
			'The values you can use here are `info`, `warning` or `key`.',
		);
		expect(suggest('x', ['only'])).toBe('The only value you can use here is `only`.');
	});
});
