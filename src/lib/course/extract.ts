/**
 * Pure functions from the MDX syntax tree of a lesson or scenario to the plain data the islands
 * receive (`src/schemas/quiz.ts`, `review.ts`, `scenario.ts`). Extraction never throws on author
 * input: every mistake in a component becomes a `Problem` with the element's line, and the data
 * is still returned as far as it could be read (it may not match the schema when there are
 * problems).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import type { Problem } from '../problems/problem.ts';
import { closestMatch, listCode, suggest } from '../problems/suggest.ts';
import { EASY_READ_ICONS } from '../../schemas/easy-read.ts';
import { ID_PATTERN } from '../../schemas/ids.ts';
import type { OptionData, QuestionData, QuestionType, QuizData } from '../../schemas/quiz.ts';
import type {
	ReflectionData,
	RightsCheckData,
	StatementData,
	TrafficLightData,
} from '../../schemas/review.ts';
import type {
	Condition,
	EndingOutcome,
	ScenarioChoice,
	ScenarioData,
	ScenarioEnding,
	ScenarioNode,
} from '../../schemas/scenario.ts';
import {
	childrenToHtml,
	isCommentExpression,
	isJsxElement,
	liftElements,
	toPlainText,
	type JsxElement,
} from './mdx.ts';

export interface ExtractOptions {
	/** Address of the glossary page for `<Term>` links. Defaults to `/glossary/`. */
	glossaryHref?: string;
	/** File the tree comes from, for problems. Defaults to an empty string. */
	file?: string;
	/** Source titles by id, for the text of `<LegalRef>` in rich text. */
	sourceLabels?: Readonly<Record<string, string>>;
}

export interface Extracted<T> {
	data: T;
	problems: Problem[];
}

export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true-false'];
export const ENDING_OUTCOMES: readonly EndingOutcome[] = ['positive', 'mixed', 'negative'];
export const CALLOUT_TYPES = ['info', 'warning', 'key'] as const;

/** Components that carry learner data and are replaced by data at build time. */
export const TRACKED_COMPONENTS = ['Quiz', 'TrafficLight', 'Reflection', 'RightsCheck'] as const;

/** Every component an author may write in a lesson, with the attributes each accepts. */
export const LESSON_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
	Quiz: ['id', 'title', 'assessment', 'attempts'],
	TrafficLight: ['id', 'title'],
	Reflection: ['id'],
	RightsCheck: ['id', 'title', 'rights'],
	Scenario: ['id'],
	RightCard: ['right'],
	Callout: ['type', 'title'],
	KeyPoint: [],
	LawStatus: ['law'],
	LegalRef: ['source', 'pin', 'listed'],
	Term: ['id'],
	Disclaimer: [],
	CrisisBox: ['headingLevel'],
	EasyReadRow: ['icon'],
};

/** Components that only make sense inside another one, with where they belong. */
const CHILD_COMPONENTS: Readonly<Record<string, string>> = {
	Question: '`<Quiz>`',
	Option: '`<Question>`',
	Feedback: '`<Question>` or a scenario `<Choice>`',
	Statement: '`<TrafficLight>`',
	Amber: '`<Statement>`',
	Red: '`<Statement>`',
	Action: '`<Statement>`',
	ModelAnswer: '`<RightsCheck>`',
};

const SCENARIO_ONLY = ['Node', 'Ending', 'Choice', 'Goto', 'When'];

const AUTHORING = 'See docs/authoring.md';

/** Collects problems for one file; `at` reads the position of the node at fault. */
class Context {
	readonly problems: Problem[] = [];
	readonly file: string;
	readonly glossaryHref: string;
	readonly sourceLabels: Readonly<Record<string, string>> | undefined;

	constructor(options: ExtractOptions = {}) {
		this.file = options.file ?? '';
		this.glossaryHref = options.glossaryHref ?? '/glossary/';
		this.sourceLabels = options.sourceLabels;
	}

	report(
		node: { position?: Nodes['position'] } | undefined,
		field: string,
		message: string,
		hint?: string,
	): void {
		const start = node?.position?.start;
		this.problems.push({
			file: this.file,
			...(start ? { line: start.line, column: start.column } : {}),
			field,
			message,
			...(hint ? { hint } : {}),
		});
	}

	html(nodes: readonly RootContent[], where: string, mode: 'block' | 'inline' = 'block'): string {
		const { html, problems } = childrenToHtml(nodes, {
			glossaryHref: this.glossaryHref,
			file: this.file,
			mode,
			where,
			...(this.sourceLabels ? { sourceLabels: this.sourceLabels } : {}),
		});
		this.problems.push(...problems);
		return html;
	}
}

/** Reads the attributes of one element, reporting unknown, repeated and spread attributes. */
class Attributes {
	readonly label: string;
	readonly #ctx: Context;
	readonly #node: JsxElement;
	readonly #byName = new Map<string, MdxJsxAttribute>();

	constructor(ctx: Context, node: JsxElement, allowed: readonly string[]) {
		this.#ctx = ctx;
		this.#node = node;
		const name = node.name ?? '';
		for (const attr of node.attributes) {
			if (attr.type === 'mdxJsxExpressionAttribute') {
				ctx.report(
					attr,
					`<${name}>`,
					`\`<${name}>\` has a \`{…}\` spread attribute, which the course cannot read.`,
					'Write each attribute as `name="value"`.',
				);
				continue;
			}
			if (this.#byName.has(attr.name)) {
				ctx.report(
					attr,
					`<${name}> ${attr.name}`,
					`\`<${name}>\` has \`${attr.name}\` twice.`,
					'Keep one of them.',
				);
				continue;
			}
			this.#byName.set(attr.name, attr);
		}
		const id = this.#byName.get('id')?.value;
		this.label = typeof id === 'string' && id ? `<${name} id="${id}">` : `<${name}>`;
		for (const [attrName, attr] of this.#byName) {
			if (allowed.includes(attrName)) continue;
			const close = closestMatch(attrName, allowed);
			ctx.report(
				attr,
				`${this.label} ${attrName}`,
				`\`${this.label}\` has an attribute \`${attrName}\` that it does not use.`,
				close
					? `Did you mean \`${close}\`?`
					: allowed.length > 0
						? `Remove it. \`<${name}>\` takes ${listCode(allowed, 'and')}.`
						: `Remove it. \`<${name}>\` takes no attributes.`,
			);
		}
	}

	has(name: string): boolean {
		return this.#byName.has(name);
	}

	/** Position of an attribute, or of the element when the attribute is absent. */
	node(name?: string): { position?: Nodes['position'] } {
		return (name ? this.#byName.get(name) : undefined) ?? this.#node;
	}

	/** A literal value: a quoted string, or a number, boolean or string inside `{…}`. */
	#literal(name: string): string | number | boolean | null | undefined {
		const attr = this.#byName.get(name);
		if (!attr) return undefined;
		if (attr.value === null || attr.value === undefined) return null;
		if (typeof attr.value === 'string') return attr.value;
		const source = attr.value.value.trim();
		if (/^-?\d+(\.\d+)?$/.test(source)) return Number(source);
		if (source === 'true' || source === 'false') return source === 'true';
		const quoted = /^(["'`])(.*)\1$/s.exec(source);
		if (quoted && !quoted[2]!.includes(quoted[1]!) && !quoted[2]!.includes('${')) return quoted[2]!;
		this.#ctx.report(
			attr,
			`${this.label} ${name}`,
			`\`${name}={${source}}\` on \`${this.label}\` is not a plain value the course can read.`,
			`Write a number, \`true\`, \`false\` or text in quotes, for example \`${name}="…"\`.`,
		);
		return undefined;
	}

	string(name: string, { required = false } = {}): string | undefined {
		const value = this.#literal(name);
		if (value === undefined && required) {
			this.#ctx.report(
				this.#node,
				`${this.label} ${name}`,
				`\`${this.label}\` has no \`${name}\`.`,
				name === 'id'
					? 'Add an `id` that is unique in the course and never changes, in lower-case words joined by hyphens, for example `id="q-least-restrictive"`.'
					: `Add \`${name}="…"\` to it. ${AUTHORING}.`,
			);
			return undefined;
		}
		if (value === undefined) return undefined;
		if (typeof value !== 'string' || value.trim() === '') {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}\` on \`${this.label}\` needs a value in quotes.`,
				`Write it as \`${name}="…"\`.`,
			);
			return undefined;
		}
		return value.trim();
	}

	/** An author id (`id`, `to`…), checked against the id pattern. */
	id(name: string, { required = true } = {}): string {
		const value = this.string(name, { required });
		if (value === undefined) return '';
		if (!ID_PATTERN.test(value)) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${value}\` is not a valid id.`,
				'Use lower-case letters, digits and single hyphens, for example `q-least-restrictive`.',
			);
		}
		return value;
	}

	/** Space- or comma-separated ids, as in `rights="art-8 art-9"`. */
	list(name: string): string[] {
		const value = this.string(name);
		return value ? value.split(/[\s,]+/).filter(Boolean) : [];
	}

	/** `correct`, `correct={true}` and `correct="true"` are true; absent is false. */
	boolean(name: string): boolean {
		const value = this.#literal(name);
		if (value === undefined) return false;
		if (value === null || value === true || value === 'true') return true;
		if (value === false || value === 'false') return false;
		this.#ctx.report(
			this.node(name),
			`${this.label} ${name}`,
			`\`${name}\` on \`${this.label}\` is written as a switch, without a value.`,
			`Write just \`${name}\` to turn it on, or leave it out.`,
		);
		return false;
	}

	/** A whole number from `{2}` or `"2"`, within `min`…`max`. */
	integer(name: string, { min, max }: { min: number; max: number }): number | undefined {
		const value = this.#literal(name);
		if (value === undefined) return undefined;
		const number = typeof value === 'string' && /^\s*-?\d+\s*$/.test(value) ? Number(value) : value;
		if (typeof number !== 'number' || !Number.isInteger(number) || number < min || number > max) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}\` on \`${this.label}\` is ${describe(value)}, but it must be a whole number from ${min} to ${max}.`,
				`Write a whole number from ${min} to ${max}, for example \`${name}={${max === 100 && min === 0 ? (name === 'score' ? 100 : 2) : min}}\`.`,
			);
			return undefined;
		}
		return number;
	}

	/** One of a fixed set of words; reports a typo with "Did you mean". */
	choice<T extends string>(name: string, values: readonly T[]): T | undefined {
		const value = this.string(name);
		if (value === undefined) return undefined;
		if ((values as readonly string[]).includes(value)) return value as T;
		this.#ctx.report(
			this.node(name),
			`${this.label} ${name}`,
			`\`${name}="${value}"\` on \`${this.label}\` is not one of the choices.`,
			suggest(value, values),
		);
		return undefined;
	}

	/** A condition written `name=value`. */
	condition(name: string): Condition | undefined {
		const value = this.string(name);
		if (value === undefined) return undefined;
		const condition = parseAssignment(value);
		if (!condition) {
			this.#ctx.report(
				this.node(name),
				`${this.label} ${name}`,
				`\`${name}="${value}"\` on \`${this.label}\` is not a condition the scenario can test.`,
				`Write it as \`${name}="variable=value"\`, for example \`${name}="trust=low"\`.`,
			);
		}
		return condition;
	}
}

function describe(value: unknown): string {
	return typeof value === 'string' ? `\`"${value}"\`` : `\`${String(value)}\``;
}

const ASSIGNMENT = /^([A-Za-z][\w-]*)=([^\s=]+)$/;

function parseAssignment(text: string): Condition | undefined {
	const match = ASSIGNMENT.exec(text.trim());
	return match ? { name: match[1]!, value: match[2]! } : undefined;
}

function childElements(node: JsxElement | Root): RootContent[] {
	return liftElements(node.children as RootContent[]);
}

function isContent(node: RootContent): boolean {
	return (
		!(node.type === 'text' && node.value.trim() === '') &&
		!isCommentExpression(node) &&
		node.type !== 'yaml'
	);
}

/** The element, if `node` is a component called `name`. */
function named(node: RootContent, name: string): JsxElement | undefined {
	return isJsxElement(node) && node.name === name ? node : undefined;
}

/** Reports a child element that does not belong where it is. */
function misplaced(ctx: Context, node: RootContent, parentLabel: string, expected: string): void {
	if (
		isJsxElement(node) &&
		node.name &&
		CHILD_COMPONENTS[node.name] &&
		!expected.includes(`<${node.name}>`)
	) {
		ctx.report(
			node,
			`<${node.name}>`,
			`\`<${node.name}>\` must be inside ${CHILD_COMPONENTS[node.name]}, but it is directly inside \`${parentLabel}\`.`,
			`Move it into ${CHILD_COMPONENTS[node.name]}. ${AUTHORING}.`,
		);
		return;
	}
	const name = isJsxElement(node) && node.name ? `\`<${node.name}>\`` : 'Text';
	ctx.report(
		node,
		parentLabel,
		`${name} cannot go here: only ${expected} can go directly inside \`${parentLabel}\`.`,
		isJsxElement(node) && node.name === 'CrisisBox'
			? 'In a scenario, write `<CrisisBox />` on its own line outside every `<Node>` and `<Ending>`: before the first `<Node>` to show it above the story, or after the last `<Ending>` to show it below.'
			: `Move it, or delete it. ${AUTHORING}.`,
	);
}

function checkId(
	ctx: Context,
	attrs: Attributes,
	seen: Map<string, JsxElement>,
	node: JsxElement,
	id: string,
	scope: string,
): void {
	if (!id) return;
	const earlier = seen.get(id);
	if (earlier) {
		ctx.report(
			attrs.node('id'),
			`${attrs.label} id`,
			`Two elements in ${scope} have the id \`${id}\` (lines ${earlier.position?.start.line ?? '?'} and ${node.position?.start.line ?? '?'}).`,
			'Give each one its own id.',
		);
	} else {
		seen.set(id, node);
	}
}

// Quiz

/** Reads a `<Quiz>` element into `QuizData`. */
export function extractQuiz(node: JsxElement, options?: ExtractOptions): Extracted<QuizData> {
	const ctx = new Context(options);
	return { data: readQuiz(ctx, node), problems: ctx.problems };
}

function readQuiz(ctx: Context, node: JsxElement): QuizData {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Quiz']!);
	const data: QuizData = {
		id: attrs.id('id'),
		title: attrs.string('title') ?? '',
		assessment: attrs.boolean('assessment'),
		attempts: attrs.integer('attempts', { min: 0, max: 100 }) ?? 0,
		questions: [],
	};
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const question = named(child, 'Question');
		if (question) data.questions.push(readQuestion(ctx, question));
		else misplaced(ctx, child, attrs.label, '`<Question>` elements');
	}
	if (data.questions.length === 0) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no questions.`,
			`Add at least one \`<Question>\` inside it. ${AUTHORING} › Quiz.`,
		);
	}
	return data;
}

function readQuestion(ctx: Context, node: JsxElement): QuestionData {
	const attrs = new Attributes(ctx, node, ['id', 'type', 'outcome', 'sources', 'answer']);
	const label = attrs.label;
	const explicitType = attrs.choice('type', QUESTION_TYPES);
	const type: QuestionType =
		explicitType ?? (attrs.has('answer') && !attrs.has('type') ? 'true-false' : 'single');
	const outcome = attrs.string('outcome');
	const question: QuestionData = {
		id: attrs.id('id'),
		type,
		promptHtml: '',
		options: [],
		correctHtml: '',
		incorrectHtml: '',
		sources: attrs.list('sources'),
		...(outcome ? { outcome } : {}),
	};

	const prompt: RootContent[] = [];
	const optionNodes: JsxElement[] = [];
	const seenOptions = new Map<string, JsxElement>();
	let feedbackSeen: { correct?: JsxElement; incorrect?: JsxElement } = {};
	let afterOptions = false;
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const option = named(child, 'Option');
		const feedback = named(child, 'Feedback');
		if (option) {
			afterOptions = true;
			optionNodes.push(option);
			question.options.push(readOption(ctx, option, label, seenOptions));
		} else if (feedback) {
			afterOptions = true;
			const fAttrs = new Attributes(ctx, feedback, ['correct']);
			const correct = fAttrs.boolean('correct');
			const key = correct ? 'correct' : 'incorrect';
			if (feedbackSeen[key]) {
				ctx.report(
					feedback,
					`${label} <Feedback>`,
					`\`${label}\` has more than one ${correct ? '`<Feedback correct>`' : 'plain `<Feedback>`'}.`,
					'Keep one `<Feedback correct>` for a right answer and one plain `<Feedback>` for a wrong answer.',
				);
			}
			feedbackSeen = { ...feedbackSeen, [key]: feedback };
			const html = ctx.html(feedback.children, `\`<Feedback>\` in \`${label}\``);
			if (correct) question.correctHtml = html;
			else question.incorrectHtml = html;
		} else if (
			afterOptions ||
			(isJsxElement(child) &&
				child.name !== null &&
				/^[A-Z]/.test(child.name) &&
				!['Term', 'LegalRef'].includes(child.name))
		) {
			misplaced(ctx, child, label, '`<Option>` and `<Feedback>` elements');
		} else {
			prompt.push(child);
		}
	}
	question.promptHtml = ctx.html(prompt, `\`${label}\``);
	if (!question.promptHtml) {
		ctx.report(
			node,
			label,
			`\`${label}\` has no question text.`,
			'Write the question before the first `<Option>`.',
		);
	}

	if (type === 'true-false') {
		readTrueFalse(ctx, attrs, question, optionNodes);
	} else {
		if (attrs.has('answer')) {
			ctx.report(
				attrs.node('answer'),
				`${label} answer`,
				`\`answer\` only works on \`true-false\` questions, but \`${label}\` is a \`${type}\` question.`,
				'Mark the right options with `correct` instead, or set `type="true-false"`.',
			);
		}
		// With a misspelt `type`, the number of correct options cannot be judged.
		if (explicitType || !attrs.has('type')) checkOptions(ctx, node, label, type, question.options);
	}
	return question;
}

function readOption(
	ctx: Context,
	node: JsxElement,
	questionLabel: string,
	seen: Map<string, JsxElement>,
): OptionData {
	const attrs = new Attributes(ctx, node, ['id', 'correct', 'feedback']);
	const id = attrs.id('id');
	checkId(ctx, attrs, seen, node, id, `\`${questionLabel}\``);
	const feedback = attrs.string('feedback');
	const labelHtml = ctx.html(node.children, `\`${attrs.label}\``, 'inline');
	if (!labelHtml) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no text.`,
			'Write the answer between `<Option …>` and `</Option>`.',
		);
	}
	return {
		id,
		labelHtml,
		correct: attrs.boolean('correct'),
		feedbackHtml: feedback ? `<p>${escapeHtml(feedback)}</p>` : '',
	};
}

function readTrueFalse(
	ctx: Context,
	attrs: Attributes,
	question: QuestionData,
	optionNodes: JsxElement[],
): void {
	const label = attrs.label;
	for (const option of optionNodes) {
		ctx.report(
			option,
			`${label} <Option>`,
			`\`${label}\` is a \`true-false\` question, so it takes \`answer\` instead of \`<Option>\` elements.`,
			'Delete the `<Option>` elements and write `answer="true"` or `answer="false"` on the `<Question>`.',
		);
	}
	const answer = attrs.string('answer');
	if (answer === undefined) {
		ctx.report(
			attrs.node(),
			`${label} answer`,
			`\`${label}\` is a \`true-false\` question with no correct answer.`,
			'Add `answer="true"` or `answer="false"` to the `<Question>`.',
		);
	} else if (answer !== 'true' && answer !== 'false') {
		ctx.report(
			attrs.node('answer'),
			`${label} answer`,
			`\`answer="${answer}"\` on \`${label}\` is neither \`true\` nor \`false\`.`,
			'Write `answer="true"` or `answer="false"`.',
		);
	}
	question.options = (['true', 'false'] as const).map((id) => ({
		id,
		labelHtml: id === 'true' ? 'True' : 'False',
		correct: answer === id,
		feedbackHtml: '',
	}));
}

function checkOptions(
	ctx: Context,
	node: JsxElement,
	label: string,
	type: QuestionType,
	options: OptionData[],
): void {
	if (options.length < 2) {
		ctx.report(
			node,
			label,
			`\`${label}\` has ${options.length === 0 ? 'no options' : 'only one option'}.`,
			'Add at least two `<Option>` elements, one or more of them marked `correct`.',
		);
		if (options.length === 0) return;
	}
	const correct = options.filter((option) => option.correct);
	if (correct.length === 0) {
		ctx.report(
			node,
			`${label} <Option> correct`,
			`No option in \`${label}\` is marked correct.`,
			`Add \`correct\` to the right \`<Option>\`, for example \`<Option id="${options[0]?.id || 'a'}" correct>\`. ${AUTHORING} › Quiz.`,
		);
	} else if (type === 'single' && correct.length > 1) {
		ctx.report(
			node,
			`${label} <Option> correct`,
			`\`${label}\` is a \`single\` question, but ${correct.length} options are marked correct (${listCode(
				correct.map((option) => option.id),
				'and',
			)}).`,
			'Leave `correct` on one option only, or set `type="multiple"` if learners should pick several.',
		);
	}
}

function escapeHtml(text: string): string {
	return text
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;');
}

// Traffic light, reflection and rights check

/** Reads a `<TrafficLight>` element into `TrafficLightData`. */
export function extractTrafficLight(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<TrafficLightData> {
	const ctx = new Context(options);
	return { data: readTrafficLight(ctx, node), problems: ctx.problems };
}

function readTrafficLight(ctx: Context, node: JsxElement): TrafficLightData {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['TrafficLight']!);
	const data: TrafficLightData = {
		id: attrs.id('id'),
		title: attrs.string('title') ?? '',
		introHtml: '',
		statements: [],
	};
	const intro: RootContent[] = [];
	const seen = new Map<string, JsxElement>();
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const statement = named(child, 'Statement');
		if (statement) data.statements.push(readStatement(ctx, statement, attrs.label, seen));
		else if (data.statements.length === 0 && !isStructural(child)) intro.push(child);
		else misplaced(ctx, child, attrs.label, '`<Statement>` elements');
	}
	data.introHtml = ctx.html(intro, `\`${attrs.label}\``);
	if (data.statements.length === 0) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no statements.`,
			`Add at least one \`<Statement>\` inside it. ${AUTHORING} › TrafficLight.`,
		);
	}
	return data;
}

function readStatement(
	ctx: Context,
	node: JsxElement,
	parentLabel: string,
	seen: Map<string, JsxElement>,
): StatementData {
	const attrs = new Attributes(ctx, node, ['id', 'sources']);
	const id = attrs.id('id');
	checkId(ctx, attrs, seen, node, id, `\`${parentLabel}\``);
	const data: StatementData = {
		id,
		html: '',
		amberHtml: '',
		redHtml: '',
		action: '',
		sources: attrs.list('sources'),
	};
	const text: RootContent[] = [];
	const found = new Set<string>();
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const name = isJsxElement(child) ? child.name : null;
		if (name === 'Amber' || name === 'Red' || name === 'Action') {
			const element = child as JsxElement;
			new Attributes(ctx, element, []);
			if (found.has(name)) {
				ctx.report(
					element,
					`${attrs.label} <${name}>`,
					`\`${attrs.label}\` has more than one \`<${name}>\`.`,
					`Keep one \`<${name}>\` and merge the text.`,
				);
			}
			found.add(name);
			const children = element.children as RootContent[];
			if (name === 'Action') data.action = toPlainText(children);
			else if (name === 'Amber')
				data.amberHtml = ctx.html(children, `\`<Amber>\` in \`${attrs.label}\``);
			else data.redHtml = ctx.html(children, `\`<Red>\` in \`${attrs.label}\``);
		} else if (found.size === 0 && !isStructural(child)) {
			text.push(child);
		} else {
			misplaced(ctx, child, attrs.label, '`<Amber>`, `<Red>` and `<Action>`');
		}
	}
	data.html = ctx.html(text, `\`${attrs.label}\``);
	if (!data.html) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no text.`,
			'Write what good practice looks like before `<Amber>`.',
		);
	}
	for (const name of ['Amber', 'Red'] as const) {
		if (!found.has(name)) {
			ctx.report(
				node,
				`${attrs.label} <${name}>`,
				`\`${attrs.label}\` has no \`<${name}>\`.`,
				`Add \`<${name}>…</${name}>\` describing what ${name.toLowerCase()} looks like on a ward.`,
			);
		}
	}
	return data;
}

/** Reads a `<Reflection>` element into `ReflectionData`. */
export function extractReflection(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<ReflectionData> {
	const ctx = new Context(options);
	return { data: readReflection(ctx, node), problems: ctx.problems };
}

function readReflection(ctx: Context, node: JsxElement): ReflectionData {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Reflection']!);
	const content: RootContent[] = [];
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		if (isStructural(child)) misplaced(ctx, child, attrs.label, 'text');
		else content.push(child);
	}
	const data: ReflectionData = {
		id: attrs.id('id'),
		promptHtml: ctx.html(content, `\`${attrs.label}\``),
	};
	if (!data.promptHtml) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no question for learners.`,
			'Write the reflection question between `<Reflection …>` and `</Reflection>`.',
		);
	}
	return data;
}

/** Reads a `<RightsCheck>` element into `RightsCheckData`. */
export function extractRightsCheck(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<RightsCheckData> {
	const ctx = new Context(options);
	return { data: readRightsCheck(ctx, node), problems: ctx.problems };
}

function readRightsCheck(ctx: Context, node: JsxElement): RightsCheckData {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['RightsCheck']!);
	const data: RightsCheckData = {
		id: attrs.id('id'),
		title: attrs.string('title') ?? '',
		situationHtml: '',
		modelRights: attrs.list('rights'),
		modelNotesHtml: '',
	};
	const situation: RootContent[] = [];
	let model: JsxElement | undefined;
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const answer = named(child, 'ModelAnswer');
		if (answer) {
			new Attributes(ctx, answer, []);
			if (model) {
				ctx.report(
					answer,
					`${attrs.label} <ModelAnswer>`,
					`\`${attrs.label}\` has more than one \`<ModelAnswer>\`.`,
					'Keep one `<ModelAnswer>` and merge the text.',
				);
			}
			model = answer;
			data.modelNotesHtml = ctx.html(answer.children, `\`<ModelAnswer>\` in \`${attrs.label}\``);
		} else if (!model && !isStructural(child)) {
			situation.push(child);
		} else {
			misplaced(ctx, child, attrs.label, '`<ModelAnswer>`');
		}
	}
	data.situationHtml = ctx.html(situation, `\`${attrs.label}\``);
	if (!data.situationHtml) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` does not describe a situation.`,
			'Write the situation before `<ModelAnswer>`.',
		);
	}
	return data;
}

/** Checks `<CrisisBox />`: no children (its text comes from `content/support-lines.yaml`). */
function readCrisisBox(ctx: Context, node: JsxElement): void {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['CrisisBox']!);
	attrs.integer('headingLevel', { min: 2, max: 3 });
	if (node.children.some((child) => isContent(child))) {
		ctx.report(
			node,
			'<CrisisBox>',
			'`<CrisisBox>` has text inside it, which is never shown.',
			'Write `<CrisisBox />` on its own. Its words and numbers come from `content/support-lines.yaml`.',
		);
	}
}

/** A capitalised component other than the inline `<Term>` and `<LegalRef>`. */
function isStructural(node: RootContent): boolean {
	return (
		isJsxElement(node) &&
		node.name !== null &&
		/^[A-Z]/.test(node.name) &&
		node.name !== 'Term' &&
		node.name !== 'LegalRef'
	);
}

// Scenario

/** The frontmatter fields `extractScenario` reads; they are validated by `ScenarioSchema` elsewhere. */
export interface ScenarioFrontmatter {
	id?: unknown;
	title?: unknown;
	summary?: unknown;
	start?: unknown;
	contentWarning?: unknown;
}

/**
 * Reads a scenario file into `ScenarioData`: text before the first `<Node>` is the introduction;
 * `<Node>` and `<Ending>` elements follow. A `<CrisisBox />` outside every node is shown above the
 * story when it comes before the first `<Node>`, and below it otherwise. Frontmatter is read as
 * given (validate it with `ScenarioSchema`); the graph (targets, reachability, endless paths) is
 * checked by `analyseScenario` in `scenario-graph.ts`, not here.
 */
export function extractScenario(
	tree: Root,
	frontmatter: ScenarioFrontmatter,
	options?: ExtractOptions,
): Extracted<ScenarioData> {
	const ctx = new Context(options);
	const text = (value: unknown) => (typeof value === 'string' ? value : '');
	const data: ScenarioData = {
		id: text(frontmatter.id),
		title: text(frontmatter.title),
		summary: text(frontmatter.summary),
		start: text(frontmatter.start),
		introHtml: '',
		...(typeof frontmatter.contentWarning === 'string'
			? { contentWarning: frontmatter.contentWarning }
			: {}),
		nodes: [],
		endings: [],
	};
	const intro: RootContent[] = [];
	const seenNodes = new Map<string, JsxElement>();
	const seenChoices = new Map<string, JsxElement>();
	for (const child of childElements(tree)) {
		if (!isContent(child) || child.type === 'mdxjsEsm') continue;
		const scenarioNode = named(child, 'Node');
		const ending = named(child, 'Ending');
		const crisisBox = named(child, 'CrisisBox');
		if (scenarioNode) {
			data.nodes.push(readNode(ctx, scenarioNode, seenNodes, seenChoices));
		} else if (crisisBox) {
			readCrisisBox(ctx, crisisBox);
			data.crisisBox = data.nodes.length === 0 && data.endings.length === 0 ? 'before' : 'after';
		} else if (ending) {
			data.endings.push(readEnding(ctx, ending, seenNodes));
		} else if (data.nodes.length === 0 && data.endings.length === 0 && !isStructural(child)) {
			intro.push(child);
		} else if (isJsxElement(child) && child.name && SCENARIO_ONLY.includes(child.name)) {
			ctx.report(
				child,
				`<${child.name}>`,
				`\`<${child.name}>\` must be inside a \`<Node>\`.`,
				`Move it into the \`<Node>\` it belongs to. ${AUTHORING} › Scenario.`,
			);
		} else {
			ctx.report(
				child,
				isJsxElement(child) && child.name ? `<${child.name}>` : 'text',
				`${isJsxElement(child) && child.name ? `\`<${child.name}>\`` : 'This text'} is outside every \`<Node>\` and \`<Ending>\`, so learners never see it.`,
				'Move it into a `<Node>` or `<Ending>`, or into the introduction before the first `<Node>`.',
			);
		}
	}
	data.introHtml = ctx.html(intro, 'the scenario introduction');
	if (data.nodes.length === 0) {
		ctx.report(
			tree.children.find((c) => c.type !== 'yaml') ?? tree,
			'Node',
			'The scenario has no `<Node>`.',
			`Add the first \`<Node id="…">\` and set \`start\` to its id. ${AUTHORING} › Scenario.`,
		);
	}
	if (data.endings.length === 0) {
		ctx.report(
			tree.children.at(-1) ?? tree,
			'Ending',
			'The scenario has no `<Ending>`.',
			`Add at least one \`<Ending id="…" title="…" outcome="positive" score={100}>\`. ${AUTHORING} › Scenario.`,
		);
	}
	return { data, problems: ctx.problems };
}

function readBlocks(ctx: Context, where: string) {
	const blocks: ScenarioNode['blocks'] = [];
	let pending: RootContent[] = [];
	return {
		blocks,
		add(node: RootContent) {
			pending.push(node);
		},
		flush() {
			const html = ctx.html(pending, where);
			if (html) blocks.push({ html });
			pending = [];
		},
		when(node: JsxElement) {
			this.flush();
			const attrs = new Attributes(ctx, node, ['if']);
			const when = attrs.condition('if');
			if (!attrs.has('if')) {
				ctx.report(
					node,
					'<When> if',
					'`<When>` has no `if`, so it is always shown.',
					'Add a condition such as `if="trust=low"`, or remove the `<When>` and keep its text.',
				);
			}
			const html = ctx.html(node.children, `\`<When>\` in ${where}`);
			blocks.push(when ? { html, when } : { html });
		},
	};
}

function readNode(
	ctx: Context,
	node: JsxElement,
	seenNodes: Map<string, JsxElement>,
	seenChoices: Map<string, JsxElement>,
): ScenarioNode {
	const attrs = new Attributes(ctx, node, ['id']);
	const id = attrs.id('id');
	checkId(ctx, attrs, seenNodes, node, id, 'this scenario (nodes and endings share ids)');
	const data: ScenarioNode = { kind: 'node', id, blocks: [], choices: [], gotos: [] };
	const blocks = readBlocks(ctx, `\`${attrs.label}\``);
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const choice = named(child, 'Choice');
		const gotoNode = named(child, 'Goto');
		const when = named(child, 'When');
		if (choice) {
			blocks.flush();
			data.choices.push(readChoice(ctx, choice, seenChoices));
		} else if (gotoNode) {
			blocks.flush();
			const goto = new Attributes(ctx, gotoNode, ['to', 'if']);
			const when = goto.condition('if');
			data.gotos.push({ to: goto.id('to'), ...(when ? { when } : {}) });
		} else if (when) {
			blocks.when(when);
		} else if (isStructural(child)) {
			misplaced(ctx, child, attrs.label, 'text, `<When>`, `<Choice>` and `<Goto>`');
		} else {
			blocks.add(child);
		}
	}
	blocks.flush();
	data.blocks = blocks.blocks;
	if (data.choices.length > 0 && data.gotos.length > 0) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has both \`<Choice>\` and \`<Goto>\` elements.`,
			'Use `<Choice>` elements when the learner decides, or `<Goto>` elements when the story moves on by itself, not both.',
		);
	}
	return data;
}

function readChoice(ctx: Context, node: JsxElement, seen: Map<string, JsxElement>): ScenarioChoice {
	const attrs = new Attributes(ctx, node, ['id', 'to', 'rights', 'set', 'if', 'best']);
	const id = attrs.id('id');
	checkId(ctx, attrs, seen, node, id, 'this scenario (choice ids)');
	const set: Condition[] = [];
	for (const part of attrs.list('set')) {
		const assignment = parseAssignment(part);
		if (assignment) set.push(assignment);
		else {
			ctx.report(
				attrs.node('set'),
				`${attrs.label} set`,
				`\`${part}\` in \`set\` on \`${attrs.label}\` is not a variable assignment.`,
				'Write `set="name=value"`, with several separated by spaces, for example `set="trust=low consent=no"`.',
			);
		}
	}
	const when = attrs.condition('if');
	const label: RootContent[] = [];
	let feedback: JsxElement | undefined;
	let feedbackHtml = '';
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const feedbackNode = named(child, 'Feedback');
		if (feedbackNode) {
			new Attributes(ctx, feedbackNode, []);
			if (feedback) {
				ctx.report(
					feedbackNode,
					`${attrs.label} <Feedback>`,
					`\`${attrs.label}\` has more than one \`<Feedback>\`.`,
					'Keep one `<Feedback>` and merge the text.',
				);
			}
			feedback = feedbackNode;
			feedbackHtml = ctx.html(feedbackNode.children, `\`<Feedback>\` in \`${attrs.label}\``);
		} else if (!feedback && !isStructural(child)) {
			label.push(child);
		} else {
			misplaced(ctx, child, attrs.label, 'one `<Feedback>`');
		}
	}
	const labelHtml = ctx.html(label, `\`${attrs.label}\``, 'inline');
	if (!labelHtml) {
		ctx.report(
			node,
			attrs.label,
			`\`${attrs.label}\` has no text.`,
			'Write what the learner chooses between `<Choice …>` and `<Feedback>`.',
		);
	}
	if (!feedbackHtml) {
		ctx.report(
			node,
			`${attrs.label} <Feedback>`,
			`\`${attrs.label}\` has no feedback.`,
			'Add `<Feedback>…</Feedback>` after the choice text, explaining the rights this choice engages.',
		);
	}
	return {
		id,
		to: attrs.id('to'),
		labelHtml,
		feedbackHtml,
		rights: attrs.list('rights'),
		set,
		...(when ? { when } : {}),
		best: attrs.boolean('best'),
	};
}

function readEnding(
	ctx: Context,
	node: JsxElement,
	seenNodes: Map<string, JsxElement>,
): ScenarioEnding {
	const attrs = new Attributes(ctx, node, ['id', 'title', 'outcome', 'score']);
	const id = attrs.id('id');
	checkId(ctx, attrs, seenNodes, node, id, 'this scenario (nodes and endings share ids)');
	const title = attrs.string('title', { required: true }) ?? '';
	const outcome = attrs.choice('outcome', ENDING_OUTCOMES);
	if (!attrs.has('outcome')) {
		ctx.report(
			node,
			`${attrs.label} outcome`,
			`\`${attrs.label}\` has no \`outcome\`.`,
			`Add \`outcome="positive"\`, \`outcome="mixed"\` or \`outcome="negative"\`. ${AUTHORING} › Scenario.`,
		);
	}
	const score = attrs.integer('score', { min: 0, max: 100 });
	if (!attrs.has('score')) {
		ctx.report(
			node,
			`${attrs.label} score`,
			`\`${attrs.label}\` has no \`score\`.`,
			'Add a score from 0 to 100, for example `score={100}` for the best ending.',
		);
	}
	const blocks = readBlocks(ctx, `\`${attrs.label}\``);
	for (const child of childElements(node)) {
		if (!isContent(child)) continue;
		const when = named(child, 'When');
		if (when) blocks.when(when);
		else if (isStructural(child)) misplaced(ctx, child, attrs.label, 'text and `<When>`');
		else blocks.add(child);
	}
	blocks.flush();
	return {
		kind: 'ending',
		id,
		title,
		outcome: outcome ?? 'mixed',
		score: score ?? 0,
		blocks: blocks.blocks,
	};
}

// Lessons and references

export interface LessonData {
	quizzes: QuizData[];
	trafficLights: TrafficLightData[];
	reflections: ReflectionData[];
	rightsChecks: RightsCheckData[];
	/** `<Scenario id="…" />` elements, in order. */
	scenarios: Array<{ id: string; line?: number; column?: number }>;
	/** `<LawStatus law="…" />` elements, in order. */
	laws: Array<{ id: string; line?: number; column?: number }>;
	/**
	 * `<LegalRef … listed />` in the lesson's prose, in order: the page shows each as a numbered
	 * note and lists them under "Sources for this page".
	 */
	listedSources: ListedSource[];
}

/** A source cited by a note number in the text and listed in full at the end of the page. */
export interface ListedSource {
	source: string;
	pin?: string;
}

/**
 * Reads every tracked component of a lesson, and reports components used in the wrong place
 * (`<Option>` outside `<Question>`, `<Node>` in a lesson), unknown components and bad props of the
 * static components (`<Callout type>`, `<RightCard right>`…).
 */
export function extractLesson(tree: Root, options?: ExtractOptions): Extracted<LessonData> {
	const ctx = new Context(options);
	const data: LessonData = {
		quizzes: [],
		trafficLights: [],
		reflections: [],
		rightsChecks: [],
		scenarios: [],
		laws: [],
		listedSources: [],
	};
	const known = Object.keys(LESSON_COMPONENTS);
	const walk = (nodes: readonly RootContent[]) => {
		for (const node of nodes) {
			if (!isJsxElement(node)) {
				if ('children' in node) walk(node.children);
				continue;
			}
			const name = node.name;
			if (name === null || !/^[A-Z]/.test(name)) {
				walk(node.children);
				continue;
			}
			switch (name) {
				case 'Quiz':
					data.quizzes.push(readQuiz(ctx, node));
					continue;
				case 'TrafficLight':
					data.trafficLights.push(readTrafficLight(ctx, node));
					continue;
				case 'Reflection':
					data.reflections.push(readReflection(ctx, node));
					continue;
				case 'RightsCheck':
					data.rightsChecks.push(readRightsCheck(ctx, node));
					continue;
				case 'Scenario': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Scenario']!);
					const start = node.position?.start;
					data.scenarios.push({
						id: attrs.id('id'),
						...(start ? { line: start.line, column: start.column } : {}),
					});
					continue;
				}
				case 'RightCard':
					new Attributes(ctx, node, LESSON_COMPONENTS['RightCard']!).string('right', {
						required: true,
					});
					continue;
				case 'Term':
					new Attributes(ctx, node, LESSON_COMPONENTS['Term']!).id('id');
					continue;
				case 'LegalRef': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['LegalRef']!);
					const source = attrs.string('source', { required: true });
					const pin = attrs.string('pin');
					if (attrs.boolean('listed') && source) {
						data.listedSources.push(pin === undefined ? { source } : { source, pin });
					}
					continue;
				}
				case 'Callout': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['Callout']!);
					attrs.choice('type', CALLOUT_TYPES);
					break;
				}
				case 'LawStatus': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['LawStatus']!);
					const law = attrs.id('law');
					const start = node.position?.start;
					if (law) {
						data.laws.push({
							id: law,
							...(start ? { line: start.line, column: start.column } : {}),
						});
					}
					// The words of a notice live in `content/law/`, so a notice cannot drift out of
					// date in one lesson while it is updated in another (issue 8).
					if (childElements(node).some(isContent)) {
						const label = law ? `<LawStatus law="${law}">` : '<LawStatus>';
						ctx.report(
							node,
							label,
							`\`${label}\` has text inside it, but a law notice shows only the item it names.`,
							law
								? `Move the text into \`says\` in \`content/law/${law}.yaml\` (or a new item there) and write \`<LawStatus law="${law}" />\`. See README › Authoring › The law in one place.`
								: 'Write the text as an item in `content/law/<id>.yaml` and show it with `<LawStatus law="<id>" />`. See README › Authoring › The law in one place.',
						);
					}
					continue;
				}
				case 'KeyPoint':
				case 'Disclaimer':
					new Attributes(ctx, node, []);
					break;
				case 'CrisisBox':
					readCrisisBox(ctx, node);
					continue;
				case 'EasyReadRow': {
					const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['EasyReadRow']!);
					if (attrs.has('icon')) attrs.choice('icon', EASY_READ_ICONS);
					else
						ctx.report(
							node,
							'<EasyReadRow> icon',
							'`<EasyReadRow>` has no `icon`.',
							`Add one of ${listCode(EASY_READ_ICONS)}, for example \`<EasyReadRow icon="question">\`.`,
						);
					break;
				}
				default:
					if (CHILD_COMPONENTS[name]) {
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` must be inside ${CHILD_COMPONENTS[name]}.`,
							`Move it into ${CHILD_COMPONENTS[name]}. ${AUTHORING}.`,
						);
					} else if (SCENARIO_ONLY.includes(name)) {
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` belongs in a scenario file in \`content/scenarios/\`, not in a lesson.`,
							'Write the scenario in its own file and show it here with `<Scenario id="…" />`.',
						);
					} else {
						const close = closestMatch(name, known);
						ctx.report(
							node,
							`<${name}>`,
							`\`<${name}>\` is not one of the course components.`,
							close
								? `Did you mean \`<${close}>\`?`
								: `Use one of ${listCode(known)}. ${AUTHORING}.`,
						);
					}
					continue;
			}
			walk(node.children);
		}
	};
	walk(tree.children);
	return { data, problems: ctx.problems };
}

export type ReferenceKind = 'right' | 'term' | 'source' | 'scenario' | 'outcome' | 'law' | 'module';

/** One id used in MDX that must exist elsewhere in the course. */
export interface Reference {
	kind: ReferenceKind;
	id: string;
	/** The element and attribute that hold it, e.g. `<Choice id="c-ask"> rights`. */
	field: string;
	line?: number;
	column?: number;
}

export type ComponentKind =
	| 'quiz'
	| 'question'
	| 'option'
	| 'traffic-light'
	| 'statement'
	| 'reflection'
	| 'rights-check'
	| 'node'
	| 'ending'
	| 'choice';

/** One author-written component id, with where it is. */
export interface ComponentId {
	kind: ComponentKind;
	id: string;
	/** Id of the enclosing component whose ids are a separate namespace (an option's question). */
	scope?: string;
	line?: number;
	column?: number;
}

const ID_KINDS: Readonly<Record<string, ComponentKind>> = {
	Quiz: 'quiz',
	Question: 'question',
	Option: 'option',
	TrafficLight: 'traffic-light',
	Statement: 'statement',
	Reflection: 'reflection',
	RightsCheck: 'rights-check',
	Node: 'node',
	Ending: 'ending',
	Choice: 'choice',
};

const REFERENCE_ATTRIBUTES: Readonly<Record<string, ReferenceKind>> = {
	rights: 'right',
	right: 'right',
	sources: 'source',
	source: 'source',
	law: 'law',
};

/**
 * Every id a lesson or scenario body refers to (`rights=`, `right=`, `sources=`, `source=`,
 * `law=`, `<Term id>`, `<Scenario id>`, question `outcome`) and every component id it defines, with
 * positions, for cross-file and duplicate checks. Frontmatter references are not included.
 */
export function collectReferences(tree: Root): {
	references: Reference[];
	components: ComponentId[];
} {
	const references: Reference[] = [];
	const components: ComponentId[] = [];
	const walk = (nodes: readonly RootContent[], scope: string | undefined) => {
		for (const node of nodes) {
			if (!isJsxElement(node)) {
				if ('children' in node) walk(node.children, scope);
				continue;
			}
			const name = node.name ?? '';
			const idAttr = node.attributes.find(
				(attr): attr is MdxJsxAttribute =>
					attr.type === 'mdxJsxAttribute' && attr.name === 'id' && typeof attr.value === 'string',
			);
			const id = typeof idAttr?.value === 'string' ? idAttr.value.trim() : undefined;
			const label = id ? `<${name} id="${id}">` : `<${name}>`;
			const at = (from: { position?: Nodes['position'] }) => {
				const start = from.position?.start;
				return start ? { line: start.line, column: start.column } : {};
			};
			if (id && name === 'Term')
				references.push({ kind: 'term', id, field: '<Term> id', ...at(idAttr!) });
			if (id && name === 'Scenario')
				references.push({ kind: 'scenario', id, field: '<Scenario> id', ...at(idAttr!) });
			const kind = ID_KINDS[name];
			if (id && kind) {
				components.push({
					kind,
					id,
					...(kind === 'option' && scope ? { scope } : {}),
					...at(node),
				});
			}
			for (const attr of node.attributes) {
				if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
				const refKind =
					REFERENCE_ATTRIBUTES[attr.name] ??
					(attr.name === 'outcome' && name === 'Question' ? 'outcome' : undefined);
				if (!refKind) continue;
				for (const ref of attr.value.split(/[\s,]+/).filter(Boolean)) {
					references.push({ kind: refKind, id: ref, field: `${label} ${attr.name}`, ...at(attr) });
				}
			}
			walk(node.children, name === 'Question' ? id : scope);
		}
	};
	walk(tree.children, undefined);
	return { references, components };
}
