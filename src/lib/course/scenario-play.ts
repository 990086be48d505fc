/**
 * Playing a branching scenario: which text and choices a step shows for the current variables,
 * where automatic routes lead, how a stored run resumes, and the path review shown at an ending.
 *
 * Variables start empty on every run and only choices set them. A condition `name=value` holds
 * when the variable has exactly that value; an unset variable matches no value.
 */
import type {
	Condition,
	ScenarioChoice,
	ScenarioData,
	ScenarioEnding,
	ScenarioNode,
} from '../../schemas/scenario.ts';
import type { ScenarioProgress, ScenarioStep } from '../../schemas/progress.ts';
import { htmlToText, truncateText } from './html-text.ts';

export type Vars = Readonly<Record<string, string>>;

/** A node or an ending: anything a choice or goto can lead to. */
export type Step = ScenarioNode | ScenarioEnding;

type Block = ScenarioNode['blocks'][number];

export function conditionHolds(when: Condition | undefined, vars: Vars): boolean {
	return when === undefined || vars[when.name] === when.value;
}

/** The node's or ending's text blocks whose `When` condition holds. */
export function visibleBlocks(step: Step, vars: Vars): Block[] {
	return step.blocks.filter((block) => conditionHolds(block.when, vars));
}

/** The node's choices whose `if` condition holds, in authored order. */
export function availableChoices(node: ScenarioNode, vars: Vars): ScenarioChoice[] {
	return node.choices.filter((choice) => conditionHolds(choice.when, vars));
}

/** Target of the first `Goto` whose condition holds, or `undefined` when none does. */
export function nextGoto(node: ScenarioNode, vars: Vars): string | undefined {
	return node.gotos.find((goto) => conditionHolds(goto.when, vars))?.to;
}

/** A copy of `vars` with the assignments applied in order. */
export function applyAssignments(vars: Vars, set: readonly Condition[]): Record<string, string> {
	const next: Record<string, string> = { ...vars };
	for (const { name, value } of set) next[name] = value;
	return next;
}

/** A choice's assignments in the shape the `scenario-choice-made` event carries. */
export function assignmentsRecord(set: readonly Condition[]): Record<string, string> {
	return applyAssignments({}, set);
}

/** The node or ending with this id. */
export function findStep(data: ScenarioData, id: string): Step | undefined {
	return (
		data.nodes.find((node) => node.id === id) ?? data.endings.find((ending) => ending.id === id)
	);
}

/** What a step offers the learner, for the variables at the moment it is entered. */
export type StepView =
	| { kind: 'ending'; id: string; ending: ScenarioEnding; blocks: Block[] }
	| { kind: 'choices'; id: string; node: ScenarioNode; blocks: Block[]; choices: ScenarioChoice[] }
	/** Text then an automatic route: the learner reads it and continues. */
	| { kind: 'goto'; id: string; node: ScenarioNode; blocks: Block[]; to: string }
	/** No choice or route applies (or the id is unknown); the build checks should prevent it. */
	| { kind: 'dead-end'; id: string; blocks: Block[] };

export function viewStep(data: ScenarioData, id: string, vars: Vars): StepView {
	const step = findStep(data, id);
	if (!step) return { kind: 'dead-end', id, blocks: [] };
	const blocks = visibleBlocks(step, vars);
	if (step.kind === 'ending') return { kind: 'ending', id, ending: step, blocks };
	const choices = availableChoices(step, vars);
	if (choices.length > 0) return { kind: 'choices', id, node: step, blocks, choices };
	const to = nextGoto(step, vars);
	if (to !== undefined) return { kind: 'goto', id, node: step, blocks, to };
	return { kind: 'dead-end', id, blocks };
}

/**
 * The step to show when the learner arrives at `id`: routes from nodes that show no text and
 * offer no choice are followed at once. Stops after visiting every node once, so a loop of
 * silent routes cannot hang the page.
 */
export function settle(data: ScenarioData, id: string, vars: Vars): StepView {
	let view = viewStep(data, id, vars);
	for (let hops = 0; hops <= data.nodes.length; hops++) {
		if (view.kind !== 'goto' || view.blocks.length > 0) return view;
		view = viewStep(data, view.to, vars);
	}
	return { kind: 'dead-end', id: view.id, blocks: [] };
}

function findChoice(data: ScenarioData, nodeId: string, choiceId: string) {
	const node = data.nodes.find((candidate) => candidate.id === nodeId);
	const choice = node?.choices.find((candidate) => candidate.id === choiceId);
	return node && choice ? { node, choice } : undefined;
}

/** Variables after replaying the choices on a path; steps the scenario no longer has are skipped. */
export function replayVars(
	data: ScenarioData,
	path: readonly ScenarioStep[],
): Record<string, string> {
	let vars: Record<string, string> = {};
	for (const step of path) {
		const found = findChoice(data, step.nodeId, step.choiceId);
		if (found) vars = applyAssignments(vars, found.choice.set);
	}
	return vars;
}

/** Where a stored run picks up after a reload. */
export type ResumePoint =
	| { phase: 'intro' }
	/** On a step; `chosenChoiceId` is set when the learner had chosen there and was reading feedback. */
	| { phase: 'step'; stepId: string; vars: Record<string, string>; chosenChoiceId?: string }
	| { phase: 'ending'; endingId: string; vars: Record<string, string> };

/**
 * Reads a stored run. A choice recorded at the current node means its feedback was on screen;
 * a scenario that loops back to a node without a choice in between would be read the same way.
 */
export function resumePoint(
	data: ScenarioData,
	progress: ScenarioProgress | undefined,
): ResumePoint {
	if (!progress) return { phase: 'intro' };
	const path = progress.path;
	if (progress.ending && findStep(data, progress.ending.id)) {
		return { phase: 'ending', endingId: progress.ending.id, vars: replayVars(data, path) };
	}
	const current = progress.currentNodeId;
	if (current === undefined || !findStep(data, current)) return { phase: 'intro' };
	const last = path.at(-1);
	if (last && last.nodeId === current && findChoice(data, current, last.choiceId)) {
		return {
			phase: 'step',
			stepId: current,
			vars: replayVars(data, path.slice(0, -1)),
			chosenChoiceId: last.choiceId,
		};
	}
	return { phase: 'step', stepId: current, vars: replayVars(data, path) };
}

/** One decision on the path taken, for "Review your path". */
export interface ReviewStep {
	nodeId: string;
	choiceId: string;
	/** The situation as the learner saw it, as plain text, shortened. */
	summary: string;
	choiceLabelHtml: string;
	feedbackHtml: string;
	rights: string[];
	best: boolean;
	/** Labels (HTML) of the options marked best at that point, when the learner chose another. */
	betterLabelsHtml: string[];
}

const SUMMARY_LENGTH = 200;

/** The path taken on the current (or last) run, with each choice's feedback and rights. */
export function reviewPath(
	data: ScenarioData,
	progress: Pick<ScenarioProgress, 'path'>,
): ReviewStep[] {
	const steps: ReviewStep[] = [];
	let vars: Record<string, string> = {};
	for (const step of progress.path) {
		const found = findChoice(data, step.nodeId, step.choiceId);
		if (!found) continue;
		const { node, choice } = found;
		const text = htmlToText(
			visibleBlocks(node, vars)
				.map((block) => block.html)
				.join(' '),
		);
		steps.push({
			nodeId: node.id,
			choiceId: choice.id,
			summary: truncateText(text, SUMMARY_LENGTH),
			choiceLabelHtml: choice.labelHtml,
			feedbackHtml: choice.feedbackHtml,
			rights: choice.rights,
			best: choice.best,
			betterLabelsHtml: choice.best
				? []
				: availableChoices(node, vars)
						.filter((option) => option.best)
						.map((option) => option.labelHtml),
		});
		vars = applyAssignments(vars, choice.set);
	}
	return steps;
}
