/**
 * Rule family (d): the shape of each scenario's story. Every choice and goto leads somewhere,
 * `start` exists, every node and ending can be reached from it, every path can reach an ending,
 * automatic routes have a fallback and conditions test variables that some choice sets. Choices
 * without feedback and endings without outcome or score are reported when the scenario is read.
 */
import type { Root, RootContent } from 'mdast';
import { isJsxElement, type JsxElement } from '../../course/mdx.ts';
import { analyseScenario, type ScenarioFinding } from '../../course/scenario-graph.ts';
import { listRoutes, type ScenarioRoute } from '../../course/scenario-map.ts';
import type { ScenarioData } from '../../../schemas/scenario.ts';
import type { ScenarioFile } from '../load.ts';
import type { Problem } from '../../problems/problem.ts';
import { closestMatch, listCode, SHORT_LIST } from '../../problems/suggest.ts';
import { placeOfPath } from '../yaml.ts';

/** Elements called `name` anywhere under `nodes`, in document order. */
function elements(nodes: readonly RootContent[], name: string): JsxElement[] {
	const found: JsxElement[] = [];
	for (const node of nodes) {
		if (isJsxElement(node) && node.name === name) found.push(node);
		if ('children' in node) found.push(...elements(node.children, name));
	}
	return found;
}

function attribute(element: JsxElement, name: string) {
	return element.attributes.find((attr) => attr.type === 'mdxJsxAttribute' && attr.name === name);
}

function idOf(element: JsxElement): string | undefined {
	const value = attribute(element, 'id')?.value;
	return typeof value === 'string' ? value : undefined;
}

function placeOf(node: { position?: JsxElement['position'] } | undefined): {
	line?: number;
	column?: number;
} {
	const start = node?.position?.start;
	return start ? { line: start.line, column: start.column } : {};
}

function targetsHint(
	to: string,
	targets: readonly string[],
	what = '`<Node>` or `<Ending>`',
): string {
	const close = closestMatch(to, targets);
	if (close) return `Did you mean \`${close}\`?`;
	if (targets.length <= SHORT_LIST) {
		return `Point it at one of ${listCode(targets)}, or add a ${what} with \`id="${to}"\`.`;
	}
	return `Point it at an existing ${what}, or add one with \`id="${to}"\`.`;
}

/** "Did you mean…?" for a target that is probably a node or ending renamed since. */
function renamedHint(to: string, orphans: readonly string[]): string | undefined {
	const close = closestMatch(to, orphans);
	if (close) return `Did you mean \`${close}\`?`;
	if (orphans.length === 1)
		return `Did you mean \`${orphans[0]}\`? Nothing else leads there, so it may have been renamed.`;
	return undefined;
}

export function checkScenario(scenario: ScenarioFile): Problem[] {
	if (!scenario.data || !scenario.tree) return [];
	const data = scenario.data;
	const tree: Root = scenario.tree;
	const file = scenario.file;
	const byId = (name: string, id: string) =>
		elements(tree.children, name).find((element) => idOf(element) === id);
	/**
	 * Where a condition is written: the `if` of the choice, or of the `<When>` or `<Goto>` inside
	 * the node or ending `at`, with a field naming that element.
	 */
	const conditionAt = (at: string, name: string, value?: string) => {
		const owner = byId('Choice', at) ?? byId('Node', at) ?? byId('Ending', at);
		const ownerLabel = owner?.name ? `<${owner.name} id="${at}">` : at;
		const tests = (element: JsxElement) => {
			const written = attribute(element, 'if')?.value;
			if (typeof written !== 'string') return false;
			const [testedName, testedValue] = written.split('=').map((part) => part.trim());
			return testedName === name && (value === undefined || testedValue === value);
		};
		const inner = owner
			? [...elements(owner.children, 'When'), ...elements(owner.children, 'Goto')].find(tests)
			: undefined;
		const element = owner && tests(owner) ? owner : (inner ?? owner);
		const label = inner && element === inner ? `<${inner.name}> in ${ownerLabel}` : ownerLabel;
		return {
			...placeOf(element && (attribute(element, 'if') ?? element)),
			field: `${label} if`,
		};
	};
	const targets = [
		...data.nodes.map((node) => node.id),
		...data.endings.map((ending) => ending.id),
	].filter(Boolean);

	const describe = (finding: ScenarioFinding): Problem | undefined => {
		switch (finding.type) {
			case 'missing-start': {
				// An empty or missing `start` is reported by the frontmatter schema.
				if (!finding.start) return undefined;
				const place = scenario.frontmatter
					? placeOfPath(scenario.frontmatter, ['start'])
					: undefined;
				return {
					file,
					...place,
					field: 'start',
					message: `\`start\` is \`${finding.start}\`, but no \`<Node>\` in this scenario has that id.`,
					hint: targetsHint(
						finding.start,
						data.nodes.map((node) => node.id),
						'`<Node>`',
					),
				};
			}
			case 'missing-target': {
				const { edge } = finding;
				if (!edge.to) return undefined;
				const node = byId('Node', edge.from);
				const element =
					edge.via.kind === 'choice'
						? byId('Choice', edge.via.id)
						: node && elements(node.children, 'Goto')[edge.via.index - 1];
				const label =
					edge.via.kind === 'choice'
						? `<Choice id="${edge.via.id}">`
						: `<Goto> in <Node id="${edge.from}">`;
				return {
					file,
					...placeOf(element && (attribute(element, 'to') ?? element)),
					field: `${label} to`,
					message: `\`${label}\` goes to \`${edge.to}\`, but there is no \`<Node>\` or \`<Ending>\` with that id.`,
					hint: renamedHint(edge.to, finding.orphans) ?? targetsHint(edge.to, targets),
				};
			}
			case 'unreachable': {
				const name = finding.kind === 'node' ? 'Node' : 'Ending';
				return {
					file,
					...placeOf(byId(name, finding.id)),
					field: `<${name} id="${finding.id}">`,
					message: `No path from \`start\` (\`${data.start}\`) reaches \`<${name} id="${finding.id}">\`, so learners never see it.`,
					hint: `Point a \`<Choice to="${finding.id}">\` or \`<Goto to="${finding.id}">\` at it, or delete it.`,
				};
			}
			case 'dead-end':
				return {
					file,
					...placeOf(byId('Node', finding.id)),
					field: `<Node id="${finding.id}">`,
					message: `\`<Node id="${finding.id}">\` has no \`<Choice>\` or \`<Goto>\`, so learners get stuck there.`,
					hint: 'Add `<Choice>` elements for the learner to pick from, or a `<Goto to="…">` to move on, or make it an `<Ending>`.',
				};
			case 'endless':
				return {
					file,
					...placeOf(byId('Node', finding.id)),
					field: `<Node id="${finding.id}">`,
					message: `Every path from \`<Node id="${finding.id}">\` goes round in a loop and never reaches an \`<Ending>\`: ${finding.loop.map((id) => `\`${id}\``).join(' → ')}.`,
					hint: 'Point one of the choices or gotos in the loop at an `<Ending>`, or at a node that leads to one.',
				};
			case 'no-fallback-goto':
				return {
					file,
					...placeOf(byId('Node', finding.id)),
					field: `<Node id="${finding.id}"> <Goto>`,
					message: `Every \`<Goto>\` in \`<Node id="${finding.id}">\` has an \`if\`, so learners get stuck there when none of the conditions holds.`,
					hint: 'Add a last `<Goto to="…" />` without `if`, for every other case.',
				};
			case 'unset-value': {
				const close = closestMatch(finding.value, finding.setValues);
				return {
					file,
					...conditionAt(finding.at, finding.name, finding.value),
					message: `A condition in \`${finding.at}\` tests \`${finding.name}=${finding.value}\`, but no \`<Choice set="…">\` gives \`${finding.name}\` the value \`${finding.value}\`, so the condition never holds.`,
					hint: close
						? `Did you mean \`${finding.name}=${close}\`?`
						: `Choices give \`${finding.name}\` the value ${listCode(finding.setValues, 'or')}.`,
				};
			}
			case 'unset-variable': {
				const close = closestMatch(finding.name, finding.setVariables);
				return {
					file,
					...conditionAt(finding.at, finding.name),
					message: `A condition in \`${finding.at}\` tests the variable \`${finding.name}\`, but no \`<Choice set="…">\` sets it, so the condition never holds.`,
					hint: close
						? `Did you mean \`${close}\`?`
						: finding.setVariables.length > 0
							? `The variables set by choices are ${listCode(finding.setVariables, 'and')}.`
							: `Add \`set="${finding.name}=…"\` to the choice that should set it.`,
				};
			}
		}
	};

	const findings = analyseScenario(data);
	const problems = findings.flatMap((finding) => describe(finding) ?? []);
	// Only for a scenario whose shape is sound: a route stuck because of a missing target or a
	// dead end would repeat a problem already reported.
	return findings.length > 0 ? problems : stuckRoutes(data, file, byId);
}

/**
 * Playing every route by the player's rules: a node where, for the variables a route has set,
 * no choice is offered and no goto holds. Each choice can be fine on its own (its `if` tests a
 * variable some choice sets), yet no route gives the values they need together.
 */
function stuckRoutes(
	data: ScenarioData,
	file: string,
	byId: (name: string, id: string) => JsxElement | undefined,
): Problem[] {
	const firstRouteTo = new Map<string, ScenarioRoute>();
	for (const route of listRoutes(data).routes) {
		if (route.end.kind === 'stuck' && !firstRouteTo.has(route.end.id))
			firstRouteTo.set(route.end.id, route);
	}
	return [...firstRouteTo].map(([id, route]) => {
		const choices = route.steps.flatMap((step) =>
			step.via === 'choice' ? [`\`${step.choiceId}\``] : [],
		);
		const path = choices.length > 0 ? `after ${choices.join(' → ')}` : 'at the start';
		return {
			file,
			...placeOf(byId('Node', id)),
			field: `<Node id="${id}">`,
			message: `A learner who reaches \`<Node id="${id}">\` ${path} is offered no choice and no \`<Goto>\` applies, so they get stuck: every \`if\` there tests for values this route never sets.`,
			hint: 'Give one `<Choice>` no `if`, or add a last `<Goto to="…" />` without `if`, or set the missing value on a choice along the way. The scenario map (`/authors/`) shows every route.',
		};
	});
}
