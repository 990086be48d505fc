/**
 * Lessons opened but not yet recorded. A lesson page notes its opening in `localStorage` the
 * moment it is shown (`OpenedLessonScript.astro`, a few lines that run before any island); the
 * lesson tracker records every noted opening once progress is ready, here or on the next lesson.
 * So a learner who clicks Next before a page's scripts have loaded still has that lesson counted.
 */

/** The `localStorage` key the page script writes (keep in step with `OpenedLessonScript.astro`). */
export const OPENED_LESSONS_KEY = 'rip:opened-lessons';

export interface OpenedLesson {
	moduleId: string;
	lessonId: string;
	at: string;
}

const isOpenedLesson = (value: unknown): value is OpenedLesson =>
	typeof value === 'object' &&
	value !== null &&
	['moduleId', 'lessonId', 'at'].every(
		(key) => typeof (value as Record<string, unknown>)[key] === 'string',
	) &&
	!Number.isNaN(Date.parse((value as OpenedLesson).at));

/**
 * The openings of `moduleId`'s lessons noted in `storage`, removed from it so each is recorded
 * once; other modules' openings stay for their own tracker (packages from one LMS share
 * storage), and anything unreadable is dropped. Empty when storage is unavailable (the tracker
 * then records the current lesson itself).
 */
export function takeOpenedLessons(
	storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
	moduleId: string,
): OpenedLesson[] {
	try {
		const text = storage?.getItem(OPENED_LESSONS_KEY);
		if (!storage || !text) return [];
		const list: unknown = JSON.parse(text);
		const readable = Array.isArray(list) ? list.filter(isOpenedLesson) : [];
		const others = readable.filter((lesson) => lesson.moduleId !== moduleId);
		if (others.length > 0) storage.setItem(OPENED_LESSONS_KEY, JSON.stringify(others));
		else storage.removeItem(OPENED_LESSONS_KEY);
		return readable.filter((lesson) => lesson.moduleId === moduleId);
	} catch {
		return [];
	}
}
