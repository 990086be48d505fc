/**
 * Lessons opened but not yet recorded. A lesson page notes its opening in `localStorage` the
 * moment it is shown (`OpenedLessonScript.astro`, a few lines that run before any island); the
 * lesson tracker records every noted opening once progress is ready, here or on the next lesson,
 * and forgets the notes once those saves have finished. So a learner who clicks Next before a
 * page's scripts have loaded, or while its save is under way, still has that lesson counted.
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

type NoteStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const sameOpening = (a: OpenedLesson, b: OpenedLesson) =>
	a.moduleId === b.moduleId && a.lessonId === b.lessonId && a.at === b.at;

/** Every readable noted opening; anything unreadable is left out. Never throws. */
function readNotes(storage: NoteStorage): OpenedLesson[] {
	const list: unknown = JSON.parse(storage.getItem(OPENED_LESSONS_KEY) ?? '[]');
	return Array.isArray(list) ? list.filter(isOpenedLesson) : [];
}

/**
 * The openings of `moduleId`'s lessons noted in `storage`, oldest first. They stay noted until
 * `forgetOpenedLessons` is told their saves have finished: a page closed while saving leaves
 * them for the next lesson, whose replay of a visit already saved changes nothing (`model.ts`).
 * Empty when storage is unavailable (the tracker then records the current lesson itself).
 */
export function readOpenedLessons(
	storage: NoteStorage | undefined,
	moduleId: string,
): OpenedLesson[] {
	try {
		return storage ? readNotes(storage).filter((lesson) => lesson.moduleId === moduleId) : [];
	} catch {
		return [];
	}
}

/**
 * Removes `recorded` from the notes, keeping any noted since (another tab) and other modules'
 * (packages from one LMS share storage); anything unreadable is dropped. Never throws.
 */
export function forgetOpenedLessons(
	storage: NoteStorage | undefined,
	recorded: readonly OpenedLesson[],
): void {
	try {
		if (!storage) return;
		let rest: OpenedLesson[] = [];
		try {
			rest = readNotes(storage).filter((lesson) => !recorded.some((r) => sameOpening(r, lesson)));
		} catch {
			// Unreadable notes are dropped.
		}
		if (rest.length > 0) storage.setItem(OPENED_LESSONS_KEY, JSON.stringify(rest));
		else storage.removeItem(OPENED_LESSONS_KEY);
	} catch {
		// Storage went away: the notes left are replayed harmlessly later.
	}
}
