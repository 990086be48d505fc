/** One scenario `<Node>` (with its `<Choice>`, `<Goto>` and `<When>` elements) or `<Ending>`. */
import type { RootContent } from 'mdast';
import type {
	Condition,
	EndingOutcome,
	ScenarioChoice,
	ScenarioEnding,
	ScenarioNode,
} from '../../../schemas/scenario.ts';
import type { JsxElement } from '../mdx.ts';
import { Attributes, parseAssignment } from './attributes.ts';
import { checkId, childElements, isContent, isStructural, misplaced, named } from './children.ts';
import { AUTHORING } from './components.ts';
import type { Context } from './context.ts';

export const ENDING_OUTCOMES: readonly EndingOutcome[] = ['positive', 'mixed', 'negative'];

/** Whether the text a node ends with (following its last children down) ends with `?`. */
function endsWithQuestionMark(node: RootContent): boolean {
	if ('value' in node) return node.value.trimEnd().endsWith('?');
	const last = 'children' in node ? node.children.at(-1) : undefined;
	return last !== undefined && endsWithQuestionMark(last);
}

function readBlocks(ctx: Context, where: string) {
	const blocks: ScenarioNode['blocks'] = [];
	let pending: RootContent[] = [];
	return {
		blocks,
		add(node: RootContent) {
			pending.push(node);
		},
		/**
		 * The paragraph just before the choices, as inline HTML, when it asks a question (and is
		 * not inside a `<When>`): the choices take it as their question rather than the player's
		 * own "What do you do?", which would otherwise repeat it.
		 */
		takeClosingQuestion(): string | undefined {
			const last = pending.at(-1);
			if (last?.type !== 'paragraph' || !endsWithQuestionMark(last)) return undefined;
			pending.pop();
			return ctx.html(last.children, where, 'inline') || undefined;
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

export function readNode(
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
			if (data.choices.length === 0) {
				const question = blocks.takeClosingQuestion();
				if (question) data.question = question;
			}
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

export function readEnding(
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
