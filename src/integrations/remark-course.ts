/**
 * Remark plugin for lesson MDX: replaces each `<Quiz>`, `<TrafficLight>`, `<Reflection>` and
 * `<RightsCheck>` with the same element carrying one attribute, `data`, holding the extracted data
 * as JSON, and no children. The `.astro` wrappers then read `Astro.props.data` instead of
 * rendering author markup. Scenario files (`content/scenarios/`) are left alone: `Scenario.astro`
 * extracts them itself.
 *
 * The pre-build course check reports author mistakes first, with every problem at once; if one
 * still reaches this plugin (for example in `astro dev` after an edit), it fails the file with the
 * element's position.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { SKIP, visit } from 'unist-util-visit';
import type { Problem } from '../lib/problems/problem.ts';
import {
	extractQuiz,
	extractReflection,
	extractRightsCheck,
	extractTrafficLight,
	TRACKED_COMPONENTS,
	type ExtractOptions,
	type Extracted,
} from '../lib/course/extract/index.ts';
import { isCommentExpression, isJsxElement, type JsxElement } from '../lib/course/mdx.ts';

export interface RemarkCourseOptions {
	/** Address of the glossary page; `<Term id="x">` inside components links to `{glossaryHref}#x`. */
	glossaryHref: string;
	/** Source titles by id, used as the text of `<LegalRef>` inside components. */
	sourceLabels?: Readonly<Record<string, string>>;
}

const SCENARIO_FILE = /[\\/]content[\\/]scenarios[\\/]/;

function isTracked(node: { type: string }): node is JsxElement {
	return (
		isJsxElement(node) && (TRACKED_COMPONENTS as readonly (string | null)[]).includes(node.name)
	);
}

function extract(node: JsxElement, options: ExtractOptions): Extracted<unknown> {
	switch (node.name) {
		case 'Quiz':
			return extractQuiz(node, options);
		case 'TrafficLight':
			return extractTrafficLight(node, options);
		case 'Reflection':
			return extractReflection(node, options);
		default:
			return extractRightsCheck(node, options);
	}
}

/** A paragraph holding nothing but one tracked component, written inline by the author. */
function loneTrackedElement(paragraph: Paragraph): JsxElement | undefined {
	const content = paragraph.children.filter(
		(child) => !(child.type === 'text' && child.value.trim() === '') && !isCommentExpression(child),
	);
	const only = content[0];
	return content.length === 1 && only && isTracked(only) ? only : undefined;
}

function describe(problems: readonly Problem[]): string {
	return problems
		.map((problem, index) => {
			const text = problem.hint ? `${problem.message} ${problem.hint}` : problem.message;
			return index === 0 || problem.line === undefined ? text : `(line ${problem.line}) ${text}`;
		})
		.join('\n');
}

export const remarkCourse: Plugin<[RemarkCourseOptions], Root> = (options) => {
	return (tree, file) => {
		if (file.path && SCENARIO_FILE.test(file.path)) return;
		const extractOptions: ExtractOptions = {
			glossaryHref: options.glossaryHref,
			file: file.path ?? '',
			...(options.sourceLabels ? { sourceLabels: options.sourceLabels } : {}),
		};
		visit(tree, (node, index, parent) => {
			let element: JsxElement | undefined;
			// An element alone in a paragraph becomes a flow element, so no `<p>` wraps the widget.
			let type: JsxElement['type'] = 'mdxJsxFlowElement';
			if (node.type === 'paragraph') {
				element = loneTrackedElement(node);
				if (!element) return;
			} else if (isTracked(node)) {
				element = node;
				type = node.type;
			} else {
				return;
			}
			const { data, problems } = extract(element, extractOptions);
			if (problems.length > 0) file.fail(describe(problems), element);
			const replacement: JsxElement = {
				type,
				name: element.name,
				attributes: [{ type: 'mdxJsxAttribute', name: 'data', value: JSON.stringify(data) }],
				children: [],
				...(element.position ? { position: element.position } : {}),
			};
			if (parent && index !== undefined) {
				(parent.children as RootContent[])[index] = replacement;
			}
			return SKIP;
		});
	};
};

export default remarkCourse;
