import { z } from 'zod';
import { idList, IdSchema, RightIdSchema } from './ids.ts';

/** How far a right can be limited: the three-way grouping the course uses, plus Article 14. */
const RightCategorySchema = z.enum(['absolute', 'limited', 'qualified', 'non-freestanding']);
export type RightCategory = z.output<typeof RightCategorySchema>;

/** One of the 16 Convention rights in Schedule 1 to the Human Rights Act, from `content/rights/<id>.yaml`. */
export const RightSchema = z.object({
	/** Stable id, also the page slug: `art-2` … `art-14`, `p1-1` … `p1-3`, `p13-1`. */
	id: RightIdSchema.describe('The right’s id, also its page address, for example art-8 or p1-1.'),
	/** Position in Schedule 1 order (1 to 16), used to list the rights. */
	order: z
		.number()
		.int()
		.min(1)
		.max(16)
		.describe('The position in Schedule 1 order, from 1 to 16.'),
	/** Article reference as people say it, e.g. "Article 8" or "Article 1 of Protocol 1". */
	article: z
		.string()
		.min(1)
		.describe(
			'The article as people say it, for example "Article 8" or "Article 1 of Protocol 1".',
		),
	/** Short label, e.g. "Art 8" or "P1-1". */
	shortLabel: z.string().min(1).describe('A short label, for example "Art 8" or "P1-1".'),
	/** Name of the right in plain words. */
	name: z.string().min(1).describe('The name of the right in plain words.'),
	/** Absolute, limited, qualified, or non-freestanding (Article 14). */
	category: RightCategorySchema.describe('absolute, limited, qualified or non-freestanding.'),
	/** One or two sentences on why the category applies (e.g. Article 9: belief absolute, manifesting qualified). */
	categoryNote: z.string().min(1).describe('One or two sentences on why the category applies.'),
	/** Plain-language summary of what the right protects. */
	summary: z.string().min(1).describe('A plain-language summary of what the right protects.'),
	/** How often it comes up on children and young people's wards, from the brief's summary table. */
	onWards: z
		.enum(['very often', 'often', 'sometimes', 'occasionally', 'rarely', 'no'])
		.describe('How often it comes up on children and young people’s wards.'),
	/** Everyday ward examples, each with its own sources. */
	examples: z
		.array(
			z.object({
				title: z.string().min(1).describe('A short heading for the example.'),
				text: z.string().min(1).describe('The example, in a few sentences.'),
				sources: idList(IdSchema)
					.default([])
					.describe('Ids from content/sources.yaml for this example.'),
			}),
		)
		.min(1)
		.describe('Everyday ward examples, each with a title, a text and its sources.'),
	/** Ids from `content/sources.yaml` supporting the summary and category. */
	sources: idList(IdSchema, { min: 1 }).describe(
		'Ids from content/sources.yaml supporting the summary and category.',
	),
});

export type Right = z.output<typeof RightSchema>;
