/** Ids a lesson or scenario refers to or defines, for the course's cross-file checks. */
import type { Nodes, Root, RootContent } from 'mdast';
import type { MdxJsxAttribute } from 'mdast-util-mdx';
import { isJsxElement } from '../mdx.ts';

export type ReferenceKind = 'right' | 'term' | 'source' | 'scenario' | 'outcome' | 'law' | 'module';

/** One id used in MDX that must exist elsewhere in the course. */
export interface Reference {
	kind: ReferenceKind;
	id: string;
	/** The element and attribute that hold it, e.g. `<Choice id="c-ask"> rights`. */
	field: string;
	line?: number;
	column?: number;
}

export type ComponentKind =
	| 'quiz'
	| 'question'
	| 'option'
	| 'traffic-light'
	| 'statement'
	| 'reflection'
	| 'rights-check'
	| 'node'
	| 'ending'
	| 'choice';

/** One author-written component id, with where it is. */
export interface ComponentId {
	kind: ComponentKind;
	id: string;
	/** Id of the enclosing component whose ids are a separate namespace (an option's question). */
	scope?: string;
	line?: number;
	column?: number;
}

const ID_KINDS: Readonly<Record<string, ComponentKind>> = {
	Quiz: 'quiz',
	Question: 'question',
	Option: 'option',
	TrafficLight: 'traffic-light',
	Statement: 'statement',
	Reflection: 'reflection',
	RightsCheck: 'rights-check',
	Node: 'node',
	Ending: 'ending',
	Choice: 'choice',
};

const REFERENCE_ATTRIBUTES: Readonly<Record<string, ReferenceKind>> = {
	rights: 'right',
	right: 'right',
	sources: 'source',
	source: 'source',
	law: 'law',
};

/**
 * Every id a lesson or scenario body refers to (`rights=`, `right=`, `sources=`, `source=`,
 * `law=`, `<Term id>`, `<Scenario id>`, question `outcome`) and every component id it defines, with
 * positions, for cross-file and duplicate checks. Frontmatter references are not included.
 */
export function collectReferences(tree: Root): {
	references: Reference[];
	components: ComponentId[];
} {
	const references: Reference[] = [];
	const components: ComponentId[] = [];
	const walk = (nodes: readonly RootContent[], scope: string | undefined) => {
		for (const node of nodes) {
			if (!isJsxElement(node)) {
				if ('children' in node) walk(node.children, scope);
				continue;
			}
			const name = node.name ?? '';
			const idAttr = node.attributes.find(
				(attr): attr is MdxJsxAttribute =>
					attr.type === 'mdxJsxAttribute' && attr.name === 'id' && typeof attr.value === 'string',
			);
			const id = typeof idAttr?.value === 'string' ? idAttr.value.trim() : undefined;
			const label = id ? `<${name} id="${id}">` : `<${name}>`;
			const at = (from: { position?: Nodes['position'] }) => {
				const start = from.position?.start;
				return start ? { line: start.line, column: start.column } : {};
			};
			if (id && name === 'Term')
				references.push({ kind: 'term', id, field: '<Term> id', ...at(idAttr!) });
			if (id && name === 'Scenario')
				references.push({ kind: 'scenario', id, field: '<Scenario> id', ...at(idAttr!) });
			const kind = ID_KINDS[name];
			if (id && kind) {
				components.push({
					kind,
					id,
					...(kind === 'option' && scope ? { scope } : {}),
					...at(node),
				});
			}
			for (const attr of node.attributes) {
				if (attr.type !== 'mdxJsxAttribute' || typeof attr.value !== 'string') continue;
				const refKind =
					REFERENCE_ATTRIBUTES[attr.name] ??
					(attr.name === 'outcome' && name === 'Question' ? 'outcome' : undefined);
				if (!refKind) continue;
				for (const ref of attr.value.split(/[\s,]+/).filter(Boolean)) {
					references.push({ kind: refKind, id: ref, field: `${label} ${attr.name}`, ...at(attr) });
				}
			}
			walk(node.children, name === 'Question' ? id : scope);
		}
	};
	walk(tree.children, undefined);
	return { references, components };
}
