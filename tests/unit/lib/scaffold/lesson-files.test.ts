import { describe, expect, test } from 'vitest';
import {
	defaultInsertIndex,
	findLesson,
	lessonOrder,
	nextModuleFolder,
	planLessonFile,
} from '../../../../src/lib/scaffold/lesson-files.ts';

const lessons = lessonOrder([
	{ name: '02-practice.mdx', id: 'l-practice', assessment: false },
	{ name: '01-rights.mdx', id: 'l-rights', assessment: false },
	{ name: '03-check-your-understanding.mdx', id: 'l-check', assessment: true },
]);

describe('defaultInsertIndex', () => {
	test('puts a new lesson just before the assessment lesson', () => {
		expect(defaultInsertIndex(lessons)).toBe(2);
	});

	test('puts a new lesson last in a module without an assessment', () => {
		expect(defaultInsertIndex(lessons.slice(0, 2))).toBe(2);
	});
});

describe('findLesson', () => {
	test('finds a lesson by id, file name, or file name without .mdx', () => {
		expect(findLesson(lessons, 'l-practice')).toBe(1);
		expect(findLesson(lessons, '02-practice.mdx')).toBe(1);
		expect(findLesson(lessons, '02-practice')).toBe(1);
		expect(findLesson(lessons, 'modules/basics/02-practice.mdx')).toBe(1);
		expect(findLesson(lessons, 'l-missing')).toBe(-1);
	});
});

describe('planLessonFile', () => {
	const names = ['01-a.mdx', '02-b.mdx', '03-c.mdx'];

	test('adds a lesson at the end with the next number and renames nothing', () => {
		expect(planLessonFile(names, 3, 'new')).toEqual({ name: '04-new.mdx', renames: [] });
	});

	test('moves the later lessons up one, last first, to make room in between', () => {
		expect(planLessonFile(names, 1, 'new')).toEqual({
			name: '02-new.mdx',
			renames: [
				{ from: '03-c.mdx', to: '04-c.mdx' },
				{ from: '02-b.mdx', to: '03-b.mdx' },
			],
		});
	});

	test('puts a lesson first', () => {
		expect(planLessonFile(names, 0, 'new').name).toBe('01-new.mdx');
		expect(planLessonFile(names, 0, 'new').renames).toHaveLength(3);
	});

	test('uses a gap in the numbering instead of renaming', () => {
		expect(planLessonFile(['01-a.mdx', '03-c.mdx'], 1, 'new')).toEqual({
			name: '02-new.mdx',
			renames: [],
		});
		expect(planLessonFile(['01-a.mdx', '02-b.mdx', '05-e.mdx'], 1, 'new').renames).toEqual([
			{ from: '02-b.mdx', to: '03-b.mdx' },
		]);
	});

	test('keeps the order of two files that share a number', () => {
		const plan = planLessonFile(['01-a.mdx', '02-b.mdx', '02-c.mdx'], 1, 'new');
		expect(plan.name).toBe('02-new.mdx');
		expect(plan.renames).toEqual([
			{ from: '02-c.mdx', to: '04-c.mdx' },
			{ from: '02-b.mdx', to: '03-b.mdx' },
		]);
	});

	test('keeps the order learners see', () => {
		const plan = planLessonFile(names, 2, 'new');
		const after = names.map((name) => plan.renames.find((step) => step.from === name)?.to ?? name);
		after.splice(2, 0, plan.name);
		expect(lessonOrder(after.map((name) => ({ name }))).map(({ name }) => name)).toEqual(after);
	});
});

describe('nextModuleFolder', () => {
	test('numbers a new module folder after the highest in use', () => {
		expect(
			nextModuleFolder(
				['00-first-look', '07-speaking-up', '07-speaking-up-easy-read', '08-commissioning'],
				'consent',
			),
		).toBe('09-consent');
		expect(nextModuleFolder(['basics'], 'consent')).toBe('00-consent');
	});
});
