/** `<Quiz>`, `<Question>`, `<Option>` and `<Feedback>` to `QuizData`. */
import type { RootContent } from 'mdast';
import { listCode } from '../../problems/suggest.ts';
import type { OptionData, QuestionData, QuestionType, QuizData } from '../../../schemas/quiz.ts';
import { isJsxElement, type JsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { checkId, childElements, isContent, misplaced, named } from './children.ts';
import { AUTHORING, LESSON_COMPONENTS } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';

export const QUESTION_TYPES: readonly QuestionType[] = ['single', 'multiple', 'true-false'];

/** Reads a `<Quiz>` element into `QuizData`. */
export function extractQuiz(node: JsxElement, options?: ExtractOptions): Extracted<QuizData> {
	const ctx = new Context(options);
	return { data: readQuiz(ctx, node), problems: ctx.problems };
}

export function readQuiz(ctx: Context, node: JsxElement): QuizData {
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

	const anyFeedback =
		question.correctHtml !== '' ||
		question.incorrectHtml !== '' ||
		question.options.some((option) => option.feedbackHtml !== '');
	if (!anyFeedback) {
		ctx.report(
			node,
			`${label} <Feedback>`,
			`\`${label}\` has no feedback, so a learner is told only whether they were right.`,
			'At the end of the question, add `<Feedback correct>…</Feedback>` saying why the answer is right and `<Feedback>…</Feedback>` saying what to look at again.',
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
