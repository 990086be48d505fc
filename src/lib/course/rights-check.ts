/**
 * The Rights Check: eight steps (RIGHTS, then Voice and Record) that turn the structured test for
 * limiting rights into questions staff can ask in the moment. Content brief §3 describes the
 * model; the wording here is ours.
 *
 * Answers are stored as `Record<field id, string | string[]>` in `ModuleProgress.checks`, with
 * `POSITION_KEY` holding the step the learner is on (or `summary`) so a reload returns there.
 * Field ids are stored: never rename one.
 */
import { joinList, rightLabel } from './right-label.ts';

export type Answers = Readonly<Record<string, string | readonly string[]>>;

export type StepId =
	'recognise' | 'identify' | 'guard' | 'basis' | 'aim' | 'smallest' | 'voice' | 'record';

/** Answers key holding where the learner is: a step id or `SUMMARY`. */
export const POSITION_KEY = 'position';
export const SUMMARY = 'summary';

export interface FieldOption {
	value: string;
	label: string;
}

interface FieldBase {
	/** Key in the stored answers. */
	id: string;
	label: string;
	hint?: string;
	/** Label in the summary card. */
	summaryLabel: string;
	/** Shown when a required field is left empty; a field without one is optional. */
	requiredMessage?: string;
}

export type FieldDef =
	| (FieldBase & { kind: 'text' })
	| (FieldBase & { kind: 'textarea' })
	/** A textarea read as one item per line. */
	| (FieldBase & { kind: 'lines' })
	| (FieldBase & { kind: 'radios'; options: FieldOption[] })
	| (FieldBase & { kind: 'checkboxes'; options: FieldOption[] })
	/** Checkboxes for the course's rights, which the island supplies. */
	| (FieldBase & { kind: 'rights' });

export interface StepDef {
	id: StepId;
	/** Letter in the RIGHTS mnemonic; Voice and Record have none. */
	letter?: string;
	label: string;
	question: string;
	help: string;
	/** Short legal citations. */
	anchors: string[];
	fields: FieldDef[];
}

export interface Notice {
	id:
		| 'blanket'
		| 'register'
		| 'redesign'
		| 'protect'
		| 'basis'
		| 'parent-consent'
		| 'aim'
		| 'aim-other'
		| 'review-date'
		| 'voice';
	/** `stop` blocks progress; `warning` asks for action; `info` is a reminder. */
	tone: 'stop' | 'warning' | 'info';
	title: string;
	body: string;
	points?: string[];
}

const RISK_OPTIONS: FieldOption[] = [
	{ value: 'no', label: 'No' },
	{ value: 'possibly', label: 'Possibly' },
	{ value: 'yes', label: 'Yes' },
];

export const STEPS: readonly StepDef[] = [
	{
		id: 'recognise',
		letter: 'R',
		label: 'Recognise the decision',
		question: 'What exactly is being decided, for whom, and for how long?',
		help: 'Be specific. “Take Sam’s phone away overnight for three nights” is a decision you can test; “phone rules” is not. If it would apply to everyone, or to a whole group, without looking at each young person’s needs, it may be a blanket restriction.',
		anchors: ['MHA Code of Practice (2015), ch. 1', 'MHA Code of Practice (2015), para 8.5'],
		fields: [
			{
				id: 'decision',
				kind: 'textarea',
				label: 'What is being decided?',
				hint: 'Describe the plan or rule in a sentence or two.',
				summaryLabel: 'Decision',
				requiredMessage: 'Describe the decision',
			},
			{
				id: 'scope',
				kind: 'radios',
				label: 'Who would it apply to?',
				summaryLabel: 'Applies to',
				requiredMessage: 'Select who the decision would apply to',
				options: [
					{ value: 'individual', label: 'One young person, based on an assessment of their needs' },
					{ value: 'group', label: 'A group of young people' },
					{ value: 'ward', label: 'Everyone on the ward' },
				],
			},
			{
				id: 'duration',
				kind: 'text',
				label: 'For how long?',
				hint: 'For example: tonight only, 48 hours, or until the next ward round.',
				summaryLabel: 'For how long',
			},
		],
	},
	{
		id: 'identify',
		letter: 'I',
		label: 'Identify the rights',
		question: 'Which rights does this touch, for this young person and for anyone else?',
		help: 'Look beyond the young person at the centre: other young people on the ward, parents, brothers and sisters. Most decisions touch more than one right. A bedroom search, for example, can involve privacy (Article 8), belongings (Article 1 of Protocol 1), sometimes belief (Article 9), and the manner of the search itself (Article 3).',
		anchors: ['Human Rights Act 1998, Sch. 1', 'ECHR Art. 14'],
		fields: [
			{
				id: 'rights',
				kind: 'rights',
				label: 'Which rights are engaged?',
				hint: 'Select all that apply.',
				summaryLabel: 'Rights engaged',
			},
			{
				id: 'affects-others',
				kind: 'radios',
				label: 'Does it affect anyone else, such as other young people or family?',
				summaryLabel: 'Affects others',
				options: [
					{ value: 'yes', label: 'Yes' },
					{ value: 'no', label: 'No' },
					{ value: 'unsure', label: 'Not sure' },
				],
			},
			{
				id: 'unequal-impact',
				kind: 'textarea',
				label: 'Could it affect some young people more than others?',
				hint: 'For example autistic young people, young people with a learning disability, or young people of a particular faith, ethnicity, sex or gender identity (Article 14 and the Equality Act 2010).',
				summaryLabel: 'Unequal impact',
			},
		],
	},
	{
		id: 'guard',
		letter: 'G',
		label: 'Guard the absolute rights',
		question:
			'Could this, or the way it is done, be inhuman or degrading? Is anyone’s life at real and immediate risk?',
		help: 'Some rights cannot be weighed against anything else. Nothing, including staffing pressures or the needs of other patients, justifies inhuman or degrading treatment. If the plan could cross that line, change the plan rather than trying to balance it. Where staff know, or ought to know, of a real and immediate risk to life, they must take reasonable steps to protect the young person.',
		anchors: [
			'ECHR Arts. 2 and 3',
			'Rabone v Pennine Care NHS Foundation Trust [2012] UKSC 2',
			'Bouyid v Belgium (2015) ECtHR',
			'Herczegfalvy v Austria (1992) ECtHR',
		],
		fields: [
			{
				id: 'art3-risk',
				kind: 'radios',
				label: 'Could the plan, or the way it would be carried out, be inhuman or degrading?',
				summaryLabel: 'Could be inhuman or degrading',
				requiredMessage: 'Select whether the plan could be inhuman or degrading',
				options: RISK_OPTIONS,
			},
			{
				id: 'art2-risk',
				kind: 'radios',
				label: 'Is there a real and immediate risk to anyone’s life?',
				summaryLabel: 'Real and immediate risk to life',
				requiredMessage: 'Select whether there is a real and immediate risk to life',
				options: RISK_OPTIONS,
			},
		],
	},
	{
		id: 'basis',
		letter: 'H',
		label: 'Have a legal basis',
		question: 'What legal power, or whose valid consent, allows this?',
		help: 'Name the power or the consent, not only the policy. A policy can set out how a power is used, but there has to be a power behind it. Consent has to be valid: Gillick competence for under-16s, and capacity under the Mental Capacity Act for 16 and 17 year olds.',
		anchors: [
			'Mental Health Act 1983, incl. ss.63 and 131',
			'Mental Capacity Act 2005, ss.5–6',
			'Re D (A Child) [2019] UKSC 42',
			'R (Munjaz) v Mersey Care NHS Trust [2005] UKHL 58',
		],
		fields: [
			{
				id: 'basis',
				kind: 'radios',
				label: 'What is the legal basis?',
				summaryLabel: 'Legal basis',
				options: [
					{
						value: 'mha',
						label:
							'Detention under the Mental Health Act (with treatment under section 63 where relevant)',
					},
					{ value: 'holding-power', label: 'A holding power under the Mental Health Act' },
					{
						value: 'consent-gillick',
						label: 'Consent from a young person under 16 who is Gillick competent',
					},
					{ value: 'consent-capacity', label: 'Consent from a 16 or 17 year old who has capacity' },
					{
						value: 'parent',
						label: 'Consent from a parent or someone else with parental responsibility',
					},
					{
						value: 'mca',
						label: 'Mental Capacity Act sections 5 and 6 (a 16 or 17 year old who lacks capacity)',
					},
					{ value: 'court-order', label: 'A court order' },
					{ value: 'policy-only', label: 'Only a ward or trust policy' },
					{ value: 'none', label: 'None, or I’m not sure' },
				],
			},
			{
				id: 'basis-detail',
				kind: 'text',
				label: 'Details',
				hint: 'For example the section, who gave consent, or which order.',
				summaryLabel: 'Details of the basis',
			},
		],
	},
	{
		id: 'aim',
		letter: 'T',
		label: 'Target a legitimate aim',
		question: 'What is this for, and is that a reason the law accepts?',
		help: 'Qualified rights, such as privacy or freedom of expression, can be limited only for reasons the Article itself lists: protecting health, protecting other people’s rights and safety, or preventing crime, for example. Making life easier for staff, covering a staff shortage, or “it has always been the rule” are not among them.',
		anchors: ['ECHR Arts. 8(2), 9(2), 10(2) and 11(2)'],
		fields: [
			{
				id: 'aim',
				kind: 'radios',
				label: 'Which aim does it serve?',
				summaryLabel: 'Aim',
				options: [
					{ value: 'protect-health', label: 'Protecting this young person’s health or life' },
					{ value: 'protect-others', label: 'Protecting other people’s safety or rights' },
					{ value: 'prevent-crime', label: 'Preventing crime or disorder' },
					{ value: 'other', label: 'Another reason' },
				],
			},
			{
				id: 'aim-text',
				kind: 'textarea',
				label: 'In your own words, why is this needed?',
				summaryLabel: 'Why it is needed',
			},
		],
	},
	{
		id: 'smallest',
		letter: 'S',
		label: 'Select the smallest effective step',
		question:
			'Is this the least restrictive option that will work, for the shortest time, and is it a fair balance?',
		help: 'List what else was tried or thought about, such as de-escalation, a sensory plan, a member of staff the young person knows, or a change to the environment. Set an end point and a review. A useful test: could you explain this decision, face to face, to the young person, their family and a judge?',
		anchors: [
			'Bank Mellat v HM Treasury (No 2) [2013] UKSC 39',
			'MHA Code of Practice (2015), ch. 1 and ch. 26',
		],
		fields: [
			{
				id: 'alternatives',
				kind: 'lines',
				label: 'What less restrictive options were tried or considered?',
				hint: 'Put each option on its own line.',
				summaryLabel: 'Less restrictive options considered',
			},
			{ id: 'time-limit', kind: 'text', label: 'When will it end?', summaryLabel: 'Ends' },
			{
				id: 'review-when',
				kind: 'text',
				label: 'When will it be reviewed, and by whom?',
				hint: 'For example: 9am tomorrow, by the nurse in charge.',
				summaryLabel: 'Review',
			},
			{
				id: 'fair-balance',
				kind: 'textarea',
				label: 'Why is this a fair balance between the young person’s rights and the risk?',
				summaryLabel: 'Fair balance',
			},
		],
	},
	{
		id: 'voice',
		label: 'Hear the young person',
		question:
			'What do the young person, their family and their advocate think, and what adjustments are needed?',
		help: 'Write down the young person’s own words where you can. If the decision goes against what they want, say why. Think about adjustments for autism, learning disability, language, trauma or faith, and whether the decision falls harder on some groups than others.',
		anchors: [
			'UN Convention on the Rights of the Child, Art. 12',
			'Equality Act 2010, ss.20 and 149',
		],
		fields: [
			{
				id: 'young-person-view',
				kind: 'textarea',
				label: 'What does the young person say?',
				summaryLabel: 'Young person’s view',
			},
			{
				id: 'family-view',
				kind: 'textarea',
				label: 'What do family or carers say?',
				hint: 'Where it is appropriate to involve them.',
				summaryLabel: 'Family’s view',
			},
			{
				id: 'advocate',
				kind: 'radios',
				label: 'Has an advocate been involved?',
				summaryLabel: 'Advocate',
				options: [
					{ value: 'yes', label: 'Yes' },
					{ value: 'offered', label: 'Offered, but the young person said no' },
					{ value: 'no', label: 'No' },
				],
			},
			{
				id: 'adjustments',
				kind: 'textarea',
				label: 'What adjustments are needed?',
				hint: 'For example communication, sensory needs, an interpreter, or faith practices.',
				summaryLabel: 'Adjustments',
			},
		],
	},
	{
		id: 'record',
		label: 'Record and review',
		question:
			'Has the decision been written down, explained, and given a time to look at it again?',
		help: 'Record the reasons and the legal basis. Explain the decision to the young person, and to their family where appropriate, in words they understand, including how to challenge it. Every use of force has to be recorded, and blanket restrictions belong on the ward’s register.',
		anchors: [
			'Mental Health Units (Use of Force) Act 2018, s.6',
			'MHA Code of Practice (2015), ch. 8, 11 and 26',
		],
		fields: [
			{
				id: 'done',
				kind: 'checkboxes',
				label: 'Which of these have been done?',
				hint: 'Select all that apply.',
				summaryLabel: 'Done',
				options: [
					{ value: 'reasons', label: 'The reasons and the legal basis are written down' },
					{ value: 'explained', label: 'The young person has been told, in words they understand' },
					{ value: 'family', label: 'Family or carers have been told, where appropriate' },
					{ value: 'challenge', label: 'The young person knows how to challenge the decision' },
					{ value: 'force', label: 'Any use of force has been recorded' },
					{ value: 'register', label: 'Any blanket restriction is on the ward’s register' },
				],
			},
			{
				id: 'record-notes',
				kind: 'textarea',
				label: 'Anything else to record?',
				summaryLabel: 'Other notes',
			},
		],
	},
];

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

export function findStepDef(id: string): StepDef | undefined {
	return STEPS.find((step) => step.id === id);
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

const NOTICES = {
	blanket: {
		id: 'blanket',
		tone: 'warning',
		title: 'Possible blanket restriction',
		body: 'This would apply to more than one young person without looking at each one’s needs. The Code expects blanket restrictions to be avoided unless they can be justified as a necessary and proportionate response to risks identified for particular young people, and any that remain to be recorded, explained and reviewed. Ask whether an individual decision would do instead (MHA Code of Practice, para 8.5).',
	},
	register: {
		id: 'register',
		tone: 'info',
		title: 'Not yet on the register',
		body: 'A rule for a group or the whole ward should be on the ward’s blanket restrictions register, with its reason and a review date.',
	},
	redesign: {
		id: 'redesign',
		tone: 'stop',
		title: 'Stop and redesign the plan',
		body: 'The ban on inhuman or degrading treatment is absolute: no reason, however pressing, can be weighed against it. Change how the plan would be carried out, or choose a different option, until the honest answer is “No”. You can’t move on to the next step while the answer is “Possibly” or “Yes”.',
		points: [
			'Start with de-escalation and the young person’s own safety or sensory plan.',
			'Involve staff the young person knows and trusts.',
			'Change the environment rather than restricting the person.',
			'Cut how long, how often or how intrusively the measure would be used.',
			'Ask for a senior review, and talk to the young person and their advocate.',
		],
	},
	protect: {
		id: 'protect',
		tone: 'warning',
		title: 'Act on the duty to protect life',
		body: 'When staff know, or ought to know, of a real and immediate risk to a young person’s life, Article 2 requires reasonable steps to protect them. Act on the risk now, follow your safeguarding and escalation procedures, and record what you did and why. Whatever you do must still respect Article 3.',
	},
	basis: {
		id: 'basis',
		tone: 'warning',
		title: 'Get advice before acting',
		body: 'A policy on its own, or no clear basis at all, is not enough to restrict a young person’s rights. Unless it is an emergency, speak to the Mental Health Act office or your legal team before going ahead.',
	},
	parentConsent: {
		id: 'parent-consent',
		tone: 'warning',
		title: 'Check whether a parent’s consent can be relied on',
		body: 'A parent cannot consent to a 16 or 17 year old being deprived of their liberty (Re D), and a parent’s consent should not be used to override a refusal from a young person who has capacity or is Gillick competent. If either applies, get advice from the Mental Health Act office before acting.',
	},
	aimOther: {
		id: 'aim-other',
		tone: 'info',
		title: 'Check the aim against the Article',
		body: 'Only the aims listed in the Article can justify limiting a qualified right. If your reason does not fit one of them, the restriction is unlikely to be lawful.',
	},
	reviewDate: {
		id: 'review-date',
		tone: 'warning',
		title: 'No review date',
		body: 'Set a time and a person to review the decision. Without a review, a short-term restriction can quietly become permanent.',
	},
	voice: {
		id: 'voice',
		tone: 'info',
		title: 'The young person’s view is missing',
		body: 'Ask them, and record their words. If the decision goes against what they want, record why.',
	},
} satisfies Record<string, Notice>;

function aimNotice(concerns: readonly string[]): Notice {
	const quoted = concerns.map((word) => `“${word}”`);
	return {
		id: 'aim',
		tone: 'warning',
		title: 'This may not be a legitimate aim',
		body: `Your reason mentions ${joinList(quoted)}. Staff convenience, staffing levels and existing rules are not aims the law accepts for limiting a right. Name the real risk the decision deals with; if there isn’t one, the restriction can’t be justified.`,
	};
}

/** The warnings and panels a step shows for the answers so far. */
export function stepNotices(stepId: StepId, answers: Answers): Notice[] {
	switch (stepId) {
		case 'recognise':
			return isBlanket(answers) ? [NOTICES.blanket] : [];
		case 'guard': {
			const { stop, protect } = guardCheck(answers);
			return [...(stop ? [NOTICES.redesign] : []), ...(protect ? [NOTICES.protect] : [])];
		}
		case 'basis': {
			const basis = answerText(answers, 'basis');
			if (basis === 'policy-only' || basis === 'none') return [NOTICES.basis];
			if (basis === 'parent') return [NOTICES.parentConsent];
			return [];
		}
		case 'aim': {
			const concerns = aimConcerns(answers);
			return [
				...(concerns.length > 0 ? [aimNotice(concerns)] : []),
				...(answerText(answers, 'aim') === 'other' ? [NOTICES.aimOther] : []),
			];
		}
		default:
			return [];
	}
}

export interface SummaryItem {
	fieldId: string;
	label: string;
	/** Readable answer; a list for multi-value answers; empty when not answered. */
	value: string | string[];
}

export interface SummarySection {
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
			return field.options.find((option) => option.value === value)?.label ?? value;
		}
		case 'checkboxes': {
			const chosen = answerList(answers, field.id);
			return field.options
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
	answers: Answers,
	modelRights: readonly string[],
	{ rightName = rightLabel }: SummariseOptions = {},
): SummaryCard {
	const sections = STEPS.map((step) => ({
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
		...STEPS.flatMap((step) => stepNotices(step.id, answers)),
		...(blanket && !answerList(answers, 'done').includes('register') ? [NOTICES.register] : []),
		...(missingReviewDate ? [NOTICES.reviewDate] : []),
		...(answerText(answers, 'young-person-view') === '' ? [NOTICES.voice] : []),
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
