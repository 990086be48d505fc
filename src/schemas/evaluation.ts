/**
 * The evaluation settings of `module.yaml` and of the module summary (`evaluation-ids.ts` has the
 * ids and scales, without zod, for the islands).
 */
import { z } from 'zod';
import { BASELINE_PARTS } from './evaluation-ids.ts';

/** What `module.yaml` says a module asks (all optional: confidence and feedback are on by default). */
export const ModuleEvaluationSchema = {
	confidence: z
		.boolean()
		.default(true)
		.describe(
			'Ask learners to rate their confidence in each outcome (1 to 5) at the start and end of the module. On unless set to false.',
		),
	feedback: z
		.boolean()
		.default(true)
		.describe(
			'Ask for feedback (relevance, clarity, what to change) after the last lesson. On unless set to false.',
		),
	baseline: z
		.object({
			start: z.array(z.enum(BASELINE_PARTS)).default([]),
			end: z.array(z.enum(BASELINE_PARTS)).default([]),
		})
		.strict()
		.optional()
		.describe(
			'Course baseline questions asked with this module’s start or end check-in: rights-named, everyday-decisions.',
		),
};

/** A module's evaluation settings as the browser and the SCORM packager need them. */
export const ModuleCheckInsSchema = z.object({
	confidence: z.boolean(),
	feedback: z.boolean(),
	baseline: z.object({
		start: z.array(z.enum(BASELINE_PARTS)),
		end: z.array(z.enum(BASELINE_PARTS)),
	}),
});
