import { describe, expect, test } from 'vitest';
import { extractLesson } from '../../../../src/lib/course/extract/index.ts';
import { htmlToText } from '../../../../src/lib/course/html-text.ts';
import { parseMdx, toPlainText } from '../../../../src/lib/course/mdx.ts';
import { assessmentMdx, lessonMdx } from '../../../../src/lib/scaffold/templates.ts';

describe('lessonMdx', () => {
	test('shows learners nothing but the title until the author writes the lesson', () => {
		const tree = parseMdx(lessonMdx({ id: 'l-new', title: 'A new lesson', summary: 'One line.' }));
		expect(toPlainText(tree.children)).toBe('');
		expect(tree.children[0]).toMatchObject({
			type: 'yaml',
			value: 'id: l-new\ntitle: A new lesson\nsummary: One line.',
		});
	});
});

describe('assessmentMdx', () => {
	test('writes the author’s statement exactly, whatever characters it holds', () => {
		const statements = [
			'A search under s.6 {always} needs <consent> and *reasons*_first_',
			'1. Staff must ask first',
			'# of staff: two [at least] `always`',
			'- or + signs, ~~struck~~, R &amp; D and a back\\slash',
		];
		for (const statement of statements) {
			const mdx = assessmentMdx({
				lessonId: 'l-check',
				quizId: 'quiz-new',
				questionId: 'q-new',
				outcomeId: 'o-new',
				statement,
				answer: 'false',
				sources: ['hra-1998'],
				passMark: 70,
			});
			const { data, problems } = extractLesson(parseMdx(mdx));
			expect(problems, statement).toEqual([]);
			const [question] = data.quizzes[0]!.questions;
			expect(htmlToText(question!.promptHtml), statement).toBe(statement);
			expect(question).toMatchObject({
				type: 'true-false',
				outcome: 'o-new',
				sources: ['hra-1998'],
			});
			expect(question!.options.find((option) => option.correct)?.id).toBe('false');
		}
	});
});
