import { describe, expect, test } from 'vitest';
import {
	OPENED_LESSONS_KEY,
	takeOpenedLessons,
} from '../../../../src/lib/progress/opened-lessons.ts';

function storageWith(text: string | null) {
	const items = new Map(text === null ? [] : [[OPENED_LESSONS_KEY, text]]);
	return {
		items,
		getItem: (key: string) => items.get(key) ?? null,
		setItem: (key: string, value: string) => void items.set(key, value),
		removeItem: (key: string) => void items.delete(key),
	};
}

const opened = {
	moduleId: 'first-look',
	lessonId: 'l-why-rights',
	at: '2027-03-02T10:00:00.000Z',
};

describe('takeOpenedLessons', () => {
	test('returns every noted opening once, then nothing', () => {
		const storage = storageWith(JSON.stringify([opened, { ...opened, lessonId: 'l-search' }]));
		expect(takeOpenedLessons(storage, 'first-look').map((lesson) => lesson.lessonId)).toEqual([
			'l-why-rights',
			'l-search',
		]);
		expect(storage.items.has(OPENED_LESSONS_KEY)).toBe(false);
		expect(takeOpenedLessons(storage, 'first-look')).toEqual([]);
	});

	test("leaves other modules' openings for their own tracker", () => {
		const other = { ...opened, moduleId: 'sixteen-rights', lessonId: 'l-m1-assessment' };
		const storage = storageWith(JSON.stringify([opened, other]));
		expect(takeOpenedLessons(storage, 'first-look')).toEqual([opened]);
		expect(JSON.parse(storage.items.get(OPENED_LESSONS_KEY)!)).toEqual([other]);
	});

	test('drops what it cannot read, and never throws', () => {
		expect(takeOpenedLessons(storageWith('not json'), 'first-look')).toEqual([]);
		expect(takeOpenedLessons(storageWith('{"a":1}'), 'first-look')).toEqual([]);
		expect(
			takeOpenedLessons(
				storageWith(JSON.stringify([opened, { ...opened, at: 'soon' }, 'x'])),
				'first-look',
			),
		).toEqual([opened]);
		expect(takeOpenedLessons(undefined, 'first-look')).toEqual([]);
		const throwing = {
			getItem: () => {
				throw new Error('denied');
			},
			setItem: () => undefined,
			removeItem: () => undefined,
		};
		expect(takeOpenedLessons(throwing, 'first-look')).toEqual([]);
	});
});
