import { z } from 'zod';
import { IdSchema } from './ids.ts';

export const QuestionTypeSchema = z.enum(['single', 'multiple', 'true-false']);
export type QuestionType = z.output<typeof QuestionTypeSchema>;

const OptionDataSchema = z.object({
	/** Stable id within the question; stored as the learner's response. */
	id: IdSchema,
	labelHtml: z.string(),
	correct: z.boolean(),
	/** Feedback for this option, shown after the learner submits. */
	feedbackHtml: z.string(),
});

const QuestionDataSchema = z.object({
	id: IdSchema,
	type: QuestionTypeSchema,
	promptHtml: z.string(),
	options: z.array(OptionDataSchema),
	/** Overall feedback when the answer is right. */
	correctHtml: z.string(),
	/** Overall feedback when the answer is wrong. */
	incorrectHtml: z.string(),
	/** Ids from `content/sources.yaml`. */
	sources: z.array(IdSchema),
	/** Learning outcome id from `module.yaml` the question checks. */
	outcome: IdSchema.optional(),
});

export const QuizDataSchema = z.object({
	id: IdSchema,
	title: z.string(),
	/** Assessment quizzes set the module score. */
	assessment: z.boolean(),
	/** Attempts allowed per question; 0 means unlimited. */
	attempts: z.number().int().min(0),
	questions: z.array(QuestionDataSchema),
});

export type OptionData = z.output<typeof OptionDataSchema>;
export type QuestionData = z.output<typeof QuestionDataSchema>;
export type QuizData = z.output<typeof QuizDataSchema>;
