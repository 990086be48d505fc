import { describe, expect, test } from 'vitest';
import { analyseScenario } from '../../../../src/lib/course/scenario-graph.ts';
import type { ScenarioData, ScenarioNode } from '../../../../src/schemas/scenario.ts';

function node(id: string, targets: string[], gotos: ScenarioNode['gotos'] = []): ScenarioNode {
	return {
		kind: 'node',
		id,
		blocks: [],
		choices: targets.map((to, index) => ({
			id: `c-${id}-${index}`,
			to,
			labelHtml: 'Go',
			feedbackHtml: 'Why',
			rights: [],
			set: [],
			best: false,
		})),
		gotos,
	};
}

function scenario(nodes: ScenarioNode[], start = 'n-a'): ScenarioData {
	return {
		id: 's',
		title: 'S',
		summary: 'S',
		start,
		introHtml: '',
		nodes,
		endings: [
			{ kind: 'ending', id: 'e-end', title: 'End', outcome: 'positive', score: 100, blocks: [] },
		],
	};
}

describe('analyseScenario', () => {
	test('finds nothing wrong when every path ends', () => {
		expect(
			analyseScenario(scenario([node('n-a', ['n-b', 'e-end']), node('n-b', ['n-a', 'e-end'])])),
		).toEqual([]);
	});

	test('finds a missing start, a missing target and an unreachable ending', () => {
		expect(
			analyseScenario(scenario([node('n-a', ['n-x'])], 'n-z')).map((finding) => finding.type),
		).toEqual(['missing-start', 'missing-target']);
		expect(
			analyseScenario(scenario([node('n-a', ['n-a', 'n-b']), node('n-b', ['n-a'])])),
		).toContainEqual({
			type: 'unreachable',
			id: 'e-end',
			kind: 'ending',
		});
	});

	test('reports a loop with no way out once, and a dead end as its own cause', () => {
		const findings = analyseScenario(
			scenario([
				node('n-a', ['n-b', 'e-end']),
				node('n-b', ['n-c']),
				node('n-c', ['n-b']),
				node('n-d', []),
			]),
		);
		expect(findings.filter((finding) => finding.type !== 'unreachable')).toEqual([
			{ type: 'endless', id: 'n-b', loop: ['n-b', 'n-c', 'n-b'] },
			{ type: 'dead-end', id: 'n-d' },
		]);
	});

	test('finds gotos without a fallback and conditions on variables no choice sets', () => {
		const findings = analyseScenario(
			scenario([node('n-a', [], [{ to: 'e-end', when: { name: 'trust', value: 'low' } }])]),
		);
		expect(findings).toEqual([
			{ type: 'no-fallback-goto', id: 'n-a' },
			{ type: 'unset-variable', name: 'trust', at: 'n-a', setVariables: [] },
		]);
	});
});
