import { z } from 'zod';
import { IdSchema } from './ids.ts';

/** A UK phone number or short code as people write it: digits and single spaces, e.g. `0800 1111`. */
const DialSchema = z
	.string()
	.regex(
		/^\d+(?: \d+)*$/,
		'Write the number with digits and spaces only, for example `0800 1111`.',
	);

/** One way to reach a support line. `<CrisisBox>` turns calls and texts into `tel:` and `sms:` links. */
const SupportContactSchema = z.discriminatedUnion('method', [
	z.object({
		method: z.literal('call'),
		/** The number to call, e.g. `116 123`. */
		number: DialSchema,
		/** Extra words after the number, e.g. "and choose the mental health option". */
		note: z.string().min(1).optional(),
	}),
	z.object({
		method: z.literal('text'),
		/** The number to text, e.g. `85258`. */
		number: DialSchema,
		/** The word to send, e.g. `SHOUT`. */
		keyword: z.string().min(1).optional(),
	}),
	z.object({
		method: z.literal('online'),
		/** What to use, e.g. "1-2-1 counsellor chat". */
		service: z.string().min(1),
		/** Where to find it, as plain text, e.g. `childline.org.uk`. Shown as text, never as a link. */
		where: z
			.string()
			.min(1)
			.refine((value) => !/^[a-z]+:\/\//i.test(value), {
				message:
					'Write the address as plain text without `https://`, for example `childline.org.uk`: the course never links to other sites.',
			}),
	}),
]);

export type SupportContact = z.output<typeof SupportContactSchema>;

/**
 * One crisis or support line shown by `<CrisisBox />`, an entry of `content/support-lines.yaml`.
 * Numbers change, so every entry records when and where it was last checked.
 */
export const SupportLineSchema = z.object({
	/** Stable id for the entry. */
	id: IdSchema.describe('Stable id for the entry.'),
	/** Position in the box; lower numbers come first. */
	order: z.number().int().min(1).describe('Position in the box; lower numbers come first.'),
	/** The service's name as young people know it, e.g. "Childline". */
	name: z
		.string()
		.min(1)
		.describe('The service’s name as young people know it, for example Childline.'),
	/** What it is for and who can use it, in one short plain sentence. */
	purpose: z.string().min(1).describe('What it is for and who can use it, in one short sentence.'),
	/** How to reach it, in the order to show. */
	contacts: z
		.array(SupportContactSchema)
		.min(1, 'List at least one way to contact the service.')
		.describe('How to reach it, in the order to show: call, text or online.'),
	/** When it is open, in plain words, e.g. "Any time, day or night". */
	available: z.string().min(1).describe('When it is open, in plain words.'),
	/** True for 999: shown apart from the other lines, as the emergency number. */
	emergency: z
		.boolean()
		.default(false)
		.describe('true for 999 only: shown apart from the other lines, as the emergency number.'),
	/** Date the details were last checked against the organisation's own page, `YYYY-MM-DD`. */
	checked: z
		.preprocess(
			// Astro's YAML loader reads an unquoted `2026-12-06` as a Date; the course check reads text.
			(value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
			z.iso.date({
				error: 'Write the date the details were checked as `YYYY-MM-DD`, for example `2026-12-06`.',
			}),
		)
		.describe('Date the details were last checked, YYYY-MM-DD.'),
	/** The organisation's page the details were checked on, as plain text (never a link). */
	source: z
		.string()
		.min(1)
		.refine((value) => !/https?:\/\//i.test(value), {
			message:
				'Write the page as plain text without `https://`, for example `samaritans.org/how-we-can-help/contact-samaritan/`.',
		})
		.describe('Page the details were checked on, as plain text.'),
});

export type SupportLine = z.output<typeof SupportLineSchema>;
