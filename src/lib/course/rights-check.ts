/**
 * The Rights Check: eight steps (RIGHTS, then Voice and Record) that turn the structured test for
 * limiting rights into questions staff can ask in the moment. Content brief §3 describes the
 * model; the wording is ours.
 *
 * The words (each step's question, help, legal anchors and fields, and the notices' text) are
 * content, in `content/rights-check/steps.yaml` and `notices.yaml`, checked against
 * `src/schemas/rights-check.ts`. This module holds the rules: which notice a step shows, when the
 * absolute-rights gate stops the learner, and how answers read back in the summary. The fields
 * and option values the rules read are listed in `RULE_FIELDS`, which the course check holds the
 * content to.
 *
 * Answers are stored as `Record<field id, string | string[]>` in `ModuleProgress.checks`, with
 * `POSITION_KEY` holding the step the learner is on (or `summary`) so a reload returns there.
 * Step ids, field ids and option values are stored: never rename one.
 */
import {
	RIGHTS_CHECK_NOTICE_IDS,
	RIGHTS_CHECK_STEP_IDS,
	type NoticeId,
	type StepId,
} from '../../schemas/rights-check-ids.ts';
// Types only: the schemas module carries zod, which the island must not load.
import type { FieldDef, FieldKind, NoticeText, StepDef } from '../../schemas/rights-check.ts';
import { joinList, rightLabel } from './right-label.ts';

export type { NoticeId, StepId } from '../../schemas/rights-check-ids.ts';
export type { FieldDef, FieldOption, StepDef } from '../../schemas/rights-check.ts';

export type Answers = Readonly<Record<string, string | readonly string[]>>;

/** Answers key holding where the learner is: a step id or `SUMMARY`. */
export const POSITION_KEY = 'position';
export const SUMMARY = 'summary';

/** The Rights Check's words, as the island receives them: serialisable data. */
export interface RightsCheckContent {
	/** The eight steps, in `RIGHTS_CHECK_STEP_IDS` order. */
	steps: readonly StepDef[];
	notices: Readonly<Record<NoticeId, NoticeText>>;
}

/**
 * Puts the entries of `content/rights-check/` together: steps in the fixed order, notices by id.
 * Throws when a step or notice is missing; the course check reports that, with its file, first.
 */
export function rightsCheckContent(
	steps: readonly StepDef[],
	notices: readonly NoticeText[],
): RightsCheckContent {
	const missing = [
		...RIGHTS_CHECK_STEP_IDS.filter((id) => !steps.some((step) => step.id === id)),
		...RIGHTS_CHECK_NOTICE_IDS.filter((id) => !notices.some((notice) => notice.id === id)),
	];
	if (missing.length > 0) {
		throw new Error(
			`The Rights Check has no ${missing.map((id) => `\`${id}\``).join(', ')} in \`content/rights-check/\`.`,
		);
	}
	return {
		steps: RIGHTS_CHECK_STEP_IDS.map((id) => steps.find((step) => step.id === id)!),
		notices: Object.fromEntries(
			RIGHTS_CHECK_NOTICE_IDS.map((id) => [id, notices.find((notice) => notice.id === id)!]),
		) as Record<NoticeId, NoticeText>,
	};
}

/** A field the rules below read: where it must be, how it is answered, the values compared. */
export interface RuleField {
	step: StepId;
	kind: FieldKind;
	/** Option values the rules compare answers with. */
	values?: readonly string[];
	/** The gate relies on an answer, so the field must have a `requiredMessage`. */
	required?: boolean;
}

/** Every field id the rules read, so the course check can keep the content in step with them. */
export const RULE_FIELDS: Readonly<Record<string, RuleField>> = {
	scope: { step: 'recognise', kind: 'radios', values: ['individual'] },
	rights: { step: 'identify', kind: 'rights' },
	'art3-risk': { step: 'guard', kind: 'radios', values: ['no'], required: true },
	'art2-risk': { step: 'guard', kind: 'radios', values: ['possibly', 'yes'], required: true },
	basis: { step: 'basis', kind: 'radios', values: ['policy-only', 'none', 'parent'] },
	aim: { step: 'aim', kind: 'radios', values: ['other'] },
	'aim-text': { step: 'aim', kind: 'textarea' },
	'review-when': { step: 'smallest', kind: 'text' },
	'young-person-view': { step: 'voice', kind: 'textarea' },
	done: { step: 'record', kind: 'checkboxes', values: ['register'] },
};

/** Stands for the learner's words in the `aim` notice's body. */
export const AIM_WORDS = '{words}';

export interface Notice {
	id: NoticeId;
	/** `stop` blocks progress; `warning` asks for action; `info` is a reminder. */
	tone: 'stop' | 'warning' | 'info';
	title: string;
	body: string;
	points?: string[];
}

const NOTICE_TONES: Readonly<Record<NoticeId, Notice['tone']>> = {
	blanket: 'warning',
	register: 'info',
	redesign: 'stop',
	protect: 'warning',
	basis: 'warning',
	'parent-consent': 'warning',
	aim: 'warning',
	'aim-other': 'info',
	'review-date': 'warning',
	voice: 'info',
};

function notice(content: RightsCheckContent, id: NoticeId): Notice {
	const { title, body, points } = content.notices[id];
	return { id, tone: NOTICE_TONES[id], title, body, ...(points ? { points } : {}) };
}

const CATEGORY_LABELS: Record<string, string> = {
	absolute: 'Absolute right: can never be limited',
	limited: 'Limited right: can be limited only in the ways the Article sets out',
	qualified: 'Qualified right: can be limited if lawful, for a legitimate aim and proportionate',
	'non-freestanding': 'Works alongside the other rights',
};

/** A right's category as a short explanation, for the hint beside each right. */
export function categoryLabel(category: string): string {
	return CATEGORY_LABELS[category] ?? category;
}

export function findStepDef(content: RightsCheckContent, id: string): StepDef | undefined {
	return content.steps.find((step) => step.id === id);
}

/** A text answer, trimmed; `''` when missing or a list. */
export function answerText(answers: Answers, id: string): string {
	const value = answers[id];
	return typeof value === 'string' ? value.trim() : '';
}

/** A list answer; a text answer is read one item per non-empty line. */
export function answerList(answers: Answers, id: string): string[] {
	const value = answers[id];
	if (value === undefined) return [];
	if (typeof value === 'string') {
		return value
			.split(/\r?\n/)
			.map((line) => line.trim())
			.filter(Boolean);
	}
	return [...value];
}

function isEmpty(answers: Answers, field: FieldDef): boolean {
	return field.kind === 'checkboxes' || field.kind === 'rights' || field.kind === 'lines'
		? answerList(answers, field.id).length === 0
		: answerText(answers, field.id) === '';
}

/** Messages for the step's required fields left empty, keyed by field id, in field order. */
export function stepErrors(step: StepDef, answers: Answers): Record<string, string> {
	const errors: Record<string, string> = {};
	for (const field of step.fields) {
		if (field.requiredMessage !== undefined && isEmpty(answers, field)) {
			errors[field.id] = field.requiredMessage;
		}
	}
	return errors;
}

/** A decision for more than one young person without individual assessment. */
export function isBlanket(answers: Answers): boolean {
	const scope = answerText(answers, 'scope');
	return scope !== '' && scope !== 'individual';
}

export interface GuardResult {
	/** Article 3 risk is not ruled out: the learner must redesign before going on. */
	stop: boolean;
	/** A possible real and immediate risk to life: show the duty to protect. */
	protect: boolean;
}

/** The absolute-rights gate. An unanswered Article 3 question does not stop; it is required instead. */
export function guardCheck(answers: Answers): GuardResult {
	const art3 = answerText(answers, 'art3-risk');
	const art2 = answerText(answers, 'art2-risk');
	return {
		stop: art3 !== '' && art3 !== 'no',
		protect: art2 === 'possibly' || art2 === 'yes',
	};
}

/** Words in an aim that point to convenience or habit rather than a legitimate aim. */
const NOT_AIMS: readonly RegExp[] = [
	/\b(?:under-?|short[- ]?)staffed\b|\bstaffing\b|\bstaff shortages?\b|\bnot enough staff\b/i,
	/\beasier\b|\bconvenien(?:t|ce)\b/i,
	/\balways (?:been )?(?:done|do|did)\b/i,
	/\brules?\b/i,
];

/** The words in the aim text that suggest it is not a legitimate aim, as the learner wrote them. */
export function aimConcerns(answers: Answers): string[] {
	const text = answerText(answers, 'aim-text');
	return NOT_AIMS.flatMap((pattern) => pattern.exec(text)?.[0] ?? []);
}

function aimNotice(content: RightsCheckContent, concerns: readonly string[]): Notice {
	const quoted = concerns.map((word) => `“${word}”`);
	const text = notice(content, 'aim');
	return { ...text, body: text.body.replace(AIM_WORDS, () => joinList(quoted)) };
}

/** The warnings and panels a step shows for the answers so far. */
export function stepNotices(
	content: RightsCheckContent,
	stepId: StepId,
	answers: Answers,
): Notice[] {
	switch (stepId) {
		case 'recognise':
			return isBlanket(answers) ? [notice(content, 'blanket')] : [];
		case 'guard': {
			const { stop, protect } = guardCheck(answers);
			return [
				...(stop ? [notice(content, 'redesign')] : []),
				...(protect ? [notice(content, 'protect')] : []),
			];
		}
		case 'basis': {
			const basis = answerText(answers, 'basis');
			if (basis === 'policy-only' || basis === 'none') return [notice(content, 'basis')];
			if (basis === 'parent') return [notice(content, 'parent-consent')];
			return [];
		}
		case 'aim': {
			const concerns = aimConcerns(answers);
			return [
				...(concerns.length > 0 ? [aimNotice(content, concerns)] : []),
				...(answerText(answers, 'aim') === 'other' ? [notice(content, 'aim-other')] : []),
			];
		}
		default:
			return [];
	}
}

interface SummaryItem {
	fieldId: string;
	label: string;
	/** Readable answer; a list for multi-value answers; empty when not answered. */
	value: string | string[];
}

interface SummarySection {
	stepId: StepId;
	heading: string;
	items: SummaryItem[];
}

export interface SummaryCard {
	sections: SummarySection[];
	/** Everything the learner should act on, in step order. */
	notices: Notice[];
	chosenRights: string[];
	/** Rights in the model answer the learner did not select. */
	missedRights: string[];
	/** Rights the learner selected that the model answer does not list: worth discussing, not wrong. */
	extraRights: string[];
	missingReviewDate: boolean;
}

export interface SummariseOptions {
	/** Readable name for a right id; defaults to "Article 8" style labels. */
	rightName?: (id: string) => string;
}

function readable(field: FieldDef, answers: Answers, rightName: (id: string) => string) {
	switch (field.kind) {
		case 'text':
		case 'textarea':
			return answerText(answers, field.id);
		case 'lines':
			return answerList(answers, field.id);
		case 'rights':
			return answerList(answers, field.id).map(rightName);
		case 'radios': {
			const value = answerText(answers, field.id);
			return (field.options ?? []).find((option) => option.value === value)?.label ?? value;
		}
		case 'checkboxes': {
			const chosen = answerList(answers, field.id);
			return (field.options ?? [])
				.filter((option) => chosen.includes(option.value))
				.map((option) => option.label);
		}
	}
}

/**
 * The plain-language summary card shown when the learner finishes, with everything to act on and,
 * when the activity has a model answer, the rights the learner missed.
 */
export function summarise(
	content: RightsCheckContent,
	answers: Answers,
	modelRights: readonly string[],
	{ rightName = rightLabel }: SummariseOptions = {},
): SummaryCard {
	const sections = content.steps.map((step) => ({
		stepId: step.id,
		heading: step.label,
		items: step.fields.map((field) => ({
			fieldId: field.id,
			label: field.summaryLabel,
			value: readable(field, answers, rightName),
		})),
	}));

	const chosenRights = answerList(answers, 'rights');
	const missingReviewDate = answerText(answers, 'review-when') === '';
	const blanket = isBlanket(answers);

	const notices: Notice[] = [
		...content.steps.flatMap((step) => stepNotices(content, step.id, answers)),
		...(blanket && !answerList(answers, 'done').includes('register')
			? [notice(content, 'register')]
			: []),
		...(missingReviewDate ? [notice(content, 'review-date')] : []),
		...(answerText(answers, 'young-person-view') === '' ? [notice(content, 'voice')] : []),
	];

	return {
		sections,
		notices,
		chosenRights,
		missedRights: modelRights.filter((id) => !chosenRights.includes(id)),
		extraRights:
			modelRights.length === 0 ? [] : chosenRights.filter((id) => !modelRights.includes(id)),
		missingReviewDate,
	};
}
