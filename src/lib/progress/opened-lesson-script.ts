import { OPENED_LESSONS_KEY } from './opened-lessons.ts';

/**
 * The inline script a lesson page runs the moment it is shown (`OpenedLessonScript.astro`): it
 * notes the opening in `localStorage` for `readOpenedLessons`. Its text is the same on every page
 * (the ids come from the script element's `data-` attributes), so one hash in the
 * Content-Security-Policy (`src/integrations/content-security-policy.ts`) allows it everywhere.
 * Storage that is refused is ignored; the lesson tracker then records the visit itself.
 */
export const OPENED_LESSON_SCRIPT = `try {
	const ids = document.currentScript.dataset;
	const key = ${JSON.stringify(OPENED_LESSONS_KEY)};
	const list = JSON.parse(localStorage.getItem(key) || '[]');
	list.push({ moduleId: ids.moduleId, lessonId: ids.lessonId, at: new Date().toISOString() });
	localStorage.setItem(key, JSON.stringify(list.slice(-100)));
} catch {}`;
