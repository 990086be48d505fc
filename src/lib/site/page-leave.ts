/**
 * The moments a page may be gone before a timer fires: `pagehide` (a link, Next, reload, closing
 * the tab; the only reliable unload signal on mobile) and `visibilitychange` to hidden (another tab
 * or app, after which a phone may discard the page without any further event). Work waiting on a
 * timer, such as a debounced save, has to be started in these events or it is lost.
 * https://developer.chrome.com/docs/web-platform/page-lifecycle-api#advice-hidden
 *
 * A SCORM launcher ends its LMS session in its own `pagehide`, which in Chromium runs before the
 * lesson frame's; it fires `PAGE_LEAVING_EVENT` on the frame's window first, so the lesson's
 * waiting saves reach the session before it commits for the last time.
 */
export const PAGE_LEAVING_EVENT = 'rip:page-leaving';

/** The parts of `window` this module uses, so it can be tested without a browser. */
export interface LeavableWindow {
	readonly document: { readonly visibilityState: DocumentVisibilityState } & Pick<
		EventTarget,
		'addEventListener' | 'removeEventListener'
	>;
	addEventListener(type: string, listener: () => void): void;
	removeEventListener(type: string, listener: () => void): void;
}

/** Calls `listener` whenever the page may be about to go; returns a function that stops it. */
export function onPageLeave(win: LeavableWindow, listener: () => void): () => void {
	const whenHidden = () => {
		if (win.document.visibilityState === 'hidden') listener();
	};
	win.addEventListener('pagehide', listener);
	win.addEventListener(PAGE_LEAVING_EVENT, listener);
	win.document.addEventListener('visibilitychange', whenHidden);
	return () => {
		win.removeEventListener('pagehide', listener);
		win.removeEventListener(PAGE_LEAVING_EVENT, listener);
		win.document.removeEventListener('visibilitychange', whenHidden);
	};
}
