/**
 * A participant's view: ratings and evidence notes for one group, kept as they are given and
 * downloaded as a file for the facilitator. Pure; the island keeps it on the device.
 *
 * While it is being given it is a `ViewDraft`: the group may not be chosen yet and the date may
 * be cleared. `completeView` turns a draft into the view file's contents once both are right.
 */
import type { Rating } from '../../schemas/review.ts';
import type { ReviewGroup, ReviewView } from '../../schemas/review-files.ts';
import {
	NOTE_MAX_LENGTH,
	REVIEW_APP,
	REVIEW_FILE_FORMAT,
	REVIEW_GROUPS,
} from '../../schemas/review-constants.ts';

export function newView(
	reviewId: string,
	group: ReviewGroup,
	viewId: string,
	now: string,
): ReviewView {
	return {
		app: REVIEW_APP,
		kind: 'traffic-light-view',
		format: REVIEW_FILE_FORMAT,
		reviewId,
		viewId,
		group,
		ratedOn: now.slice(0, 10),
		savedAt: now,
		ratings: {},
		notes: {},
	};
}

export function rateInView<V extends Pick<ReviewView, 'ratings'>>(
	view: V,
	statementId: string,
	rating: Rating,
): V {
	return { ...view, ratings: { ...view.ratings, [statementId]: rating } };
}

/** Stores a note, cut to the length a view file allows; an empty note is removed. */
export function noteInView<V extends Pick<ReviewView, 'notes'>>(
	view: V,
	statementId: string,
	text: string,
): V {
	const notes = { ...view.notes };
	const note = text.slice(0, NOTE_MAX_LENGTH);
	if (note.trim()) notes[statementId] = note;
	else delete notes[statementId];
	return { ...view, notes };
}

/** The file a participant downloads, stamped with the time it was written. */
export function viewFileText(view: ReviewView, now: string): string {
	return `${JSON.stringify({ ...view, savedAt: now }, null, '\t')}\n`;
}

/** `tl-m8-service-review-young-people-2027-03-02.view.json` */
export function viewFileName(view: ReviewView): string {
	return `${view.reviewId}-${view.group}-${view.ratedOn}.view.json`;
}

/** A view being given on this device, before it is downloaded. */
export interface ViewDraft {
	reviewId: string;
	viewId: string;
	/** `null` until the participant says who the view is from. */
	group: ReviewGroup | null;
	/** `YYYY-MM-DD`; empty when the participant has cleared the date field. */
	ratedOn: string;
	ratings: Record<string, Rating>;
	notes: Record<string, string>;
}

/**
 * A fresh draft dated `today` (the participant's local day, `localDay`). `ratings` lets a form
 * start from ratings the learner gave before, e.g. ones an LMS handed back on another device.
 */
export function newDraft(
	reviewId: string,
	viewId: string,
	today: string,
	{
		group = null,
		ratings = {},
	}: { group?: ReviewGroup | null; ratings?: Record<string, Rating> } = {},
): ViewDraft {
	return { reviewId, viewId, group, ratedOn: today, ratings: { ...ratings }, notes: {} };
}

/** `YYYY-MM-DD` of `date` in the participant's own time zone, as a date field shows it. */
export function localDay(date: Date): string {
	const pad = (value: number) => String(value).padStart(2, '0');
	return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** What stops a draft being downloaded, by field. */
export type ViewProblem =
	{ field: 'group'; reason: 'missing' } | { field: 'ratedOn'; reason: 'missing' | 'future' };

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written `YYYY-MM-DD` (not 2027-02-30). */
function isDay(text: string): boolean {
	if (!DAY.test(text)) return false;
	const date = new Date(`${text}T00:00:00Z`);
	return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

export type CompletedView = { ok: true; view: ReviewView } | { ok: false; problems: ViewProblem[] };

/**
 * The view file's contents for `draft`, saved at `now`, or what is missing: who it is from, and a
 * date that is no later than `today`. Statements left unrated are fine: the session counts them
 * as not rated.
 */
export function completeView(draft: ViewDraft, today: string, now: string): CompletedView {
	const problems: ViewProblem[] = [];
	if (!draft.group) problems.push({ field: 'group', reason: 'missing' });
	if (!isDay(draft.ratedOn)) problems.push({ field: 'ratedOn', reason: 'missing' });
	else if (draft.ratedOn > today) problems.push({ field: 'ratedOn', reason: 'future' });
	if (problems.length > 0 || !draft.group) return { ok: false, problems };
	return {
		ok: true,
		view: {
			app: REVIEW_APP,
			kind: 'traffic-light-view',
			format: REVIEW_FILE_FORMAT,
			reviewId: draft.reviewId,
			viewId: draft.viewId,
			group: draft.group,
			ratedOn: draft.ratedOn,
			savedAt: now,
			ratings: { ...draft.ratings },
			notes: { ...draft.notes },
		},
	};
}

const RATINGS: readonly string[] = ['red', 'amber', 'green'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
	typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * A draft read back from the device, or `undefined` when what is stored is not a draft of the
 * review `reviewId`. Checked by hand rather than with zod, which would add its weight to every
 * page with a review. A rating or note that is not as expected is dropped; the rest is kept.
 */
export function readDraft(stored: unknown, reviewId: string): ViewDraft | undefined {
	if (!isRecord(stored) || stored['reviewId'] !== reviewId) return undefined;
	const { viewId, group, ratedOn, ratings, notes } = stored;
	if (typeof viewId !== 'string' || viewId.length < 8 || viewId.length > 64) return undefined;
	let draft = newDraft(reviewId, viewId, typeof ratedOn === 'string' ? ratedOn : '', {
		group: (REVIEW_GROUPS as readonly unknown[]).includes(group) ? (group as ReviewGroup) : null,
	});
	for (const [statementId, rating] of Object.entries(isRecord(ratings) ? ratings : {}))
		if (typeof rating === 'string' && RATINGS.includes(rating))
			draft = rateInView(draft, statementId, rating as Rating);
	for (const [statementId, text] of Object.entries(isRecord(notes) ? notes : {}))
		if (typeof text === 'string') draft = noteInView(draft, statementId, text);
	return draft;
}

/**
 * A new `viewId`: a random UUID, or 128 random bits in hex where `randomUUID` is missing (it is
 * only offered to secure contexts, and an LMS may serve a package over plain HTTP).
 */
export function newViewId(
	random: Pick<Crypto, 'getRandomValues'> & { randomUUID?: () => string },
): string {
	if (typeof random.randomUUID === 'function') return random.randomUUID();
	const bytes = random.getRandomValues(new Uint8Array(16));
	return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}
