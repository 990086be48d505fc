import { z } from 'zod';
import { ModuleEvaluationSchema } from './evaluation.ts';
import { IdSchema } from './ids.ts';

/** How a module counts as complete. */
export const CompletionRuleSchema = z
	.enum(['all-lessons', 'pass-assessment', 'all-lessons-and-pass-assessment'])
	.describe(
		'all-lessons: every lesson visited; pass-assessment: assessment score at or above passMark; all-lessons-and-pass-assessment: both.',
	);
export type CompletionRule = z.output<typeof CompletionRuleSchema>;

/** Metadata for one module, read from `modules/<folder>/module.yaml`. */
export const ModuleSchema = z.object({
	/** Stable id stored in learners' progress and in SCORM data. Never change it after release. */
	id: IdSchema.describe('Stable id stored in learners’ progress. Never change it after release.'),
	/** Module title as learners see it. */
	title: z.string().min(1).describe('The module title as learners see it.'),
	/** One or two sentences for the course home page. */
	summary: z
		.string()
		.min(1)
		.describe('One or two sentences about the module for the course home page.'),
	/** Who the module is written for. */
	audience: z
		.string()
		.min(1)
		.describe('Who the module is written for, for example all ward staff.'),
	/** Position on the course home page; lower numbers come first. */
	order: z
		.number()
		.int()
		.min(0)
		.describe('The position on the course home page; lower numbers come first.'),
	/** Content version, e.g. `1.0.0`. Shown on certificates and carried into SCORM file names. */
	version: z
		.string()
		.regex(/^\d+\.\d+\.\d+$/, 'Write the version as three numbers, for example `1.0.0`.')
		.describe('Content version, e.g. 1.0.0.'),
	/** Estimated time to complete, in minutes. */
	estimatedMinutes: z.number().int().positive().describe('Estimated minutes to complete.'),
	/** What learners can do at the end. Questions point at these ids with `outcome="…"`. */
	outcomes: z
		.array(
			z.object({
				id: IdSchema.describe('Stable id that questions name in `outcome="…"`.'),
				text: z.string().min(1).describe('What learners can do at the end, in one sentence.'),
			}),
		)
		.min(1, 'List at least one learning outcome.')
		.describe('What learners can do at the end, each with an id and a text.'),
	/** How the module counts as complete. */
	completion: CompletionRuleSchema,
	/** Percent needed to pass the end-of-module assessment. */
	passMark: z.number().int().min(0).max(100).describe('Percent needed to pass the assessment.'),
	/**
	 * Id of the module this one is the easy read version of. Its pages get large text and generous
	 * line spacing, and the first lesson of that module links here.
	 */
	easyReadOf: IdSchema.optional().describe(
		'Id of the module this one is the easy read version of, e.g. speaking-up.',
	),
	/**
	 * Confidence before and after, feedback and the course baseline (`schemas/evaluation.ts`):
	 * what the module asks so a trust can show whether the course works.
	 */
	...ModuleEvaluationSchema,
});

export type CourseModule = z.output<typeof ModuleSchema>;

/** Frontmatter of one lesson, `modules/<folder>/NN-<slug>.mdx`. */
export const LessonSchema = z.object({
	/** Stable id, unique within the course. Progress and bookmarks use it. */
	id: IdSchema,
	/** Lesson title. */
	title: z.string().min(1),
	/** Optional one-line summary shown in the module overview. */
	summary: z.string().optional(),
	/** A warning shown before the lesson text, for restraint, self-harm or similar content. */
	contentWarning: z.string().optional(),
});

export type Lesson = z.output<typeof LessonSchema>;
