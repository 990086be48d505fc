import { z } from 'astro/zod';
import { IdSchema } from './ids.ts';
import { RIGHTS_CHECK_NOTICE_IDS, RIGHTS_CHECK_STEP_IDS } from './rights-check-ids.ts';

/** How a field is answered; `lines` is a text box read as one item per line. */
const RIGHTS_CHECK_FIELD_KINDS = [
	'text',
	'textarea',
	'lines',
	'radios',
	'checkboxes',
	'rights',
] as const;

export type FieldKind = (typeof RIGHTS_CHECK_FIELD_KINDS)[number];

/** One choice of a `radios` or `checkboxes` field. */
const RightsCheckOptionSchema = z.object({
	/** Saved in learners' answers. Never change it after release. */
	value: IdSchema.describe("Saved in learners' answers. Never change it after release."),
	/** The words beside the radio button or checkbox, also shown in the summary. */
	label: z.string().min(1).describe('The words beside the choice, also shown in the summary.'),
});

export type FieldOption = z.output<typeof RightsCheckOptionSchema>;

/** One question in a step: a text box, a set of choices, or the list of rights. */
const RightsCheckFieldSchema = z
	.object({
		/** Key the learner's answer is saved under. Never change it after release. */
		id: IdSchema.describe(
			"Key the learner's answer is saved under. Never change it after release.",
		),
		/** How it is answered. */
		kind: z
			.enum(RIGHTS_CHECK_FIELD_KINDS)
			.describe(
				'text (one line), textarea (a paragraph), lines (one item per line), radios (one choice), checkboxes (several choices) or rights (the course’s rights as checkboxes).',
			),
		/** The question, shown as the field's label. */
		label: z.string().min(1).describe('The question, shown as the label of the field.'),
		/** Help shown under the label. */
		hint: z.string().min(1).optional().describe('Help shown under the label.'),
		/** Short name for the answer in the summary, e.g. "Decision". */
		summaryLabel: z
			.string()
			.min(1)
			.describe('Short name for the answer in the summary, for example "Decision".'),
		/** Shown when the field is left empty; a field without one is optional. */
		requiredMessage: z
			.string()
			.min(1)
			.optional()
			.describe('Shown when the field is left empty; leave it out to make the field optional.'),
		/** The choices of a `radios` or `checkboxes` field, in the order shown. */
		options: z
			.array(RightsCheckOptionSchema)
			.min(1)
			.optional()
			.describe('The choices of a radios or checkboxes field, in the order shown.'),
	})
	.superRefine((field, ctx) => {
		const takesOptions = field.kind === 'radios' || field.kind === 'checkboxes';
		if (takesOptions && field.options === undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `a \`${field.kind}\` field needs \`options\`, each with a \`value\` and a \`label\``,
			});
		}
		if (!takesOptions && field.options !== undefined) {
			ctx.addIssue({
				code: 'custom',
				path: ['options'],
				message: `only \`radios\` and \`checkboxes\` fields have options; remove them or change \`kind\``,
			});
		}
		const seen = new Set<string>();
		for (const [index, option] of (field.options ?? []).entries()) {
			if (seen.has(option.value)) {
				ctx.addIssue({
					code: 'custom',
					path: ['options', index, 'value'],
					message: `\`${option.value}\` is already the value of another option of this field`,
				});
			}
			seen.add(option.value);
		}
	});

export type FieldDef = z.output<typeof RightsCheckFieldSchema>;

/** A legal anchor: a short citation shown under a step's help, with the source it points to. */
const RightsCheckAnchorSchema = z.object({
	/** Id of the source in `content/sources.yaml`. */
	source: IdSchema.describe('Id of the source in content/sources.yaml.'),
	/** The citation as shown after "Legal anchors:", e.g. "MHA Code of Practice (2015), ch. 1". */
	text: z
		.string()
		.min(1)
		.describe(
			'The citation as shown after "Legal anchors:", for example "MHA Code of Practice (2015), ch. 1".',
		),
});

/** One step of the Rights Check, an entry of `content/rights-check/steps.yaml`. */
export const RightsCheckStepSchema = z.object({
	/** Which step this is. The steps' order and what they check are fixed by the code. */
	id: z
		.enum(RIGHTS_CHECK_STEP_IDS)
		.describe("Which step this is; saved as the learner's position. Never change it."),
	/** Letter in the RIGHTS mnemonic; Voice and Record have none. */
	letter: z
		.string()
		.length(1)
		.optional()
		.describe('Letter in the RIGHTS mnemonic; Voice and Record have none.'),
	/** Step heading, e.g. "Recognise the decision". */
	label: z.string().min(1).describe('Step heading, for example "Recognise the decision".'),
	/** The question the step asks. */
	question: z.string().min(1).describe('The question the step asks.'),
	/** Plain-language help under the question. */
	help: z.string().min(1).describe('Plain-language help under the question.'),
	/** Short legal citations, each pointing to a source. */
	anchors: z
		.array(RightsCheckAnchorSchema)
		.min(1, 'Give the step at least one legal anchor.')
		.describe('Short legal citations, each with the source it points to.'),
	/** The questions the learner answers, in order. */
	fields: z
		.array(RightsCheckFieldSchema)
		.min(1, 'Give the step at least one field.')
		.describe('The questions the learner answers, in order.'),
});

export type StepDef = z.output<typeof RightsCheckStepSchema>;

/**
 * The words of one warning or panel, an entry of `content/rights-check/notices.yaml`. When it is
 * shown, and how it looks, is decided by the code.
 */
export const RightsCheckNoticeSchema = z.object({
	/** Which notice this is. */
	id: z.enum(RIGHTS_CHECK_NOTICE_IDS).describe('Which notice this is. Never change it.'),
	/** Heading of the panel. */
	title: z.string().min(1).describe('Heading of the panel.'),
	/** What to do and why, in a sentence or a short paragraph. */
	body: z
		.string()
		.min(1)
		.describe(
			'What to do and why. In the `aim` notice, `{words}` stands for the learner’s own words.',
		),
	/** Suggestions listed under the body. */
	points: z
		.array(z.string().min(1))
		.min(1)
		.optional()
		.describe('Suggestions listed under the body.'),
});

export type NoticeText = z.output<typeof RightsCheckNoticeSchema>;
