/** `<RightsCheck>` and its `<ModelAnswer>` to `RightsCheckData`. */
import type { RootContent } from 'mdast';
import type { RightsCheckData } from '../../../schemas/review.ts';
import type { JsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { childElements, isContent, isStructural, misplaced, named } from './children.ts';
import { LESSON_COMPONENTS } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';

/** Reads a `<RightsCheck>` element into `RightsCheckData`. */
export function extractRightsCheck(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<RightsCheckData> {
	const ctx = new Context(options);
	return { data: readRightsCheck(ctx, node), problems: ctx.problems };
}

export function readRightsCheck(ctx: Context, node: JsxElement): RightsCheckData {
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
