/**
 * What happens when a facilitator loads a batch of files: each is read with `readReviewFile`;
 * participants' views are added to the session (repeats counted once), a saved session can be
 * opened in place of the current one, and every refused file is named with the reason. A refused
 * file changes nothing.
 */
import type { ReviewSession, ReviewView } from '../../schemas/review-files.ts';
import { readReviewFile } from './files.ts';
import { addViews } from './session.ts';

/** A file's name, its text and its size in bytes (the text is empty for a file too big to read). */
export interface LoadedFile {
	name: string;
	text: string;
	bytes: number;
}

export interface SortedFiles {
	views: ReviewView[];
	/** The one saved session in the batch, if there was exactly one. */
	session: { name: string; session: ReviewSession } | undefined;
	/** One message per refused file, naming it. */
	refused: string[];
}

/** Reads every file of a batch; of several saved sessions in one batch, none is opened. */
export function sortReviewFiles(files: readonly LoadedFile[], reviewId: string): SortedFiles {
	const views: ReviewView[] = [];
	const sessions: Array<{ name: string; session: ReviewSession }> = [];
	const refused: string[] = [];
	for (const file of files) {
		const result = readReviewFile(file.name, file.text, reviewId, file.bytes);
		if (!result.ok) refused.push(result.message);
		else if (result.kind === 'view') views.push(result.view);
		else sessions.push({ name: file.name, session: result.session });
	}
	if (sessions.length > 1)
		for (const { name } of sessions)
			refused.push(
				`${name}: only one saved session can be opened at a time, so none was opened. Load the one you want on its own.`,
			);
	return { views, session: sessions.length === 1 ? sessions[0] : undefined, refused };
}

export interface LoadOutcome {
	session: ReviewSession;
	added: number;
	repeated: number;
	/** The name of the saved session opened in place of the current one. */
	opened: string | undefined;
}

/**
 * The session after a batch: the saved session in it replaces `current` when `open` is true, and
 * the batch's views are added to whichever session results.
 */
export function applyLoadedFiles(
	current: ReviewSession,
	files: SortedFiles,
	open: boolean,
): LoadOutcome {
	const opened = open ? files.session : undefined;
	const { session, added, repeated } = addViews(opened?.session ?? current, files.views);
	return { session, added, repeated, opened: opened?.name };
}

export type EarlierSessionResult =
	{ ok: true; session: ReviewSession } | { ok: false; message: string };

/** Reads a file meant as an earlier session to compare with; a participant's view is refused. */
export function readEarlierSession(file: LoadedFile, reviewId: string): EarlierSessionResult {
	const result = readReviewFile(file.name, file.text, reviewId, file.bytes);
	if (!result.ok) return result;
	if (result.kind === 'view')
		return {
			ok: false,
			message: `${file.name}: this is a participant's view, not a saved session. Choose a file saved with "Save the session".`,
		};
	return { ok: true, session: result.session };
}
