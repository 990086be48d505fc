/** A scenario file (introduction, `<Node>` and `<Ending>` elements) to `ScenarioData`. */
import type { Root, RootContent } from 'mdast';
import type { ScenarioData } from '../../../schemas/scenario.ts';
import { isJsxElement, type JsxElement } from '../mdx.ts';
import { childElements, isContent, isStructural, named } from './children.ts';
import { AUTHORING, SCENARIO_ONLY } from './components.ts';
import { Context, type ExtractOptions, type Extracted } from './context.ts';
import { readCrisisBox } from './crisis-box.ts';
import { readEnding, readNode } from './scenario-steps.ts';

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
