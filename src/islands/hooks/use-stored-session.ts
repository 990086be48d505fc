import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { ReviewGroup, ReviewSession } from '../../schemas/review-files.ts';
import { newSession } from '../../lib/review/session.ts';
import { deviceLocalStorage } from '../../lib/site/device-local-storage.ts';
import {
	keepSession,
	restoreSession,
	type KeyValueStore,
	type StoredSession,
} from '../../lib/review/session-store.ts';

/** Why the session is held only in memory, or was started afresh. */
type StorageProblem = 'unavailable' | 'failed' | 'unreadable';

export interface SessionHandle {
	/** `undefined` until the island has mounted and read the device's copy. */
	stored: StoredSession | undefined;
	problem: StorageProblem | undefined;
	/** The latest session, for handlers that finish after an `await`. */
	latest: () => ReviewSession | undefined;
	/** A change by the facilitator: the session now differs from any file. */
	change: (next: (session: ReviewSession) => ReviewSession) => void;
	/** A session opened from a file, or just saved to one. */
	replace: (session: ReviewSession, unsaved: boolean) => void;
}

/**
 * The facilitator's current session, restored from this device on mount and kept there after
 * every change. `localStorage` rather than the course's IndexedDB: the session is one small JSON
 * document (a session file's contents, well under the 5 MB a browser allows) read whole and
 * written whole, and reading it synchronously on mount restores the page before the facilitator
 * can touch it, without adding a table and a version to the learners' progress database. When the
 * browser refuses, the session lives in memory and `problem` says so.
 */
export function useStoredSession(reviewId: string, groups: readonly ReviewGroup[]): SessionHandle {
	const [stored, setStored] = useState<StoredSession | undefined>(undefined);
	const [problem, setProblem] = useState<StorageProblem | undefined>(undefined);
	const store = useRef<KeyValueStore | undefined>(undefined);
	const latest = useRef<StoredSession | undefined>(undefined);
	latest.current = stored;

	useEffect(() => {
		const local: KeyValueStore | undefined = deviceLocalStorage();
		const restored = local ? restoreSession(local, reviewId) : ({ status: 'unavailable' } as const);
		if (restored.status !== 'unavailable') store.current = local;
		if (restored.status !== 'restored' && restored.status !== 'none') setProblem(restored.status);
		setStored(
			restored.status === 'restored'
				? restored.stored
				: {
						session: newSession({ id: reviewId }, groups, new Date().toISOString()),
						unsaved: false,
					},
		);
	}, [reviewId]);

	// A layout effect runs in the same task as the keystroke that changed the state, so leaving the
	// page straight after typing cannot outrun the write.
	useLayoutEffect(() => {
		if (!stored || !store.current) return;
		const kept = keepSession(store.current, stored);
		setProblem((current) => (kept ? (current === 'failed' ? undefined : current) : 'failed'));
	}, [stored]);

	return {
		stored,
		problem,
		latest: () => latest.current?.session,
		change: (next) =>
			setStored((current) => {
				if (!current) return current;
				const session = next(current.session);
				return session === current.session ? current : { session, unsaved: true };
			}),
		replace: (session, unsaved) => setStored({ session, unsaved }),
	};
}
