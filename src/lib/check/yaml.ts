/**
 * YAML with positions: parses `module.yaml`, `content/*.yaml` and MDX frontmatter, reports syntax
 * errors as problems, and finds the line of a key from a zod issue path.
 */
import {
	isMap,
	isPair,
	isScalar,
	isSeq,
	LineCounter,
	parseDocument,
	type Document,
	type Node,
} from 'yaml';
import type { Problem } from '../problems/problem.ts';

export interface YamlSource {
	file: string;
	/** The parsed document, kept for positions. */
	doc: Document;
	/** Plain data from the document; `undefined` when it has syntax errors. */
	data: unknown;
	/** Lines before the YAML text in its file (1 for frontmatter after `---`). */
	lineOffset: number;
	lineCounter: LineCounter;
}

export interface Place {
	line: number;
	column: number;
}

const SYNTAX_HINT =
	'Check this line: each field is `name: value` on its own line, list items start with `- `, nested fields are indented with spaces by the same amount, and text that contains `: ` or `#` is wrapped in quotes.';

const SYNTAX_HINTS: Partial<Record<string, string>> = {
	DUPLICATE_KEY: 'Keep one of the two and delete the other.',
	TAB_AS_INDENT: 'Indent with spaces, not tabs.',
	BAD_DQ_ESCAPE:
		'Inside double quotes, write `\\\\` for a backslash, or use single quotes instead.',
};

/** Parses YAML text; syntax errors are returned as problems with their line in the file. */
export function parseYaml(
	text: string,
	file: string,
	lineOffset = 0,
): { source: YamlSource; problems: Problem[] } {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const problems: Problem[] = doc.errors.map((error) => {
		const place = placeOf(lineCounter, error.pos[0], lineOffset);
		const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
		const duplicate = error.code === 'DUPLICATE_KEY';
		return {
			file,
			...place,
			field: duplicate ? keyAt(text, error.pos[0]) : 'YAML',
			message: duplicate
				? `The field \`${keyAt(text, error.pos[0])}\` appears twice here.`
				: `This YAML cannot be read: ${lowerFirst(reason)}.`,
			hint: SYNTAX_HINTS[error.code] ?? SYNTAX_HINT,
		};
	});
	const data = doc.errors.length === 0 ? (doc.toJS() as unknown) : undefined;
	return { source: { file, doc, data, lineOffset, lineCounter }, problems };
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1).replace(/\.$/, '');
}

function keyAt(text: string, offset: number): string {
	return /^[^:\n]*/
		.exec(text.slice(offset))![0]
		.trim()
		.replace(/^["']|["']$/g, '');
}

function placeOf(lineCounter: LineCounter, offset: number, lineOffset: number): Place {
	const { line, col } = lineCounter.linePos(offset);
	return { line: Math.max(line, 1) + lineOffset, column: Math.max(col, 1) };
}

/**
 * Where `path` is in the document: the key of the last map entry found (so the line shows the
 * field name), a list item, or the deepest existing parent when the path goes further than the
 * YAML (a missing key points at the map that should hold it).
 */
export function placeOfPath(source: YamlSource, path: readonly PropertyKey[]): Place | undefined {
	let node: unknown = source.doc.contents;
	let place: Node | undefined = isNode(node) ? node : undefined;
	for (const segment of path) {
		if (isMap(node)) {
			const pair = node.items.find(
				(item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment),
			);
			if (!pair) break;
			place = isNode(pair.key) ? pair.key : place;
			node = pair.value;
		} else if (isSeq(node) && typeof segment === 'number') {
			const item: unknown = node.items[segment];
			if (!isNode(item)) break;
			place = item;
			node = item;
		} else {
			break;
		}
	}
	const offset = place?.range?.[0];
	return offset === undefined ? undefined : placeOf(source.lineCounter, offset, source.lineOffset);
}

/** The position of a value (not its key), for pointing at one id in a list. */
export function placeOfValue(source: YamlSource, path: readonly PropertyKey[]): Place | undefined {
	const node: unknown = source.doc.getIn(path, true);
	if (isNode(node) && node.range)
		return placeOf(source.lineCounter, node.range[0], source.lineOffset);
	return placeOfPath(source, path);
}

/** The value at `path` as written in the file, e.g. `1.0` where YAML reads the number 1. */
export function sourceOfValue(
	source: YamlSource,
	path: readonly PropertyKey[],
): string | undefined {
	const node: unknown = source.doc.getIn(path, true);
	return isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

/** Keys of the map at `path`, for spotting unknown fields. */
export function keysAt(source: YamlSource, path: readonly PropertyKey[]): string[] {
	const node: unknown = path.length === 0 ? source.doc.contents : source.doc.getIn(path, true);
	if (!isMap(node)) return [];
	return node.items.flatMap((item) => (isScalar(item.key) ? [String(item.key.value)] : []));
}

function isNode(value: unknown): value is Node {
	return isMap(value) || isSeq(value) || isScalar(value);
}
