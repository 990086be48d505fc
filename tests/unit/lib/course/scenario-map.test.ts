import { describe, expect, test } from 'vitest';
import {
	buildScenarioMap,
	listRoutes,
	mapProblems,
	type ScenarioRoute,
} from '../../../../src/lib/course/scenario-map.ts';
import type {
	Condition,
	ScenarioChoice,
	ScenarioData,
	ScenarioEnding,
	ScenarioNode,
} from '../../../../src/schemas/scenario.ts';

const cond = (text: string): Condition => {
	const [name = '', value = ''] = text.split('=');
	return { name, value };
};

function choice(
	id: string,
	to: string,
	extra: { set?: string; when?: string; best?: boolean; rights?: string[] } = {},
): ScenarioChoice {
	return {
		id,
		to,
		labelHtml: `<p>Choose <em>${id}</em> &amp; go</p>`,
		feedbackHtml: '<p>Why</p>',
		rights: extra.rights ?? [],
		set: extra.set ? extra.set.split(' ').map(cond) : [],
		...(extra.when ? { when: cond(extra.when) } : {}),
		best: extra.best ?? false,
	};
}

function node(
	id: string,
	choices: ScenarioChoice[],
	gotos: Array<{ to: string; when?: string }> = [],
	blocks: ScenarioNode['blocks'] = [{ html: `<p>At ${id}.</p>` }],
): ScenarioNode {
	return {
		kind: 'node',
		id,
		blocks,
		choices,
		gotos: gotos.map(({ to, when }) => ({ to, ...(when ? { when: cond(when) } : {}) })),
	};
}

function ending(id: string, outcome: ScenarioEnding['outcome'] = 'positive'): ScenarioEnding {
	return { kind: 'ending', id, title: `Title ${id}`, outcome, score: 50, blocks: [] };
}

function scenario(nodes: ScenarioNode[], endings: ScenarioEnding[], start = 'n-a'): ScenarioData {
	return { id: 's', title: 'S', summary: 'S', start, introHtml: '', nodes, endings };
}

/** A route as `node:choice > node:goto > end-kind:id`, for short assertions. */
const describeRoute = (route: ScenarioRoute) =>
	[
		...route.steps.map((step) =>
			step.via === 'choice' ? `${step.nodeId}:${step.choiceId}` : `${step.nodeId}:goto`,
		),
		`${route.end.kind}:${route.end.id}`,
	].join(' > ');

describe('buildScenarioMap', () => {
	test('marks the start, and nodes and endings no path from the start reaches', () => {
		const map = buildScenarioMap(
			scenario(
				[node('n-a', [choice('c-1', 'e-good')]), node('n-orphan', [choice('c-2', 'e-lost')])],
				[ending('e-good'), ending('e-lost')],
			),
		);
		expect(map.steps.map(({ id, start, unreachable }) => ({ id, start, unreachable }))).toEqual([
			{ id: 'n-a', start: true, unreachable: false },
			{ id: 'n-orphan', start: false, unreachable: true },
			{ id: 'e-good', start: false, unreachable: false },
			{ id: 'e-lost', start: false, unreachable: true },
		]);
		expect(mapProblems(map).unreachable).toEqual(['n-orphan', 'e-lost']);
	});

	test('marks nodes that never reach an ending: a dead end, a closed loop and the way into them', () => {
		const map = buildScenarioMap(
			scenario(
				[
					node('n-a', [
						choice('c-stuck', 'n-dead'),
						choice('c-loop', 'n-l1'),
						choice('c-ok', 'n-b'),
					]),
					node('n-dead', []),
					node('n-l1', [choice('c-l1', 'n-l2')]),
					node('n-l2', [choice('c-l2', 'n-l1')]),
					// A loop with a way out is fine.
					node('n-b', [choice('c-back', 'n-a'), choice('c-end', 'e-end')]),
				],
				[ending('e-end')],
			),
		);
		expect(mapProblems(map).neverEnds).toEqual(['n-dead', 'n-l1', 'n-l2']);
	});

	test('labels each way with its plain text, rights, variables set and condition', () => {
		const map = buildScenarioMap(
			scenario(
				[
					node('n-a', [
						choice('c-1', 'n-b', { set: 'trust=low late=yes', rights: ['art-8'], best: true }),
						choice('c-2', 'n-b', { when: 'trust=low' }),
						choice('c-typo', 'n-missing'),
					]),
					node('n-b', [], [{ to: 'e-bad', when: 'trust=low' }, { to: 'e-good' }]),
				],
				[ending('e-good'), ending('e-bad', 'negative')],
			),
		);
		expect(map.edges).toEqual([
			{
				via: 'choice',
				from: 'n-a',
				to: 'n-b',
				id: 'c-1',
				label: 'Choose c-1 & go',
				rights: ['art-8'],
				set: [cond('trust=low'), cond('late=yes')],
				best: true,
			},
			{
				via: 'choice',
				from: 'n-a',
				to: 'n-b',
				id: 'c-2',
				label: 'Choose c-2 & go',
				rights: [],
				set: [],
				when: cond('trust=low'),
				best: false,
			},
			{ via: 'goto', from: 'n-b', to: 'e-bad', position: 1, when: cond('trust=low') },
			{ via: 'goto', from: 'n-b', to: 'e-good', position: 2 },
		]);
	});

	test('lists each variable with the choices that set it and the places that test it', () => {
		const map = buildScenarioMap(
			scenario(
				[
					node(
						'n-a',
						[
							choice('c-low', 'n-b', { set: 'trust=low' }),
							choice('c-high', 'n-b', { set: 'trust=high' }),
						],
						[],
						[{ html: '<p>Start.</p>' }, { html: '<p>Again.</p>', when: cond('trust=low') }],
					),
					node('n-b', [], [{ to: 'e-end', when: 'trust=low' }, { to: 'e-end' }]),
				],
				[ending('e-end')],
			),
		);
		expect(map.variables).toEqual([
			{
				name: 'trust',
				setBy: [
					{ choiceId: 'c-low', value: 'low' },
					{ choiceId: 'c-high', value: 'high' },
				],
				testedBy: [
					{ at: 'n-a', what: 'text', value: 'low' },
					{ at: 'n-b', what: 'goto', value: 'low' },
				],
			},
		]);
		const start = map.steps[0];
		expect(start?.kind === 'node' && start.summary).toBe('Start.');
		expect(start?.kind === 'node' && start.textConditions).toEqual([cond('trust=low')]);
	});
});

describe('listRoutes', () => {
	test('lists every route a learner can take, following conditions as the player does', () => {
		const data = scenario(
			[
				node('n-a', [choice('c-care', 'n-b', { set: 'care=yes' }), choice('c-rush', 'n-b')]),
				node('n-b', [
					choice('c-ask', 'n-c'),
					// Offered only to learners who took care, so never after `c-rush`.
					choice('c-thank', 'e-best', { when: 'care=yes' }),
				]),
				node('n-c', [], [{ to: 'e-good', when: 'care=yes' }, { to: 'e-poor' }]),
			],
			[ending('e-best'), ending('e-good'), ending('e-poor', 'negative')],
		);
		const { routes, complete } = listRoutes(data);
		expect(complete).toBe(true);
		expect(routes.map(describeRoute)).toEqual([
			'n-a:c-care > n-b:c-ask > n-c:goto > ending:e-good',
			'n-a:c-care > n-b:c-thank > ending:e-best',
			'n-a:c-rush > n-b:c-ask > n-c:goto > ending:e-poor',
		]);
		expect(routes[0]?.steps[2]).toEqual({
			via: 'goto',
			nodeId: 'n-c',
			to: 'e-good',
			when: cond('care=yes'),
		});
	});

	test('ends a route that comes back to a node in the same state, and still lists the way out', () => {
		const data = scenario(
			[
				node('n-a', [choice('c-go', 'n-b')]),
				node('n-b', [choice('c-again', 'n-a'), choice('c-stop', 'e-end')]),
			],
			[ending('e-end')],
		);
		expect(listRoutes(data).routes.map(describeRoute)).toEqual([
			'n-a:c-go > n-b:c-again > loop:n-a',
			'n-a:c-go > n-b:c-stop > ending:e-end',
		]);
	});

	test('follows a second pass through a node when the variables have changed', () => {
		const map = buildScenarioMap(
			scenario(
				[
					node('n-a', [
						choice('c-first', 'n-b', { set: 'tried=yes' }),
						// Offered only on a second try.
						choice('c-second', 'e-late', { when: 'tried=yes' }),
					]),
					node('n-b', [choice('c-back', 'n-a'), choice('c-stop', 'e-end')]),
				],
				[ending('e-end'), ending('e-late')],
			),
		);
		expect(map.routes.map(describeRoute)).toEqual([
			'n-a:c-first > n-b:c-back > n-a:c-first > loop:n-b',
			'n-a:c-first > n-b:c-back > n-a:c-second > ending:e-late',
			'n-a:c-first > n-b:c-stop > ending:e-end',
		]);
		expect(mapProblems(map).noRoute).toEqual([]);
	});

	test('reports where conditions leave a learner stuck, and endings no route reaches', () => {
		const map = buildScenarioMap(
			scenario(
				[
					node('n-a', [choice('c-go', 'n-b')]),
					// The only choice tests a variable nothing sets to `yes`.
					node('n-b', [choice('c-win', 'e-win', { when: 'ready=yes' })]),
				],
				[ending('e-win')],
			),
		);
		expect(map.routes.map(describeRoute)).toEqual(['n-a:c-go > stuck:n-b']);
		expect(
			map.steps.map((step) => [step.id, step.kind === 'node' ? step.stuck : step.noRoute]),
		).toEqual([
			['n-a', false],
			['n-b', true],
			['e-win', true],
		]);
		expect(mapProblems(map)).toEqual({
			unreachable: [],
			neverEnds: [],
			stuckAt: ['n-b'],
			noRoute: ['e-win'],
		});
	});

	test('stops at the limit and says the list is incomplete', () => {
		const data = scenario(
			[node('n-a', [choice('c-1', 'e-1'), choice('c-2', 'e-2'), choice('c-3', 'e-3')])],
			[ending('e-1'), ending('e-2'), ending('e-3')],
		);
		expect(listRoutes(data, 3)).toMatchObject({ complete: true });
		const cut = listRoutes(data, 2);
		expect(cut.complete).toBe(false);
		expect(cut.routes.map(describeRoute)).toEqual(['n-a:c-1 > ending:e-1', 'n-a:c-2 > ending:e-2']);
		const map = buildScenarioMap(data, 2);
		expect(map.allRoutes).toBe(false);
		// With the list cut short, an ending missing from it is not reported as unreachable.
		expect(mapProblems(map).noRoute).toEqual([]);
	});

	test('finds nothing to report in a sound scenario', () => {
		const map = buildScenarioMap(
			scenario(
				[node('n-a', [choice('c-1', 'e-1'), choice('c-2', 'e-2')])],
				[ending('e-1'), ending('e-2')],
			),
		);
		expect(mapProblems(map)).toEqual({ unreachable: [], neverEnds: [], stuckAt: [], noRoute: [] });
	});
});
