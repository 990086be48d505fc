/**
 * Places a scenario map (`scenario-map.ts`) for drawing: one box per node and ending, one arrow
 * per choice and goto with its label, laid out top to bottom by dagre, the layered graph layout
 * (Sugiyama) that Graphviz `dot` also uses. Runs at build time; the page draws static SVG.
 *
 * Text is set in a monospace font so its width can be known without a browser: every character
 * is `CHAR_WIDTH` wide, and box and label sizes follow from the longest line.
 */
import dagre from '@dagrejs/dagre';
import type { Condition, EndingOutcome } from '../../schemas/scenario.ts';
import { formatCondition, type MapEdge, type MapStep, type ScenarioMap } from './scenario-map.ts';

/** The words drawn in the map, from the site's interface strings. */
export interface MapLabels {
	start: string;
	unreachable: string;
	neverEnds: string;
	/** On a node where some route stops because no choice or goto applies. */
	stuck: string;
	/** On an ending that the conditions on the way never let a learner reach. */
	noRoute: string;
	/** Under a node with text shown only when `condition` holds. */
	textIf: (condition: string) => string;
	outcome: (outcome: EndingOutcome, score: number) => string;
	best: string;
	/** A goto's label; `position` is 1-based among the node's gotos. */
	goto: (position: number) => string;
	/** A condition on a choice or goto. */
	when: (condition: string) => string;
	/** A goto without a condition, after others that have one. */
	otherwise: string;
	sets: (assignments: string) => string;
}

/** How a line is drawn: ids in bold, warnings stand out, notes are conditions and variables. */
type MapTextKind = 'id' | 'text' | 'note' | 'warning';

export interface MapText {
	text: string;
	kind: MapTextKind;
}

export interface MapBox {
	id: string;
	kind: 'node' | 'ending';
	outcome?: EndingOutcome;
	start: boolean;
	/** Has a warning line (unreachable, never ends, stuck, no route): drawn dashed. */
	flagged: boolean;
	/** Top-left corner. */
	x: number;
	y: number;
	width: number;
	height: number;
	lines: MapText[];
}

export interface MapPoint {
	x: number;
	y: number;
}

interface MapArrow {
	via: 'choice' | 'goto';
	from: string;
	to: string;
	/** From the edge of the `from` box to the edge of the `to` box. */
	points: MapPoint[];
	label: { x: number; y: number; width: number; height: number; lines: MapText[] };
}

export interface MapLayout {
	width: number;
	height: number;
	boxes: MapBox[];
	arrows: MapArrow[];
}

export const FONT_SIZE = 13;
export const LINE_HEIGHT = 18;
/** 0.6 em is the advance of common monospace fonts; rounded up so text never overflows. */
const CHAR_WIDTH = 8;
export const PADDING = 8;
const BOX_CHARS = 30;
const LABEL_CHARS = 24;
const SUMMARY_LINES = 3;
const CHOICE_LINES = 2;

/**
 * Breaks `text` into lines of at most `width` characters at spaces (a longer word is cut), and
 * keeps at most `maxLines`, the last ending with "…" when text was left out.
 */
export function wrapText(text: string, width: number, maxLines = Infinity): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		let rest = word;
		while (rest.length > 0) {
			const joined = line ? `${line} ${rest}` : rest;
			if (joined.length <= width) {
				line = joined;
				rest = '';
			} else if (line) {
				lines.push(line);
				line = '';
			} else {
				lines.push(rest.slice(0, width));
				rest = rest.slice(width);
			}
		}
	}
	if (line) lines.push(line);
	if (lines.length <= maxLines) return lines;
	const kept = lines.slice(0, maxLines);
	const last = kept[maxLines - 1]!;
	kept[maxLines - 1] = `${last.length < width ? last : last.slice(0, width - 1)}…`;
	return kept;
}

const lines = (kind: MapTextKind, texts: readonly string[]): MapText[] =>
	texts.map((text) => ({ text, kind }));

const conditions = (list: readonly Condition[]) => list.map(formatCondition).join(' ');

function boxLines(step: MapStep, labels: MapLabels): MapText[] {
	const warnings = [
		...(step.unreachable ? [labels.unreachable] : []),
		...(step.kind === 'node' && step.neverEnds ? [labels.neverEnds] : []),
		...(step.kind === 'node' && step.stuck ? [labels.stuck] : []),
		...(step.kind === 'ending' && step.noRoute ? [labels.noRoute] : []),
	];
	const head: MapText[] = [
		{ text: step.id, kind: 'id' },
		...(step.start ? [{ text: labels.start, kind: 'note' as const }] : []),
	];
	if (step.kind === 'ending') {
		return [
			...head,
			...lines('text', wrapText(step.title, BOX_CHARS, 2)),
			{ text: labels.outcome(step.outcome, step.score), kind: 'note' },
			...lines(
				'warning',
				warnings.flatMap((warning) => wrapText(warning, BOX_CHARS)),
			),
		];
	}
	const shownIf = [...new Set(step.textConditions.map(formatCondition))];
	return [
		...head,
		...lines('text', wrapText(step.summary, BOX_CHARS, SUMMARY_LINES)),
		...lines(
			'note',
			shownIf.flatMap((condition) => wrapText(labels.textIf(condition), BOX_CHARS)),
		),
		...lines(
			'warning',
			warnings.flatMap((warning) => wrapText(warning, BOX_CHARS)),
		),
	];
}

function arrowLines(edge: MapEdge, labels: MapLabels, otherGotos: boolean): MapText[] {
	if (edge.via === 'goto') {
		const condition = edge.when
			? labels.when(formatCondition(edge.when))
			: otherGotos
				? labels.otherwise
				: undefined;
		return [
			{ text: labels.goto(edge.position), kind: 'id' },
			...(condition ? lines('note', wrapText(condition, LABEL_CHARS)) : []),
		];
	}
	return [
		{ text: edge.best ? `${edge.id} · ${labels.best}` : edge.id, kind: 'id' },
		...lines('text', wrapText(edge.label, LABEL_CHARS, CHOICE_LINES)),
		...lines('note', wrapText(edge.rights.join(' '), LABEL_CHARS)),
		...(edge.when
			? lines('note', wrapText(labels.when(formatCondition(edge.when)), LABEL_CHARS))
			: []),
		...(edge.set.length > 0
			? lines('note', wrapText(labels.sets(conditions(edge.set)), LABEL_CHARS))
			: []),
	];
}

function size(texts: readonly MapText[]): { width: number; height: number } {
	const longest = Math.max(...texts.map((line) => line.text.length));
	return {
		width: longest * CHAR_WIDTH + 2 * PADDING,
		height: texts.length * LINE_HEIGHT + 2 * PADDING,
	};
}

const round = (value: number) => Math.round(value * 10) / 10;

interface NodeValue {
	width: number;
	height: number;
	x?: number;
	y?: number;
}

interface EdgeValue extends NodeValue {
	labelpos: 'c';
	points?: MapPoint[];
}

/** Positions every box and arrow of `map`; the drawing is `width` × `height` pixels. */
export function layoutScenarioMap(map: ScenarioMap, labels: MapLabels): MapLayout {
	const graph = new dagre.graphlib.Graph<object, NodeValue, EdgeValue>({ multigraph: true });
	graph.setGraph({ rankdir: 'TB', nodesep: 24, edgesep: 16, ranksep: 48, marginx: 8, marginy: 8 });

	const boxText = new Map(map.steps.map((step) => [step.id, boxLines(step, labels)]));
	for (const [id, texts] of boxText) graph.setNode(id, size(texts));

	const gotoCount = new Map<string, number>();
	for (const edge of map.edges) {
		if (edge.via === 'goto') gotoCount.set(edge.from, (gotoCount.get(edge.from) ?? 0) + 1);
	}
	const arrowText = map.edges.map((edge, index) => ({
		edge,
		name: String(index),
		texts: arrowLines(edge, labels, (gotoCount.get(edge.from) ?? 0) > 1),
	}));
	for (const { edge, name, texts } of arrowText) {
		graph.setEdge(edge.from, edge.to, { ...size(texts), labelpos: 'c' }, name);
	}

	dagre.layout(graph);

	const boxes = map.steps.map((step): MapBox => {
		const { x = 0, y = 0, width, height } = graph.node(step.id);
		const texts = boxText.get(step.id) ?? [];
		return {
			id: step.id,
			kind: step.kind,
			...(step.kind === 'ending' ? { outcome: step.outcome } : {}),
			start: step.start,
			flagged: texts.some((line) => line.kind === 'warning'),
			x: round(x - width / 2),
			y: round(y - height / 2),
			width,
			height,
			lines: texts,
		};
	});
	const arrows = arrowText.map(({ edge, name, texts }): MapArrow => {
		const { x = 0, y = 0, width, height, points = [] } = graph.edge(edge.from, edge.to, name);
		return {
			via: edge.via,
			from: edge.from,
			to: edge.to,
			points: points.map((point) => ({ x: round(point.x), y: round(point.y) })),
			label: { x: round(x - width / 2), y: round(y - height / 2), width, height, lines: texts },
		};
	});
	const { width = 0, height = 0 } = graph.graph() as { width?: number; height?: number };
	return { width: Math.ceil(width), height: Math.ceil(height), boxes, arrows };
}
