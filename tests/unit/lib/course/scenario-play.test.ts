import { describe, expect, test } from 'vitest';
import type { ScenarioData } from '../../../../src/schemas/scenario.ts';
import {
	applyAssignments,
	assignmentsRecord,
	availableChoices,
	findStep,
	nextGoto,
	replayVars,
	resumePoint,
	reviewPath,
	settle,
	viewStep,
	visibleBlocks,
} from '../../../../src/lib/course/scenario-play.ts';

const at = '2026-11-01T10:00:00.000Z';

const data: ScenarioData = {
	id: 's-bedroom-search',
	title: 'Searching a bedroom',
	summary: 'A peer says Kai has hidden a blade.',
	start: 'n-start',
	introHtml: '<p>Intro.</p>',
	contentWarning: 'Mentions self-harm.',
	nodes: [
		{
			kind: 'node',
			id: 'n-start',
			blocks: [{ html: '<p>Kai is 16 and detained under section 2.</p>' }],
			choices: [
				{
					id: 'c-covert',
					to: 'n-covert',
					labelHtml: '<p>Search the room while Kai is at school.</p>',
					feedbackHtml: '<p>Covert searches damage trust.</p>',
					rights: ['art-8', 'art-9'],
					set: [{ name: 'trust', value: 'low' }],
					best: false,
				},
				{
					id: 'c-ask',
					to: 'e-best',
					labelHtml: '<p>Explain the concern and ask Kai.</p>',
					feedbackHtml: '<p>Asking first respects Kai.</p>',
					rights: ['art-8', 'art-2'],
					set: [],
					best: true,
				},
				{
					id: 'c-hidden',
					to: 'e-best',
					labelHtml: 'Only offered when trust is low',
					feedbackHtml: 'x',
					rights: [],
					set: [],
					when: { name: 'trust', value: 'low' },
					best: false,
				},
			],
			gotos: [],
		},
		{
			kind: 'node',
			id: 'n-covert',
			blocks: [
				{
					html: '<p>Kai finds out and stops talking to staff.</p>',
					when: { name: 'trust', value: 'low' },
				},
				{ html: '<p>Kai is fine.</p>', when: { name: 'trust', value: 'high' } },
			],
			choices: [],
			gotos: [{ to: 'e-harm', when: { name: 'trust', value: 'low' } }, { to: 'e-mixed' }],
		},
		{
			kind: 'node',
			id: 'n-silent',
			blocks: [],
			choices: [],
			gotos: [{ to: 'e-mixed' }],
		},
		{ kind: 'node', id: 'n-loop-a', blocks: [], choices: [], gotos: [{ to: 'n-loop-b' }] },
		{ kind: 'node', id: 'n-loop-b', blocks: [], choices: [], gotos: [{ to: 'n-loop-a' }] },
	],
	endings: [
		{
			kind: 'ending',
			id: 'e-best',
			title: 'Safe and respectful',
			outcome: 'positive',
			score: 100,
			blocks: [],
		},
		{ kind: 'ending', id: 'e-mixed', title: 'Mixed', outcome: 'mixed', score: 50, blocks: [] },
		{ kind: 'ending', id: 'e-harm', title: 'Harm', outcome: 'negative', score: 0, blocks: [] },
	],
};

function node(id: string) {
	const found = data.nodes.find((candidate) => candidate.id === id);
	if (!found) throw new Error(id);
	return found;
}

describe('visibleBlocks', () => {
	test('shows only blocks whose condition holds', () => {
		expect(visibleBlocks(node('n-covert'), { trust: 'low' }).map((b) => b.html)).toEqual([
			'<p>Kai finds out and stops talking to staff.</p>',
		]);
	});

	test('treats an unset variable as matching no value', () => {
		expect(visibleBlocks(node('n-covert'), {})).toEqual([]);
	});
});

describe('availableChoices', () => {
	test('hides choices whose condition does not hold', () => {
		expect(availableChoices(node('n-start'), {}).map((c) => c.id)).toEqual(['c-covert', 'c-ask']);
		expect(availableChoices(node('n-start'), { trust: 'low' }).map((c) => c.id)).toEqual([
			'c-covert',
			'c-ask',
			'c-hidden',
		]);
	});
});

describe('nextGoto', () => {
	test('follows the first goto whose condition holds', () => {
		expect(nextGoto(node('n-covert'), { trust: 'low' })).toBe('e-harm');
		expect(nextGoto(node('n-covert'), {})).toBe('e-mixed');
	});

	test('returns undefined when no goto applies', () => {
		expect(nextGoto(node('n-start'), {})).toBeUndefined();
	});
});

describe('applyAssignments', () => {
	test('returns a new object with later assignments winning', () => {
		const vars = { trust: 'high' };
		const next = applyAssignments(vars, [
			{ name: 'trust', value: 'low' },
			{ name: 'search', value: 'done' },
			{ name: 'trust', value: 'medium' },
		]);
		expect(next).toEqual({ trust: 'medium', search: 'done' });
		expect(vars).toEqual({ trust: 'high' });
	});

	test('builds the record a choice event carries', () => {
		expect(assignmentsRecord([{ name: 'trust', value: 'low' }])).toEqual({ trust: 'low' });
	});
});

describe('findStep', () => {
	test('finds nodes and endings by id', () => {
		expect(findStep(data, 'n-covert')?.kind).toBe('node');
		expect(findStep(data, 'e-harm')?.kind).toBe('ending');
		expect(findStep(data, 'nope')).toBeUndefined();
	});
});

describe('viewStep and settle', () => {
	test('offers the available choices at a choice node', () => {
		const view = viewStep(data, 'n-start', {});
		expect(view.kind).toBe('choices');
	});

	test('shows a goto node with text before following it', () => {
		const view = settle(data, 'n-covert', { trust: 'low' });
		expect(view).toMatchObject({ kind: 'goto', id: 'n-covert', to: 'e-harm' });
	});

	test('follows routes from nodes without text at once', () => {
		expect(settle(data, 'n-covert', {})).toMatchObject({ kind: 'ending', id: 'e-mixed' });
		expect(settle(data, 'n-silent', {})).toMatchObject({ kind: 'ending', id: 'e-mixed' });
	});

	test('stops on a loop of silent routes instead of hanging', () => {
		expect(settle(data, 'n-loop-a', {}).kind).toBe('dead-end');
	});

	test('reports an unknown id as a dead end', () => {
		expect(viewStep(data, 'n-missing', {})).toEqual({
			kind: 'dead-end',
			id: 'n-missing',
			blocks: [],
		});
	});
});

describe('replayVars', () => {
	test('replays assignments and skips steps the scenario no longer has', () => {
		expect(
			replayVars(data, [
				{ nodeId: 'n-start', choiceId: 'c-covert', at },
				{ nodeId: 'n-gone', choiceId: 'c-gone', at },
			]),
		).toEqual({ trust: 'low' });
	});
});

describe('resumePoint', () => {
	const base = { path: [], vars: {}, runs: 0 };

	test('starts at the introduction with no progress', () => {
		expect(resumePoint(data, undefined)).toEqual({ phase: 'intro' });
		expect(resumePoint(data, base)).toEqual({ phase: 'intro' });
	});

	test('returns to the current node with the variables of the path so far', () => {
		expect(
			resumePoint(data, {
				...base,
				path: [{ nodeId: 'n-start', choiceId: 'c-covert', at }],
				currentNodeId: 'n-covert',
			}),
		).toEqual({ phase: 'step', stepId: 'n-covert', vars: { trust: 'low' } });
	});

	test('restores the feedback when the last choice was made at the current node', () => {
		expect(
			resumePoint(data, {
				...base,
				path: [{ nodeId: 'n-start', choiceId: 'c-covert', at }],
				currentNodeId: 'n-start',
			}),
		).toEqual({ phase: 'step', stepId: 'n-start', vars: {}, chosenChoiceId: 'c-covert' });
	});

	test('shows the ending when the run has ended', () => {
		expect(
			resumePoint(data, {
				...base,
				path: [{ nodeId: 'n-start', choiceId: 'c-ask', at }],
				currentNodeId: 'n-start',
				ending: { id: 'e-best', outcome: 'positive', score: 100, at },
			}),
		).toEqual({ phase: 'ending', endingId: 'e-best', vars: {} });
	});

	test('starts again when the stored node was removed from the scenario', () => {
		expect(resumePoint(data, { ...base, currentNodeId: 'n-removed' })).toEqual({ phase: 'intro' });
	});
});

describe('reviewPath', () => {
	test('lists each choice with the situation, feedback, rights and the better option', () => {
		const steps = reviewPath(data, {
			path: [
				{ nodeId: 'n-start', choiceId: 'c-covert', at },
				{ nodeId: 'n-gone', choiceId: 'c-gone', at },
			],
		});
		expect(steps).toEqual([
			{
				nodeId: 'n-start',
				choiceId: 'c-covert',
				summary: 'Kai is 16 and detained under section 2.',
				choiceLabelHtml: '<p>Search the room while Kai is at school.</p>',
				feedbackHtml: '<p>Covert searches damage trust.</p>',
				rights: ['art-8', 'art-9'],
				best: false,
				betterLabelsHtml: ['<p>Explain the concern and ask Kai.</p>'],
			},
		]);
	});

	test('names no better option when the best was chosen', () => {
		const [step] = reviewPath(data, { path: [{ nodeId: 'n-start', choiceId: 'c-ask', at }] });
		expect(step?.best).toBe(true);
		expect(step?.betterLabelsHtml).toEqual([]);
	});
});
