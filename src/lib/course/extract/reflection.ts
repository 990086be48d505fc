/** `<Reflection>` to `ReflectionData`. */
import type { RootContent } from 'mdast';
import type { ReflectionData } from '../../../schemas/review.ts';
import type { JsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { childElements, isContent, isStructural, misplaced } from './children.ts';
import { LESSON_COMPONENTS } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';

/** Reads a `<Reflection>` element into `ReflectionData`. */
export function extractReflection(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<ReflectionData> {
	const ctx = new Context(options);
	return { data: readReflection(ctx, node), problems: ctx.problems };
}

export function readReflection(ctx: Context, node: JsxElement): ReflectionData {
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
