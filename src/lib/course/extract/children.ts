/** Walking the children of a component: what counts as content, and what is out of place. */
import type { Root, RootContent } from 'mdast';
import { isCommentExpression, isJsxElement, liftElements, type JsxElement } from '../mdx.ts';
import type { Attributes } from './attributes.ts';
import { AUTHORING, CHILD_COMPONENTS } from './components.ts';
import type { Context } from './context.ts';

export function childElements(node: JsxElement | Root): RootContent[] {
	return liftElements(node.children as RootContent[]);
}

export function isContent(node: RootContent): boolean {
	return (
		!(node.type === 'text' && node.value.trim() === '') &&
		!isCommentExpression(node) &&
		node.type !== 'yaml'
	);
}

/** The element, if `node` is a component called `name`. */
export function named(node: RootContent, name: string): JsxElement | undefined {
	return isJsxElement(node) && node.name === name ? node : undefined;
}

/** Reports a child element that does not belong where it is. */
export function misplaced(
	ctx: Context,
	node: RootContent,
	parentLabel: string,
	expected: string,
): void {
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

export function checkId(
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

/** A capitalised component other than the inline `<Term>` and `<LegalRef>`. */
export function isStructural(node: RootContent): boolean {
	return (
		isJsxElement(node) &&
		node.name !== null &&
		/^[A-Z]/.test(node.name) &&
		node.name !== 'Term' &&
		node.name !== 'LegalRef'
	);
}
