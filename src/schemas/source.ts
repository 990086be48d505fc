import { z } from 'zod';
import { IdSchema } from './ids.ts';

/** One legal or guidance source that course text cites, read from `content/sources.yaml`. */
export const SourceSchema = z.object({
	/** Stable id used by `<LegalRef source="…">`, question `sources` and scenario `sources`. */
	id: IdSchema.describe('Stable id used by <LegalRef source="…"> and by `sources` lists.'),
	/** What kind of authority this is; shown beside the citation. */
	kind: z
		.enum(['legislation', 'case', 'guidance', 'convention', 'report', 'commentary'])
		.describe('legislation, case, guidance, convention, report or commentary.'),
	/** Short title as a reader would look it up, e.g. "Human Rights Act 1998". */
	title: z
		.string()
		.min(1)
		.describe('A short title as a reader would look it up, for example "Human Rights Act 1998".'),
	/** Formal citation, e.g. "1998 c.42" or "[2012] UKSC 2". */
	citation: z
		.string()
		.optional()
		.describe('The formal citation, for example "1998 c.42" or "[2012] UKSC 2".'),
	/** Date of the source, or of the version relied on, as written in the brief. */
	date: z.string().optional().describe('The date of the source, or of the version relied on.'),
	/** Where to read it, written as plain text (never a link: pages make no outside requests). */
	location: z.string().optional().describe('Where to read it, as plain text, never a link.'),
	/** False for citations the brief marks † (not re-checked against a retrieved copy). */
	verified: z
		.boolean()
		.default(true)
		.describe('false for a citation not yet checked against a copy of the source.'),
});

export type Source = z.output<typeof SourceSchema>;
