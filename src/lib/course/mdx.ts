/**
 * Parsing course MDX and turning author rich text (the body of an `<Option>`, `<Feedback>`,
 * `<Node>`…) into HTML strings that islands can render without MDX. Rich text may use Markdown,
 * GFM, plain lower-case HTML tags, `<Term>` and `<LegalRef>`; any other component is reported as a
 * problem, because islands receive HTML, not components.
 */
import type { Element, ElementContent, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type {
	MdxFlowExpression,
	MdxJsxFlowElement,
	MdxJsxTextElement,
	MdxTextExpression,
} from 'mdast-util-mdx';
import { toHast, type State } from 'mdast-util-to-hast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Problem } from '../problems/problem.ts';
import { closestMatch } from '../problems/suggest.ts';

/** A JSX element written by the author, on its own line (flow) or inside text. */
export type JsxElement = MdxJsxFlowElement | MdxJsxTextElement;

/**
 * Parses course MDX the way Astro's MDX integration does (GFM on, YAML frontmatter), keeping
 * positions. Throws the parser's message (with `line` and `column`) on invalid MDX syntax.
 */
export function parseMdx(source: string): Root {
	return unified()
		.use(remarkParse)
		.use(remarkMdx)
		.use(remarkFrontmatter, ['yaml'])
		.use(remarkGfm)
		.parse(source);
}

export function isJsxElement(node: { type: string }): node is JsxElement {
	return node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';
}

/** An `{…}` expression that holds only comments, such as `{/* note *\/}`: MDX renders nothing. */
export function isCommentExpression(node: { type: string }): boolean {
	if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
	const program = (node as MdxFlowExpression | MdxTextExpression).data?.estree;
	return program
		? program.body.length === 0
		: /^\s*\/\*[\s\S]*\*\/\s*$/.test((node as MdxFlowExpression).value);
}

/** Components allowed inside rich text; they become plain HTML. */
const INLINE_COMPONENTS = ['Term', 'LegalRef'] as const;

function isInlineName(name: string | null): boolean {
	return (
		name === null || !/^[A-Z]/.test(name) || (INLINE_COMPONENTS as readonly string[]).includes(name)
	);
}

function isBlank(node: RootContent): boolean {
	return (node.type === 'text' && node.value.trim() === '') || isCommentExpression(node);
}

/**
 * Flattens a component's children into a list where every capitalised child component stands on
 * its own, whether the author wrote it on its own line (a flow element) or next to other lines
 * (MDX then puts it inside a paragraph). Text around such components becomes its own paragraph;
 * whitespace-only text and MDX comments are dropped. `<Term>` and `<LegalRef>` stay in their text.
 */
export function liftElements(children: readonly RootContent[]): RootContent[] {
	const items: RootContent[] = [];
	for (const child of children) {
		if (isCommentExpression(child)) continue;
		if (
			child.type !== 'paragraph' ||
			!child.children.some((c) => isJsxElement(c) && !isInlineName(c.name))
		) {
			items.push(child);
			continue;
		}
		let run: PhrasingContent[] = [];
		const flush = () => {
			const trimmed = trimPhrasing(run);
			if (trimmed.length > 0) items.push(paragraphOf(trimmed, child));
			run = [];
		};
		for (const phrase of child.children) {
			if (isJsxElement(phrase) && !isInlineName(phrase.name)) {
				flush();
				items.push(phrase);
			} else {
				run.push(phrase);
			}
		}
		flush();
	}
	return items;
}

function paragraphOf(children: PhrasingContent[], from: Paragraph): Paragraph {
	const first = children[0]?.position;
	const last = children.at(-1)?.position;
	const position = first && last ? { start: first.start, end: last.end } : from.position;
	return position ? { type: 'paragraph', children, position } : { type: 'paragraph', children };
}

/** Drops leading and trailing whitespace (and the line breaks MDX leaves between elements). */
function trimPhrasing(nodes: readonly PhrasingContent[]): PhrasingContent[] {
	const result = nodes.filter((node) => !isCommentExpression(node));
	while (result.length > 0 && isBlank(result[0]!)) result.shift();
	while (result.length > 0 && isBlank(result.at(-1)!)) result.pop();
	const first = result[0];
	if (first?.type === 'text') result[0] = { ...first, value: first.value.trimStart() };
	const last = result.at(-1);
	if (last?.type === 'text') result[result.length - 1] = { ...last, value: last.value.trimEnd() };
	return result;
}

const PHRASING_TYPES = new Set([
	'text',
	'emphasis',
	'strong',
	'delete',
	'inlineCode',
	'break',
	'link',
	'linkReference',
	'image',
	'imageReference',
	'footnoteReference',
	'html',
	'mdxJsxTextElement',
	'mdxTextExpression',
]);

export interface RichTextOptions {
	/** Address of the glossary page; `<Term id="x">` links to `{glossaryHref}#x`. */
	glossaryHref: string;
	/** File the nodes come from, for problems. */
	file?: string;
	/**
	 * `block` (default) wraps loose text in `<p>`; `inline` drops the `<p>` around a single
	 * paragraph, for labels such as an option's text.
	 */
	mode?: 'block' | 'inline';
	/** Names the container in problems, e.g. "`<Feedback>`". */
	where?: string;
	/** Source titles by id, for the text of `<LegalRef>`; without one the source id is shown. */
	sourceLabels?: Readonly<Record<string, string>>;
}

export interface RichText {
	html: string;
	problems: Problem[];
}

/**
 * Converts mdast children (flow or phrasing) to an HTML string. `<Term id="x">text</Term>` becomes
 * `<a class="app-term" href="{glossaryHref}#x">text</a>`; `<LegalRef source="s" pin="p" />` becomes
 * `<cite class="app-legal-ref" data-source="s" data-pin="p">Title, p</cite>`; lower-case tags stay
 * HTML. Other components and `{…}` expressions are reported as problems and left out.
 */
export function childrenToHtml(nodes: readonly RootContent[], options: RichTextOptions): RichText {
	const problems: Problem[] = [];
	const file = options.file ?? '';
	const where = options.where ?? 'this text';

	const report = (node: Nodes, field: string, message: string, hint?: string) => {
		const start = node.position?.start;
		problems.push({
			file,
			...(start ? { line: start.line, column: start.column } : {}),
			field,
			message,
			...(hint ? { hint } : {}),
		});
	};

	const attribute = (node: JsxElement, name: string): string | undefined => {
		for (const attr of node.attributes) {
			if (attr.type === 'mdxJsxAttribute' && attr.name === name && typeof attr.value === 'string') {
				return attr.value;
			}
		}
		return undefined;
	};

	const jsx = (state: State, node: JsxElement): ElementContent | ElementContent[] | undefined => {
		const { name } = node;
		if (name === null) return state.all(node);
		if (name === 'Term') {
			const id = attribute(node, 'id');
			if (!id) {
				report(
					node,
					'<Term> id',
					'A `<Term>` has no `id`, so it cannot link to the glossary.',
					'Add the glossary id, for example `<Term id="blanket-restriction">blanket restrictions</Term>`.',
				);
				return state.all(node);
			}
			return element(
				'a',
				{ className: ['app-term'], href: `${options.glossaryHref}#${id}` },
				state.all(node),
			);
		}
		if (name === 'LegalRef') {
			const source = attribute(node, 'source');
			const pin = attribute(node, 'pin');
			if (!source) {
				report(
					node,
					'<LegalRef> source',
					'A `<LegalRef>` has no `source`.',
					'Add the id of a source from `content/sources.yaml`, for example `<LegalRef source="hra-1998" pin="s.6(1)" />`.',
				);
				return undefined;
			}
			const title = options.sourceLabels?.[source] ?? source;
			const properties: Properties = { className: ['app-legal-ref'], dataSource: source };
			if (pin) properties['dataPin'] = pin;
			return element('cite', properties, [
				{ type: 'text', value: pin ? `${title}, ${pin}` : title },
			]);
		}
		if (!/^[A-Z]/.test(name) && !name.includes('.')) {
			const properties: Properties = {};
			for (const attr of node.attributes) {
				if (
					attr.type === 'mdxJsxAttribute' &&
					(typeof attr.value === 'string' || attr.value === null)
				) {
					properties[attr.name === 'class' ? 'className' : attr.name] = attr.value ?? true;
				}
			}
			return element(name, properties, state.all(node));
		}
		const close = closestMatch(name, INLINE_COMPONENTS);
		report(
			node,
			`<${name}>`,
			`\`<${name}>\` cannot be used inside ${where}.`,
			close
				? `Did you mean \`<${close}>\`?`
				: 'Inside quizzes, scenarios, reviews, reflections and rights checks, write Markdown, `<Term>` or `<LegalRef>` only. Move the component outside, or write its content as plain text.',
		);
		return undefined;
	};

	const expression = (_state: State, node: MdxFlowExpression | MdxTextExpression) => {
		if (!isCommentExpression(node)) {
			report(
				node,
				'{…}',
				`The expression \`{${node.value.trim()}}\` cannot be used inside ${where}.`,
				`Write the text itself. To show the braces as text, write \`\\{${node.value.trim()}\\}\`.`,
			);
		}
		return undefined;
	};

	const arranged = arrange(nodes);
	const tree = toHast(
		{ type: 'root', children: arranged },
		{
			handlers: {
				mdxJsxFlowElement: jsx,
				mdxJsxTextElement: jsx,
				mdxFlowExpression: expression,
				mdxTextExpression: expression,
				mdxjsEsm: () => undefined,
				yaml: () => undefined,
			},
		},
	);
	if (tree.type !== 'root') return { html: '', problems };
	// A component left out above can leave an empty paragraph behind.
	tree.children = tree.children.filter((child, index, all) => {
		if (child.type === 'element' && child.tagName === 'p') return !isEmptyElement(child);
		// Drop the line break that followed a dropped paragraph.
		const previous = all[index - 1];
		return !(
			child.type === 'text' &&
			child.value.trim() === '' &&
			previous?.type === 'element' &&
			isEmptyElement(previous)
		);
	});
	const blocks = tree.children.filter(
		(child) => !(child.type === 'text' && child.value.trim() === ''),
	);
	const lone = blocks[0];
	if (
		(options.mode ?? 'block') === 'inline' &&
		blocks.length === 1 &&
		lone?.type === 'element' &&
		lone.tagName === 'p'
	) {
		return { html: toHtml(lone.children).trim(), problems };
	}
	return { html: toHtml(tree).trim(), problems };
}

/** Groups loose phrasing into paragraphs. */
function arrange(nodes: readonly RootContent[]): RootContent[] {
	const arranged: RootContent[] = [];
	let run: PhrasingContent[] = [];
	const flush = () => {
		const trimmed = trimPhrasing(run);
		if (trimmed.length > 0) arranged.push({ type: 'paragraph', children: trimmed });
		run = [];
	};
	for (const node of nodes) {
		if (PHRASING_TYPES.has(node.type)) run.push(node as PhrasingContent);
		else {
			flush();
			if (!isCommentExpression(node)) arranged.push(node);
		}
	}
	flush();
	return arranged;
}

function isEmptyElement(node: Element): boolean {
	return node.children.every((child) => child.type === 'text' && child.value.trim() === '');
}

function element(tagName: string, properties: Properties, children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

/** Plain text of mdast nodes, for fields stored as text rather than HTML. */
export function toPlainText(nodes: readonly (RootContent | Nodes)[]): string {
	const parts: string[] = [];
	const walk = (node: RootContent | Nodes) => {
		if (
			'value' in node &&
			typeof node.value === 'string' &&
			node.type !== 'yaml' &&
			!node.type.startsWith('mdx')
		) {
			parts.push(node.value);
		} else if (node.type === 'break') {
			parts.push('\n');
		}
		if ('children' in node) {
			for (const child of node.children) walk(child);
			if (node.type === 'paragraph') parts.push('\n\n');
		}
	};
	for (const node of nodes) walk(node);
	return parts
		.join('')
		.replace(/[ \t]*\n[ \t]*/g, '\n')
		.replace(/\n{3,}/g, '\n\n')
		.trim();
}
