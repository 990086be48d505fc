import { z } from 'zod';
import { idList, IdSchema } from './ids.ts';

/**
 * YAML loaders differ on dates: Astro's (js-yaml) turns an unquoted `2027-02-28` into a `Date`,
 * the course check's (`yaml`) keeps it as text. Both become `YYYY-MM-DD` text here.
 */
function dateAsText(value: unknown): unknown {
	return value instanceof Date && !Number.isNaN(value.getTime())
		? value.toISOString().slice(0, 10)
		: value;
}

/** A calendar day as `YYYY-MM-DD`, e.g. `2027-02-28`. */
const DaySchema = z.preprocess(
	dateAsText,
	z
		.string({ error: 'Write the date as year-month-day, for example `2027-02-28`.' })
		.regex(
			/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
			'Write the date as year-month-day, for example `2027-02-28`.',
		),
);

/** A month (`YYYY-MM`) or a day (`YYYY-MM-DD`), e.g. `2026-11`. */
const MonthOrDaySchema = z.preprocess(
	dateAsText,
	z
		.string({ error: 'Write the date as year-month, for example `2026-11`, or add the day.' })
		.regex(
			/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/,
			'Write the date as year-month, for example `2026-11`, or year-month-day, for example `2026-11-30`.',
		),
);

/**
 * One statement of the law that is changing or may change, read from `content/law/<id>.yaml`.
 * Lessons show it with `<LawStatus law="<id>" />`; the /law/ page lists every item. The course
 * check warns once `reviewBy` has passed, and the content tests fail then.
 */
export const LawItemSchema = z.object({
	/** Stable id that lessons use in `<LawStatus law="…">`. */
	id: IdSchema.describe('Stable id that lessons use in <LawStatus law="…">.'),
	/** Short heading for the notice, e.g. "Deprivation of liberty after June 2026". */
	title: z
		.string()
		.min(1, 'Give the item a short title, for example `Votes at 16`.')
		.describe('Short heading shown above the notice and on the Law as at page.'),
	/**
	 * What the law is now, in our own words: plain text or simple Markdown (paragraphs, lists,
	 * **bold**, *italics*). No components or HTML: the sources are listed from `sources`.
	 */
	says: z
		.string()
		.min(1, 'Say what the law is now, in a sentence or two of our own words.')
		.describe(
			'What the law is now, in our own words: plain text or simple Markdown (paragraphs, lists, bold, italics).',
		),
	/** When the statement was last checked against its sources: a month or a day. */
	asAt: MonthOrDaySchema.describe(
		'When the statement was last checked against its sources, as 2026-11 or 2026-11-30.',
	),
	/** The day by which the statement must be checked again; the check warns after it. */
	reviewBy: DaySchema.describe(
		'The day by which the statement must be checked again, as 2027-02-28. After it, the build warns and the content tests fail.',
	),
	/** Ids from `content/sources.yaml` that support the statement, most authoritative first. */
	sources: idList(IdSchema, { min: 1 }).describe(
		'Ids from content/sources.yaml that support the statement, most authoritative first.',
	),
	/** Learning outcome ids (from any `modules/*\/module.yaml`) that depend on this statement. */
	outcomes: idList(IdSchema)
		.default([])
		.describe('Learning outcome ids from modules/*/module.yaml that depend on this statement.'),
});

export type LawItem = z.output<typeof LawItemSchema>;

/** Props of `<LawStatus>`: which item of `content/law/` to show. */
export const LawStatusPropsSchema = z.object({
	/** Id of an item in `content/law/`, e.g. `dol-2026`. */
	law: IdSchema.describe('Id of an item in content/law/, e.g. dol-2026.'),
});

export type LawStatusProps = z.input<typeof LawStatusPropsSchema>;
