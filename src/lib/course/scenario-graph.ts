/**
 * The scenario as a graph: nodes and endings are vertices, choices and gotos are edges. Used by
 * the course check (targets exist, every node is reachable, every path can end) and by anything
 * that plays a scenario (conditions, which goto to follow). Conditions are ignored for
 * reachability: an edge counts if some run could take it.
 */
import type { Condition, ScenarioData, ScenarioNode } from '../../schemas/scenario.ts';

/** One way out of a node. */
interface ScenarioEdge {
	from: string;
	to: string;
	/** The choice id, or `goto` with its 1-based position among the node's gotos. */
	via: { kind: 'choice'; id: string } | { kind: 'goto'; index: number };
}

export type ScenarioFinding =
	/** `start` is empty or names no node or ending. */
	| { type: 'missing-start'; start: string }
	/**
	 * A choice or goto points at an id that is neither a node nor an ending. `orphans` are the
	 * nodes and endings nothing leads to: one of them is probably the target, renamed.
	 */
	| { type: 'missing-target'; edge: ScenarioEdge; orphans: string[] }
	/** No path from `start` reaches this node or ending. */
	| { type: 'unreachable'; id: string; kind: 'node' | 'ending' }
	/** A node with no choices and no gotos: learners are stuck there. */
	| { type: 'dead-end'; id: string }
	/** A node whose every path loops without reaching an ending; `loop` shows one such path. */
	| { type: 'endless'; id: string; loop: string[] }
	/** Every goto of the node has a condition, so learners are stuck when none holds. */
	| { type: 'no-fallback-goto'; id: string }
	/** A condition tests a variable that no choice sets. */
	| { type: 'unset-variable'; name: string; at: string; setVariables: string[] }
	/** A condition tests for a value that no choice gives its variable. */
	| { type: 'unset-value'; name: string; value: string; at: string; setValues: string[] };

/** Every edge of the scenario, in document order. */
function scenarioEdges(data: ScenarioData): ScenarioEdge[] {
	return data.nodes.flatMap((node) => [
		...node.choices.map((choice): ScenarioEdge => ({
			from: node.id,
			to: choice.to,
			via: { kind: 'choice', id: choice.id },
		})),
		...node.gotos.map((goto, index): ScenarioEdge => ({
			from: node.id,
			to: goto.to,
			via: { kind: 'goto', index: index + 1 },
		})),
	]);
}

/** Ids reachable from `from` (included) by following edges to existing nodes and endings. */
export function reachableFrom(data: ScenarioData, from: string): Set<string> {
	const nodes = new Map(data.nodes.map((node) => [node.id, node]));
	const endings = new Set(data.endings.map((ending) => ending.id));
	const seen = new Set<string>();
	const stack = [from];
	while (stack.length > 0) {
		const id = stack.pop()!;
		if (seen.has(id) || (!nodes.has(id) && !endings.has(id))) continue;
		seen.add(id);
		const node = nodes.get(id);
		if (node) stack.push(...successors(node));
	}
	return seen;
}

function successors(node: ScenarioNode): string[] {
	return [...node.choices.map((choice) => choice.to), ...node.gotos.map((goto) => goto.to)];
}

/**
 * Ids of the nodes (and the endings themselves) from which some path reaches an ending, found by
 * walking edges backwards from the endings.
 */
export function canFinish(data: ScenarioData): Set<string> {
	const incoming = new Map<string, string[]>();
	for (const edge of scenarioEdges(data)) {
		incoming.set(edge.to, [...(incoming.get(edge.to) ?? []), edge.from]);
	}
	const done = new Set<string>(data.endings.map((ending) => ending.id));
	const stack = [...done];
	while (stack.length > 0) {
		const id = stack.pop()!;
		for (const from of incoming.get(id) ?? []) {
			if (!done.has(from)) {
				done.add(from);
				stack.push(from);
			}
		}
	}
	return done;
}

/** Finds structural mistakes in a scenario; an empty list means every path from `start` can end. */
export function analyseScenario(data: ScenarioData): ScenarioFinding[] {
	const findings: ScenarioFinding[] = [];
	const ids = new Set([
		...data.nodes.map((node) => node.id),
		...data.endings.map((ending) => ending.id),
	]);
	if (!ids.has(data.start)) findings.push({ type: 'missing-start', start: data.start });

	const edges = scenarioEdges(data);
	const targeted = new Set([data.start, ...edges.map((edge) => edge.to)]);
	const orphans = [...ids].filter((id) => !targeted.has(id));
	const missing = edges.filter((edge) => !ids.has(edge.to));
	for (const edge of missing) findings.push({ type: 'missing-target', edge, orphans });

	if (ids.has(data.start)) {
		const reachable = reachableFrom(data, data.start);
		// A choice pointing at a renamed node leaves that node, and all after it, unreachable:
		// one problem, reported at the choice. Only the unreachable parts that no fix of a
		// missing target could reach are reported as unreachable.
		if (missing.length > 0)
			for (const orphan of orphans) for (const id of reachableFrom(data, orphan)) reachable.add(id);
		for (const node of data.nodes) {
			if (!reachable.has(node.id))
				findings.push({ type: 'unreachable', id: node.id, kind: 'node' });
		}
		for (const ending of data.endings) {
			if (!reachable.has(ending.id))
				findings.push({ type: 'unreachable', id: ending.id, kind: 'ending' });
		}
	}

	const finishing = canFinish(data);
	const byId = new Map(data.nodes.map((node) => [node.id, node]));
	const deadEnds = data.nodes.filter(
		(node) => node.choices.length === 0 && node.gotos.length === 0,
	);
	// One finding per cause: a node stuck only because it leads into a dead end or into a loop
	// already reported is left out, since fixing that one fixes it too.
	const causes = new Set(deadEnds.map((node) => node.id));
	for (const node of data.nodes) {
		if (node.choices.length === 0 && node.gotos.length === 0) {
			findings.push({ type: 'dead-end', id: node.id });
			continue;
		}
		if (finishing.has(node.id) || !successors(node).every((to) => ids.has(to))) continue;
		const loop = loopFrom(node.id, byId);
		const closes = loop.length > 1 && loop.indexOf(loop.at(-1)!) < loop.length - 1;
		if (!closes || loop.some((id) => causes.has(id))) continue;
		findings.push({ type: 'endless', id: node.id, loop });
		for (const id of loop) causes.add(id);
	}
	for (const node of data.nodes) {
		if (node.gotos.length > 0 && node.gotos.every((goto) => goto.when)) {
			findings.push({ type: 'no-fallback-goto', id: node.id });
		}
	}

	const setValues = new Map<string, Set<string>>();
	for (const { name, value } of data.nodes.flatMap((node) =>
		node.choices.flatMap((choice) => choice.set),
	)) {
		setValues.set(name, (setValues.get(name) ?? new Set()).add(value));
	}
	const setVariables = [...setValues.keys()];
	const tested = new Set<string>();
	const test = (condition: Condition | undefined, at: string) => {
		if (!condition) return;
		const key = `${condition.name}=${condition.value} ${at}`;
		const values = setValues.get(condition.name);
		if (tested.has(key) || values?.has(condition.value)) return;
		tested.add(key);
		findings.push(
			values
				? { type: 'unset-value', ...condition, at, setValues: [...values] }
				: { type: 'unset-variable', name: condition.name, at, setVariables },
		);
	};
	for (const node of data.nodes) {
		for (const block of node.blocks) test(block.when, node.id);
		for (const choice of node.choices) test(choice.when, choice.id);
		for (const goto of node.gotos) test(goto.when, node.id);
	}
	for (const ending of data.endings) {
		for (const block of ending.blocks) test(block.when, ending.id);
	}
	return findings;
}

/** A path from `start` that comes back to a node already on it, following first edges. */
function loopFrom(start: string, nodes: ReadonlyMap<string, ScenarioNode>): string[] {
	const path: string[] = [];
	let id: string | undefined = start;
	while (id !== undefined && !path.includes(id)) {
		path.push(id);
		const node = nodes.get(id);
		id = node ? successors(node)[0] : undefined;
	}
	return id === undefined ? path : [...path, id];
}
