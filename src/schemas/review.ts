import { z } from 'zod';
import { IdSchema } from './ids.ts';

export const RatingSchema = z.enum(['red', 'amber', 'green']);
export type Rating = z.output<typeof RatingSchema>;

const StatementDataSchema = z.object({
	id: IdSchema,
	/** What Green looks like: the statement itself. */
	html: z.string(),
	amberHtml: z.string(),
	redHtml: z.string(),
	/** Suggested improvement action, a starting point the team edits. */
	action: z.string(),
	/** The statement in plain words for the young people's form (`<Plain>`), when written. */
	plainHtml: z.string().optional(),
	sources: z.array(IdSchema),
});

/** A Traffic Light self-assessment. */
export const TrafficLightDataSchema = z.object({
	id: IdSchema,
	title: z.string(),
	introHtml: z.string(),
	/**
	 * The groups whose views the team review asks for (`groups="…"` on `<TrafficLight>`), as
	 * written; `reviewGroups` in `lib/review/groups.ts` turns them into the list to show.
	 */
	groups: z.array(z.string()).optional(),
	statements: z.array(StatementDataSchema),
});

export type StatementData = z.output<typeof StatementDataSchema>;
export type TrafficLightData = z.output<typeof TrafficLightDataSchema>;

/** A free-text reflection kept on the learner's device. */
export const ReflectionDataSchema = z.object({
	id: IdSchema,
	promptHtml: z.string(),
});
export type ReflectionData = z.output<typeof ReflectionDataSchema>;

/** The Rights Check decision helper; `rights` is an optional model answer to compare with. */
export const RightsCheckDataSchema = z.object({
	id: IdSchema,
	title: z.string(),
	situationHtml: z.string(),
	modelRights: z.array(z.string()),
	modelNotesHtml: z.string(),
});
export type RightsCheckData = z.output<typeof RightsCheckDataSchema>;
