/**
 * `<TrafficLight>` and its `<Statement>` elements (`<Amber>`, `<Red>`, `<Action>`, `<Plain>`) to
 * `TrafficLightData`.
 */
import type { RootContent } from 'mdast';
import type { StatementData, TrafficLightData } from '../../../schemas/review.ts';
import { REVIEW_GROUPS } from '../../../schemas/review-files.ts';
import { suggest } from '../../problems/suggest.ts';
import { isJsxElement, toPlainText, type JsxElement } from '../mdx.ts';
import { Attributes } from './attributes.ts';
import { checkId, childElements, isContent, isStructural, misplaced, named } from './children.ts';
import { AUTHORING, LESSON_COMPONENTS } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';

/** Reads a `<TrafficLight>` element into `TrafficLightData`. */
export function extractTrafficLight(
	node: JsxElement,
	options?: ExtractOptions,
): Extracted<TrafficLightData> {
	const ctx = new Context(options);
	return { data: readTrafficLight(ctx, node), problems: ctx.problems };
}

export function readTrafficLight(ctx: Context, node: JsxElement): TrafficLightData {
	const attrs = new Attributes(ctx, node, LESSON_COMPONENTS['TrafficLight']!);
	const data: TrafficLightData = {
		id: attrs.id('id'),
		title: attrs.string('title') ?? '',
		introHtml: '',
		...(attrs.has('groups') ? { groups: readGroups(ctx, attrs) } : {}),
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

/** `groups="young-people staff"`: the groups the team review asks for, each one checked. */
function readGroups(ctx: Context, attrs: Attributes): string[] {
	const groups = attrs.list('groups');
	const seen = new Set<string>();
	for (const group of groups) {
		const field = `${attrs.label} groups`;
		if (!(REVIEW_GROUPS as readonly string[]).includes(group)) {
			ctx.report(
				attrs.node('groups'),
				field,
				`\`${group}\` in \`groups\` on \`${attrs.label}\` is not a group the review knows.`,
				suggest(group, REVIEW_GROUPS, 'groups'),
			);
		} else if (seen.has(group)) {
			ctx.report(
				attrs.node('groups'),
				field,
				`\`groups\` on \`${attrs.label}\` lists \`${group}\` twice.`,
				'Keep one of them.',
			);
		}
		seen.add(group);
	}
	return groups;
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
		if (name === 'Amber' || name === 'Red' || name === 'Action' || name === 'Plain') {
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
			else if (name === 'Plain') data.plainHtml = readPlain(ctx, element, attrs.label);
			else if (name === 'Amber')
				data.amberHtml = ctx.html(children, `\`<Amber>\` in \`${attrs.label}\``);
			else data.redHtml = ctx.html(children, `\`<Red>\` in \`${attrs.label}\``);
		} else if (found.size === 0 && !isStructural(child)) {
			text.push(child);
		} else {
			misplaced(ctx, child, attrs.label, '`<Amber>`, `<Red>`, `<Action>` and `<Plain>`');
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

/** The statement in plain words for the young people's form. */
function readPlain(ctx: Context, node: JsxElement, statementLabel: string): string {
	const html = ctx.html(node.children, `\`<Plain>\` in \`${statementLabel}\``);
	if (!html) {
		ctx.report(
			node,
			`${statementLabel} <Plain>`,
			`\`<Plain>\` in \`${statementLabel}\` has no text.`,
			`Write the statement in words a young person would use, or remove \`<Plain>\`. ${AUTHORING} › TrafficLight.`,
		);
	}
	return html;
}
