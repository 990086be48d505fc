/** `<CrisisBox />`, which may appear in a lesson or a scenario. */
import type { JsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { isContent } from './children.ts';
import { LESSON_COMPONENTS } from './components.ts';
import type { Context } from './context.ts';

/** Checks `<CrisisBox />`: no children (its text comes from `content/support-lines.yaml`). */
export function readCrisisBox(ctx: Context, node: JsxElement): void {
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
