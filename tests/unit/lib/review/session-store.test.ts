import { describe, expect, test } from 'vitest';
import { memoryStorage } from '../../memory-storage.ts';
import {
	keepSession,
	restoreSession,
	storeKey,
	type KeyValueStore,
} from '../../../../src/lib/review/session-store.ts';
import { addViews, newSession, setAgreed } from '../../../../src/lib/review/session.ts';
import { REVIEW, view } from './fixtures.ts';

const NOW = '2027-03-02T12:00:00.000Z';

const session = setAgreed(
	addViews(newSession(REVIEW, ['young-people'], NOW), [view('view-yp-1', 'young-people', 'rag')])
		.session,
	'tl-names',
	'amber',
);

describe('the session kept on the device', () => {
	test('comes back as it was kept, with whether it was saved to a file', () => {
		const store = memoryStorage();
		expect(restoreSession(store, REVIEW.id)).toEqual({ status: 'none' });
		expect(keepSession(store, { session, unsaved: true })).toBe(true);
		expect(restoreSession(store, REVIEW.id)).toEqual({
			status: 'restored',
			stored: { session, unsaved: true },
		});
	});

	test('is reported as unreadable, not used, when damaged or kept for another review', () => {
		const store = memoryStorage();
		store.entries.set(storeKey(REVIEW.id), '{"unsaved":true,"session":{"app":"rights-in');
		expect(restoreSession(store, REVIEW.id)).toEqual({ status: 'unreadable' });
		store.entries.set(
			storeKey(REVIEW.id),
			JSON.stringify({ unsaved: false, session: { ...session, reviewId: 'tl-other' } }),
		);
		expect(restoreSession(store, REVIEW.id)).toEqual({ status: 'unreadable' });
	});

	test('says so when the browser refuses to keep or give it', () => {
		const refusing: KeyValueStore = {
			getItem: () => {
				throw new DOMException('blocked', 'SecurityError');
			},
			setItem: () => {
				throw new DOMException('full', 'QuotaExceededError');
			},
		};
		expect(keepSession(refusing, { session, unsaved: true })).toBe(false);
		expect(restoreSession(refusing, REVIEW.id)).toEqual({ status: 'unavailable' });
	});
});
