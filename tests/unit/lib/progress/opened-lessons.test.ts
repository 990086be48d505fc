import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../memory-storage.ts';
import {
	forgetOpenedLessons,
	OPENED_LESSONS_KEY,
	readOpenedLessons,
} from '../../../../src/lib/progress/opened-lessons.ts';

const storageWith = (text: string) => memoryStorage({ entries: { [OPENED_LESSONS_KEY]: text } });

const opened = {
	moduleId: 'first-look',
	lessonId: 'l-why-rights',
	at: '2027-03-02T10:00:00.000Z',
};
const throwing = {
	getItem: () => {
		throw new Error('denied');
	},
	setItem: () => {
		throw new Error('denied');
	},
	removeItem: () => undefined,
};

describe('readOpenedLessons', () => {
	test('returns every noted opening of the module, and keeps them noted until their saves finish', () => {
		const storage = storageWith(JSON.stringify([opened, { ...opened, lessonId: 'l-search' }]));
		const noted = readOpenedLessons(storage, 'first-look');
		expect(noted.map((lesson) => lesson.lessonId)).toEqual(['l-why-rights', 'l-search']);
		expect(readOpenedLessons(storage, 'first-look'), 'a page closed mid-save leaves them').toEqual(
			noted,
		);
	});

	test("leaves out other modules' openings", () => {
		const other = { ...opened, moduleId: 'sixteen-rights', lessonId: 'l-m1-assessment' };
		const storage = storageWith(JSON.stringify([opened, other]));
		expect(readOpenedLessons(storage, 'first-look')).toEqual([opened]);
	});

	test('leaves out what it cannot read, and never throws', () => {
		expect(readOpenedLessons(storageWith('not json'), 'first-look')).toEqual([]);
		expect(readOpenedLessons(storageWith('{"a":1}'), 'first-look')).toEqual([]);
		expect(
			readOpenedLessons(
				storageWith(JSON.stringify([opened, { ...opened, at: 'soon' }, 'x'])),
				'first-look',
			),
		).toEqual([opened]);
		expect(readOpenedLessons(undefined, 'first-look')).toEqual([]);
		expect(readOpenedLessons(throwing, 'first-look')).toEqual([]);
	});
});

describe('forgetOpenedLessons', () => {
	test('forgets the saved openings and keeps those noted since and those of other modules', () => {
		const other = { ...opened, moduleId: 'sixteen-rights', lessonId: 'l-m1-assessment' };
		const since = { ...opened, lessonId: 'l-search', at: '2027-03-02T10:01:00.000Z' };
		const storage = storageWith(JSON.stringify([opened, other]));
		const saved = readOpenedLessons(storage, 'first-look');
		storage.setItem(OPENED_LESSONS_KEY, JSON.stringify([opened, other, since]));
		forgetOpenedLessons(storage, saved);
		expect(JSON.parse(storage.entries.get(OPENED_LESSONS_KEY)!)).toEqual([other, since]);
	});

	test('removes the key when nothing is left, and never throws', () => {
		const storage = storageWith(JSON.stringify([opened, 'unreadable']));
		forgetOpenedLessons(storage, [opened]);
		expect(storage.entries.has(OPENED_LESSONS_KEY)).toBe(false);
		expect(() => forgetOpenedLessons(throwing, [opened])).not.toThrow();
		expect(() => forgetOpenedLessons(undefined, [opened])).not.toThrow();
	});
});
