import { z } from 'zod';
import { idList, IdSchema } from './ids.ts';

/** One glossary term, an entry of `content/glossary.yaml`. `<Term id="…">` links to it. */
export const GlossaryEntrySchema = z.object({
	/** Stable id used by `<Term id="…">` and as the anchor on the glossary page. */
	id: IdSchema.describe('Stable id used by <Term id="…"> and as the anchor on the glossary page.'),
	/** The term as it appears in text. */
	term: z.string().min(1).describe('The term as it appears in text.'),
	/** Plain-language definition in one to three sentences. */
	definition: z.string().min(1).describe('A plain-language definition in one to three sentences.'),
	/** Ids from `content/sources.yaml` for the legal meaning, where there is one. */
	sources: idList(IdSchema)
		.default([])
		.describe('Ids from content/sources.yaml for the legal meaning, where there is one.'),
});

export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;
