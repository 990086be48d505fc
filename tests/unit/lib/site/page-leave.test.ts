import { describe, expect, test, vi } from 'vitest';
import {
	onPageLeave,
	PAGE_LEAVING_EVENT,
	type LeavableWindow,
} from '../../../../src/lib/site/page-leave.ts';

/** A window whose visibility the test sets before firing `visibilitychange`. */
function fakeWindow() {
	const visibility: { visibilityState: DocumentVisibilityState } = { visibilityState: 'visible' };
	const document = Object.assign(new EventTarget(), visibility);
	const win = Object.assign(new EventTarget(), { document }) satisfies LeavableWindow;
	return {
		win,
		fire: (type: string) => win.dispatchEvent(new Event(type)),
		show: (state: DocumentVisibilityState) => {
			document.visibilityState = state;
			document.dispatchEvent(new Event('visibilitychange'));
		},
	};
}

describe('onPageLeave', () => {
	test('calls the listener when the page is hidden, left, or its SCORM launcher is ending', () => {
		const { win, fire, show } = fakeWindow();
		const listener = vi.fn();
		onPageLeave(win, listener);
		show('visible');
		expect(listener).not.toHaveBeenCalled();
		show('hidden');
		fire('pagehide');
		fire(PAGE_LEAVING_EVENT);
		expect(listener).toHaveBeenCalledTimes(3);
	});

	test('stops calling it once stopped', () => {
		const { win, fire, show } = fakeWindow();
		const listener = vi.fn();
		const stop = onPageLeave(win, listener);
		stop();
		show('hidden');
		fire('pagehide');
		fire(PAGE_LEAVING_EVENT);
		expect(listener).not.toHaveBeenCalled();
	});
});
