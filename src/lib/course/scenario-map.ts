/**
 * A scenario as course authors review it (issue 10 §3): every node and ending, every way from one
 * to another with what it engages (rights, variables set, conditions), the parts learners can
 * never reach or never finish from, and every route a learner can take.
 *
 * Reachability and never-ending parts are structural and ignore conditions, as the course check
 * does (`scenario-graph.ts`). Routes follow the player's rules (`viewStep`): variables start empty,
 * only choices offered under the current variables branch, and a node without one follows its
 * first goto whose condition holds. So a listed route is one a learner can really take.
 */
import type {
	Condition,
	EndingOutcome,
	ScenarioData,
	ScenarioNode,
} from '../../schemas/scenario.ts';
import { htmlToText, truncateText } from './html-text.ts';
import { canFinish, reachableFrom } from './scenario-graph.ts';
import { applyAssignments, conditionHolds, viewStep, type Vars } from './scenario-play.ts';

interface MapNode {
	kind: 'node';
	id: string;
	/** The text every learner reads at this node, as plain words, shortened. */
	summary: string;
	/** Conditions of the node's `<When>` blocks: text only some learners read. */
	textConditions: Condition[];
	start: boolean;
	/** No path from `start` leads here. */
	unreachable: boolean;
	/** No path from here leads to an ending: a dead end, or a loop with no way out. */
	neverEnds: boolean;
	/** Some route stops here: no choice is offered and no goto holds for its variables. */
	stuck: boolean;
}

export interface MapEnding {
	kind: 'ending';
	id: string;
	title: string;
	outcome: EndingOutcome;
	score: number;
	start: boolean;
	unreachable: boolean;
	/**
	 * A path leads here, but no route does: the conditions on the way never allow it. Known only
	 * when every route is listed.
	 */
	noRoute: boolean;
}

export type MapStep = MapNode | MapEnding;

export type MapEdge =
	| {
			via: 'choice';
			from: string;
			to: string;
			id: string;
			/** The choice's text as plain words. */
			label: string;
			rights: string[];
			set: Condition[];
			/** Offered only when this holds. */
			when?: Condition;
			best: boolean;
	  }
	| {
			via: 'goto';
			from: string;
			to: string;
			/** 1-based position among the node's gotos: the first that holds is followed. */
			position: number;
			when?: Condition;
	  };

/** One variable: the choices that set it and the places that test it. */
interface MapVariable {
	name: string;
	setBy: Array<{ choiceId: string; value: string }>;
	testedBy: Array<{ at: string; what: 'choice' | 'goto' | 'text'; value: string }>;
}

/** One move on a route: a choice the learner makes, or an automatic route the node takes. */
type RouteStep =
	| {
			via: 'choice';
			nodeId: string;
			choiceId: string;
			label: string;
			rights: string[];
			set: Condition[];
			best: boolean;
	  }
	| { via: 'goto'; nodeId: string; to: string; when?: Condition };

type RouteEnd =
	| { kind: 'ending'; id: string }
	/**
	 * The route comes back to `id` with the same variables as on an earlier visit, so from here
	 * it would only repeat itself.
	 */
	| { kind: 'loop'; id: string }
	/** At `id` no choice is offered and no goto holds for the variables the route has set. */
	| { kind: 'stuck'; id: string };

export interface ScenarioRoute {
	steps: RouteStep[];
	end: RouteEnd;
}

export interface ScenarioMap {
	id: string;
	title: string;
	start: string;
	/** Nodes then endings, in authored order. */
	steps: MapStep[];
	/** Choices and gotos in authored order, only those whose target exists. */
	edges: MapEdge[];
	variables: MapVariable[];
	routes: ScenarioRoute[];
	/** False when the scenario has more than `MAX_ROUTES` routes and `routes` stops there. */
	allRoutes: boolean;
}

/** A page listing more routes than this would be too long to review; the map says so. */
const MAX_ROUTES = 300;

const SUMMARY_LENGTH = 200;

/** A condition or assignment as authors write it: `name=value`. */
export function formatCondition({ name, value }: Condition): string {
	return `${name}=${value}`;
}

function nodeSummary(node: ScenarioNode): string {
	const always = node.blocks.filter((block) => !block.when).map((block) => block.html);
	return truncateText(htmlToText(always.join(' ')), SUMMARY_LENGTH);
}

function mapEdges(data: ScenarioData, exists: (id: string) => boolean): MapEdge[] {
	// A choice or goto to a missing id stops the build in the course check; the map leaves it out.
	return data.nodes.flatMap((node) => [
		...node.choices
			.filter((choice) => exists(choice.to))
			.map((choice): MapEdge => ({
				via: 'choice',
				from: node.id,
				to: choice.to,
				id: choice.id,
				label: htmlToText(choice.labelHtml),
				rights: choice.rights,
				set: choice.set,
				...(choice.when ? { when: choice.when } : {}),
				best: choice.best,
			})),
		...node.gotos.flatMap((goto, index): MapEdge[] =>
			exists(goto.to)
				? [
						{
							via: 'goto',
							from: node.id,
							to: goto.to,
							position: index + 1,
							...(goto.when ? { when: goto.when } : {}),
						},
					]
				: [],
		),
	]);
}

function mapVariables(data: ScenarioData): MapVariable[] {
	const variables = new Map<string, MapVariable>();
	const variable = (name: string) => {
		let found = variables.get(name);
		if (!found) {
			found = { name, setBy: [], testedBy: [] };
			variables.set(name, found);
		}
		return found;
	};
	const test = (when: Condition | undefined, at: string, what: 'choice' | 'goto' | 'text') => {
		if (when) variable(when.name).testedBy.push({ at, what, value: when.value });
	};
	for (const node of data.nodes) {
		for (const block of node.blocks) test(block.when, node.id, 'text');
		for (const choice of node.choices) {
			for (const { name, value } of choice.set) {
				variable(name).setBy.push({ choiceId: choice.id, value });
			}
			test(choice.when, choice.id, 'choice');
		}
		for (const goto of node.gotos) test(goto.when, node.id, 'goto');
	}
	for (const ending of data.endings) {
		for (const block of ending.blocks) test(block.when, ending.id, 'text');
	}
	return [...variables.values()];
}

/**
 * Every route from `start`, depth first in authored order, so routes that share a beginning sit
 * together. A route may pass a node again with other variables (a second try that is offered
 * other choices), never in the same state twice, so the list is finite. Stops after `limit`
 * routes.
 */
export function listRoutes(
	data: ScenarioData,
	limit = MAX_ROUTES,
): { routes: ScenarioRoute[]; complete: boolean } {
	const routes: ScenarioRoute[] = [];
	let complete = true;
	const walk = (id: string, vars: Vars, steps: RouteStep[], visited: ReadonlySet<string>) => {
		if (routes.length >= limit) {
			complete = false;
			return;
		}
		const state = `${id} ${JSON.stringify(Object.entries(vars).toSorted())}`;
		if (visited.has(state)) {
			routes.push({ steps, end: { kind: 'loop', id } });
			return;
		}
		const view = viewStep(data, id, vars);
		const here = new Set(visited).add(state);
		switch (view.kind) {
			case 'ending':
				routes.push({ steps, end: { kind: 'ending', id } });
				return;
			case 'dead-end':
				routes.push({ steps, end: { kind: 'stuck', id } });
				return;
			case 'goto': {
				const goto = view.node.gotos.find((candidate) => conditionHolds(candidate.when, vars));
				const step: RouteStep = {
					via: 'goto',
					nodeId: id,
					to: view.to,
					...(goto?.when ? { when: goto.when } : {}),
				};
				walk(view.to, vars, [...steps, step], here);
				return;
			}
			case 'choices':
				for (const choice of view.choices) {
					const step: RouteStep = {
						via: 'choice',
						nodeId: id,
						choiceId: choice.id,
						label: htmlToText(choice.labelHtml),
						rights: choice.rights,
						set: choice.set,
						best: choice.best,
					};
					walk(choice.to, applyAssignments(vars, choice.set), [...steps, step], here);
				}
		}
	};
	walk(data.start, {}, [], new Set());
	return { routes, complete };
}

/** The authors' map of a scenario. */
export function buildScenarioMap(data: ScenarioData, routeLimit = MAX_ROUTES): ScenarioMap {
	const ids = new Set([...data.nodes, ...data.endings].map((step) => step.id));
	const reachable = ids.has(data.start) ? reachableFrom(data, data.start) : new Set<string>();
	const finishing = canFinish(data);
	const { routes, complete } = listRoutes(data, routeLimit);
	const ends = (kind: 'ending' | 'stuck') =>
		new Set(routes.flatMap((route) => (route.end.kind === kind ? [route.end.id] : [])));
	const stuck = ends('stuck');
	const reached = ends('ending');
	return {
		id: data.id,
		title: data.title,
		start: data.start,
		steps: [
			...data.nodes.map((node): MapNode => ({
				kind: 'node',
				id: node.id,
				summary: nodeSummary(node),
				textConditions: node.blocks.flatMap((block) => (block.when ? [block.when] : [])),
				start: node.id === data.start,
				unreachable: !reachable.has(node.id),
				neverEnds: !finishing.has(node.id),
				stuck: stuck.has(node.id),
			})),
			...data.endings.map((ending): MapEnding => ({
				kind: 'ending',
				id: ending.id,
				title: ending.title,
				outcome: ending.outcome,
				score: ending.score,
				start: ending.id === data.start,
				unreachable: !reachable.has(ending.id),
				noRoute: complete && reachable.has(ending.id) && !reached.has(ending.id),
			})),
		],
		edges: mapEdges(data, (id) => ids.has(id)),
		variables: mapVariables(data),
		routes,
		allRoutes: complete,
	};
}

/** The parts of the map that need an author's attention, by id; all empty for a sound scenario. */
export function mapProblems(map: ScenarioMap): {
	unreachable: string[];
	neverEnds: string[];
	stuckAt: string[];
	noRoute: string[];
} {
	const ids = (flagged: (step: MapStep) => boolean) =>
		map.steps.filter(flagged).map((step) => step.id);
	return {
		unreachable: ids((step) => step.unreachable),
		neverEnds: ids((step) => step.kind === 'node' && step.neverEnds),
		stuckAt: ids((step) => step.kind === 'node' && step.stuck),
		noRoute: ids((step) => step.kind === 'ending' && step.noRoute),
	};
}
