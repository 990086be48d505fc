/**
 * The files a Traffic Light team review passes around, with no server: a participant's view
 * (one person's or one group's ratings and evidence notes) and the facilitator's session (the
 * views brought together, the agreed ratings and the action plan). Both carry `app`, `kind` and
 * `format` so a file from another tool, another kind or a later release is told apart from a
 * damaged one.
 */
import { z } from 'zod';
import { IdSchema } from './ids.ts';
import { RatingSchema } from './review.ts';
import {
	NOTE_MAX_LENGTH,
	REVIEW_APP,
	REVIEW_FILE_FORMAT,
	REVIEW_GROUPS,
} from './review-constants.ts';

export { NOTE_MAX_LENGTH, REVIEW_APP, REVIEW_FILE_FORMAT, REVIEW_GROUPS };

export const ReviewGroupSchema = z.enum(REVIEW_GROUPS);
export type ReviewGroup = z.output<typeof ReviewGroupSchema>;

const Note = z.string().max(NOTE_MAX_LENGTH);
const Day = z.iso.date();

/** One participant's (or one group's) ratings, downloaded as `*.view.json`. */
export const ReviewViewSchema = z.object({
	app: z.literal(REVIEW_APP),
	kind: z.literal('traffic-light-view'),
	format: z.literal(REVIEW_FILE_FORMAT),
	/** The `<TrafficLight id>` rated. */
	reviewId: IdSchema,
	/** Made once per participant's form, so the same view loaded twice counts once. */
	viewId: z.string().min(8).max(64),
	group: ReviewGroupSchema,
	/** The day the view was given, for the session's record. */
	ratedOn: Day,
	/** When the file was written; of two files with one `viewId`, the later is kept. */
	savedAt: z.iso.datetime(),
	ratings: z.record(IdSchema, RatingSchema),
	notes: z.record(IdSchema, Note),
});
export type ReviewView = z.output<typeof ReviewViewSchema>;

/** An improvement action for one statement in the agreed plan. */
export const PlanActionSchema = z.object({
	text: z.string().max(NOTE_MAX_LENGTH),
	/** A role or team, not a person's name, e.g. "Ward manager". */
	owner: z.string().max(200),
	/** Target date, `YYYY-MM-DD`, or empty until agreed. */
	due: z.union([Day, z.literal('')]),
	done: z.boolean(),
});
export type PlanAction = z.output<typeof PlanActionSchema>;

/** The facilitator's whole session, saved as `*.session.json` and opened again later. */
export const ReviewSessionSchema = z.object({
	app: z.literal(REVIEW_APP),
	kind: z.literal('traffic-light-session'),
	format: z.literal(REVIEW_FILE_FORMAT),
	reviewId: IdSchema,
	/** The groups this review asks for, in the order they are shown. */
	groups: z.array(ReviewGroupSchema).min(1),
	/** A name for the session, e.g. "Ward 3, March 2027". */
	title: z.string().max(200),
	createdAt: z.iso.datetime(),
	savedAt: z.iso.datetime(),
	views: z.array(ReviewViewSchema),
	agreed: z.record(IdSchema, RatingSchema),
	actions: z.record(IdSchema, PlanActionSchema),
	/** Whether agreed Amber statements need an owner and date too, as Red ones always do. */
	amberNeedsOwner: z.boolean(),
	/** When the plan was marked final; later edits clear it. */
	finalAt: z.iso.datetime().nullable(),
});
export type ReviewSession = z.output<typeof ReviewSessionSchema>;
