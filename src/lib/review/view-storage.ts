/**
 * Where a participant's view waits on their device until they download it.
 *
 * Stored shape: one `localStorage` entry per form and review, key
 * `rights-in-practice:review-view:<form>:<review id>`, value a `ViewDraft` as JSON. `<form>` is the
 * module the form sits in (`toolkit` for the standalone page) or `young-people`, so a lesson, the
 * standalone page and the young people's form each keep their own view.
 *
 * Why `localStorage` rather than the progress database:
 * - Free text stays on the device. A SCORM package keeps progress through the LMS (ratings go
 *   into `suspend_data`); evidence notes kept apart from progress can never reach an LMS.
 * - A view is a few kilobytes, read once when the form opens: the synchronous read restores it
 *   before anything can be rated, and no new Dexie version is needed.
 *
 * When the browser refuses storage (blocked, private browsing, full), the form keeps the view in
 * memory and says so, so the participant downloads it before leaving. A stored entry that does
 * not read as a draft of the review (`readDraft`), from a damaged write or a later release, is
 * replaced by a new, empty view.
 */
import { deviceLocalStorage } from '../site/device-local-storage.ts';
import { readDraft, type ViewDraft } from './views.ts';

export type ViewStorage = Pick<Storage, 'getItem' | 'setItem'>;

export function viewStorageKey(form: string, reviewId: string): string {
	return `rights-in-practice:review-view:${form}:${reviewId}`;
}

/** The browser's `localStorage`, or `undefined` where reading it throws (storage blocked). */
export const deviceStorage: () => ViewStorage | undefined = deviceLocalStorage;

export function loadDraft(
	storage: ViewStorage,
	key: string,
	reviewId: string,
): ViewDraft | undefined {
	try {
		const text = storage.getItem(key);
		return text === null ? undefined : readDraft(JSON.parse(text), reviewId);
	} catch {
		return undefined;
	}
}

/** Whether the draft was kept: `false` when the browser refused to store it. */
export function saveDraft(storage: ViewStorage, key: string, draft: ViewDraft): boolean {
	try {
		storage.setItem(key, JSON.stringify(draft));
		return true;
	} catch {
		return false;
	}
}
