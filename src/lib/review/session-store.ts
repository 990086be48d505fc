/**
 * The facilitator's current session, kept on their device so a reload loses nothing. Stored as
 * one JSON document per review under `rights-in-practice:review-session:<reviewId>`:
 * `{ unsaved, session }`, where `session` is exactly a session file's contents and `unsaved` says
 * whether it changed since it was last saved to or opened from a file.
 *
 * The store is injected (the island passes `localStorage`), so this stays testable. A stored
 * document that no longer reads as a session of this review (damaged, or from a later release) is
 * reported, not used; the next save replaces it.
 */
import { z } from 'zod';
import { ReviewSessionSchema, type ReviewSession } from '../../schemas/review-files.ts';

/** The part of the Web Storage interface the session needs. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem'>;

export interface StoredSession {
	session: ReviewSession;
	/** Changed since last saved to a file or opened from one. */
	unsaved: boolean;
}

const StoredSessionSchema = z.object({ unsaved: z.boolean(), session: ReviewSessionSchema });

export function storeKey(reviewId: string): string {
	return `rights-in-practice:review-session:${reviewId}`;
}

export type Restored =
	| { status: 'none' }
	| { status: 'restored'; stored: StoredSession }
	| { status: 'unreadable' }
	| { status: 'unavailable' };

/** The session kept for `reviewId`, if there is one that reads as a session of that review. */
export function restoreSession(store: KeyValueStore, reviewId: string): Restored {
	let text: string | null;
	try {
		text = store.getItem(storeKey(reviewId));
	} catch {
		return { status: 'unavailable' };
	}
	if (text === null) return { status: 'none' };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch {
		return { status: 'unreadable' };
	}
	const parsed = StoredSessionSchema.safeParse(data);
	if (!parsed.success || parsed.data.session.reviewId !== reviewId) return { status: 'unreadable' };
	return { status: 'restored', stored: parsed.data };
}

/** Keeps `stored`; false when the store refused it (full, blocked or switched off). */
export function keepSession(store: KeyValueStore, stored: StoredSession): boolean {
	try {
		store.setItem(storeKey(stored.session.reviewId), JSON.stringify(stored));
		return true;
	} catch {
		return false;
	}
}
