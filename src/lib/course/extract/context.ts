/** Options and result of every extractor, and the `Context` that collects one file's problems. */
import type { Nodes, RootContent } from 'mdast';
import type { Problem } from '../../problems/problem.ts';
import { childrenToHtml } from '../mdx.ts';

export interface ExtractOptions {
	/** Address of the glossary page for `<Term>` links. Defaults to `/glossary/`. */
	glossaryHref?: string;
	/** File the tree comes from, for problems. Defaults to an empty string. */
	file?: string;
	/** Source titles by id, for the text of `<LegalRef>` in rich text. */
	sourceLabels?: Readonly<Record<string, string>>;
}

export interface Extracted<T> {
	data: T;
	problems: Problem[];
}

/** Collects problems for one file; `report` reads the position of the node at fault. */
export class Context {
	readonly problems: Problem[] = [];
	readonly file: string;
	readonly glossaryHref: string;
	readonly sourceLabels: Readonly<Record<string, string>> | undefined;

	constructor(options: ExtractOptions = {}) {
		this.file = options.file ?? '';
		this.glossaryHref = options.glossaryHref ?? '/glossary/';
		this.sourceLabels = options.sourceLabels;
	}

	report(
		node: { position?: Nodes['position'] } | undefined,
		field: string,
		message: string,
		hint?: string,
	): void {
		const start = node?.position?.start;
		this.problems.push({
			file: this.file,
			...(start ? { line: start.line, column: start.column } : {}),
			field,
			message,
			...(hint ? { hint } : {}),
		});
	}

	html(nodes: readonly RootContent[], where: string, mode: 'block' | 'inline' = 'block'): string {
		const { html, problems } = childrenToHtml(nodes, {
			glossaryHref: this.glossaryHref,
			file: this.file,
			mode,
			where,
			...(this.sourceLabels ? { sourceLabels: this.sourceLabels } : {}),
		});
		this.problems.push(...problems);
		return html;
	}
}
