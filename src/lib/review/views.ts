/**
 * A participant's view: ratings and evidence notes for one group, kept as they are given and
 * downloaded as a file for the facilitator. Pure; the island keeps it on the device.
 */
import type { Rating } from '../../schemas/review.ts';
import {
	NOTE_MAX_LENGTH,
	REVIEW_APP,
	REVIEW_FILE_FORMAT,
	type ReviewGroup,
	type ReviewView,
} from '../../schemas/review-files.ts';

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

export function rateInView(view: ReviewView, statementId: string, rating: Rating): ReviewView {
	return { ...view, ratings: { ...view.ratings, [statementId]: rating } };
}

/** Stores a note, cut to the length a view file allows; an empty note is removed. */
export function noteInView(view: ReviewView, statementId: string, text: string): ReviewView {
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
