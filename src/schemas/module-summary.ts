import { z } from 'zod';
import { ModuleCheckInsSchema } from './evaluation.ts';
import { CompletionRuleSchema } from './module.ts';

// Fields in the order `src/data/course.ts` writes them, so parsed copies serialise the same way.
/**
 * What the browser needs to know about a module to show progress and decide completion.
 * Built at build time from `module.yaml` and the lessons' components, serialised into pages and
 * into the module list the SCORM packager reads (`scorm-contract.ts`).
 */
export const ModuleSummarySchema = z.object({
	id: z.string(),
	title: z.string(),
	version: z.string(),
	href: z.string(),
	/** The module's certificate page; absent in SCORM packages, where the LMS keeps the record. */
	certificateHref: z.string().optional(),
	completion: CompletionRuleSchema,
	/** The module this one is the easy read version of; either version completes it in a course. */
	easyReadOf: z.string().optional(),
	passMark: z.number(),
	estimatedMinutes: z.number(),
	lessons: z.array(z.object({ id: z.string(), title: z.string(), href: z.string() })),
	/** Question ids of the module's assessment quizzes: the module score is over these. */
	assessmentQuestionIds: z.array(z.string()),
	/** Every question id in the module, assessment or not. */
	questionIds: z.array(z.string()),
	/** Scenario ids played in the module, with their titles for the progress page. */
	scenarios: z.array(z.object({ id: z.string(), title: z.string() })),
});

export type ModuleSummary = z.output<typeof ModuleSummarySchema>;

/**
 * What a module asks at its start and end (`schemas/evaluation.ts`), and the outcomes its
 * confidence check-ins rate. Apart from `ModuleSummary` because that is serialised into every
 * lesson page for the progress islands, which do not need it (about 20 KB over a course package).
 */
export const ModuleEvaluationSchema = z.object({
	outcomes: z.array(z.object({ id: z.string(), text: z.string() })),
	checkIns: ModuleCheckInsSchema,
});

export type ModuleEvaluation = z.output<typeof ModuleEvaluationSchema>;

/** The summary with the evaluation settings: what a SCORM launch page knows of its module. */
export const ScormModuleSummarySchema = ModuleSummarySchema.extend(ModuleEvaluationSchema.shape);

export type ScormModuleSummary = z.output<typeof ScormModuleSummarySchema>;
