import { describe, expect, test } from 'vitest';
import {
	layoutScenarioMap,
	wrapText,
	type MapBox,
	type MapLabels,
	type MapPoint,
} from '../../../../src/lib/course/scenario-layout.ts';
import { buildScenarioMap } from '../../../../src/lib/course/scenario-map.ts';
import type { ScenarioChoice, ScenarioData } from '../../../../src/schemas/scenario.ts';

const labels: MapLabels = {
	start: 'Start',
	unreachable: 'Unreachable',
	neverEnds: 'Never reaches an ending',
	stuck: 'Some routes get stuck here',
	noRoute: 'No route reaches it',
	textIf: (condition) => `text if ${condition}`,
	outcome: (outcome, score) => `${outcome}, score ${score}`,
	best: 'best',
	goto: (position) => `goto ${position}`,
	when: (condition) => `if ${condition}`,
	otherwise: 'otherwise',
	sets: (assignments) => `sets ${assignments}`,
};

const choice = (id: string, to: string, extra: Partial<ScenarioChoice> = {}): ScenarioChoice => ({
	id,
	to,
	labelHtml: `<p>Do the thing called ${id}, carefully and with the young person</p>`,
	feedbackHtml: '',
	rights: ['art-8', 'art-14'],
	set: [],
	best: false,
	...extra,
});

const data: ScenarioData = {
	id: 's',
	title: 'S',
	summary: 'S',
	start: 'n-a',
	introHtml: '',
	nodes: [
		{
			kind: 'node',
			id: 'n-a',
			blocks: [{ html: '<p>Kai is 16 and has been on the ward for a week.</p>' }],
			choices: [
				choice('c-ask', 'n-b', { best: true, set: [{ name: 'trust', value: 'high' }] }),
				choice('c-search', 'n-b'),
				choice('c-end', 'e-poor'),
			],
			gotos: [],
		},
		{
			kind: 'node',
			id: 'n-b',
			blocks: [{ html: '<p>Later.</p>' }],
			choices: [],
			gotos: [{ to: 'e-good', when: { name: 'trust', value: 'high' } }, { to: 'e-poor' }],
		},
		{ kind: 'node', id: 'n-orphan', blocks: [], choices: [], gotos: [] },
	],
	endings: [
		{ kind: 'ending', id: 'e-good', title: 'Safe', outcome: 'positive', score: 100, blocks: [] },
		{ kind: 'ending', id: 'e-poor', title: 'Harm', outcome: 'negative', score: 0, blocks: [] },
	],
};

const layout = layoutScenarioMap(buildScenarioMap(data), labels);
const box = (id: string) => layout.boxes.find((candidate) => candidate.id === id)!;
const texts = (target: { lines: Array<{ text: string }> }) => target.lines.map((line) => line.text);

/** Distance from a point to the nearest edge of a box (0 when it lies on the border). */
function distanceToBorder(point: MapPoint, target: MapBox): number {
	const dx = Math.max(target.x - point.x, 0, point.x - (target.x + target.width));
	const dy = Math.max(target.y - point.y, 0, point.y - (target.y + target.height));
	const outside = Math.hypot(dx, dy);
	if (outside > 0) return outside;
	return Math.min(
		point.x - target.x,
		target.x + target.width - point.x,
		point.y - target.y,
		target.y + target.height - point.y,
	);
}

const overlaps = (a: MapBox, b: MapBox) =>
	a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('wrapText', () => {
	test('breaks at spaces, cuts a word longer than a line, and marks text left out', () => {
		expect(wrapText('one two three four', 9)).toEqual(['one two', 'three', 'four']);
		expect(wrapText('abcdefghijkl xy', 5)).toEqual(['abcde', 'fghij', 'kl xy']);
		expect(wrapText('one two three four', 9, 2)).toEqual(['one two', 'three…']);
		expect(wrapText('aaaa bbbb cccc', 4, 2)).toEqual(['aaaa', 'bbb…']);
	});
});

describe('layoutScenarioMap', () => {
	test('draws every node and ending once, inside the drawing, without overlaps', () => {
		expect(layout.boxes.map((b) => b.id)).toEqual(['n-a', 'n-b', 'n-orphan', 'e-good', 'e-poor']);
		for (const b of layout.boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.width).toBeLessThanOrEqual(layout.width);
			expect(b.y + b.height).toBeLessThanOrEqual(layout.height);
			for (const other of layout.boxes) {
				if (other !== b) expect(overlaps(b, other), `${b.id} and ${other.id}`).toBe(false);
			}
		}
	});

	test('runs top to bottom: the start above the steps it leads to', () => {
		expect(box('n-a').y).toBeLessThan(box('n-b').y);
		expect(box('n-b').y).toBeLessThan(box('e-good').y);
	});

	test('draws each arrow from the border of one box to the border of the other', () => {
		expect(layout.arrows).toHaveLength(5);
		for (const arrow of layout.arrows) {
			expect(distanceToBorder(arrow.points[0]!, box(arrow.from))).toBeLessThan(1);
			expect(distanceToBorder(arrow.points.at(-1)!, box(arrow.to))).toBeLessThan(1);
		}
	});

	test('writes ids, outcomes, conditions and warnings in words, and sizes boxes to their text', () => {
		expect(texts(box('n-a'))).toEqual([
			'n-a',
			'Start',
			'Kai is 16 and has been on the',
			'ward for a week.',
		]);
		expect(texts(box('e-good'))).toEqual(['e-good', 'Safe', 'positive, score 100']);
		expect(texts(box('n-orphan'))).toEqual(['n-orphan', 'Unreachable', 'Never reaches an ending']);
		expect(box('n-orphan').flagged).toBe(true);
		expect(box('e-good')).toMatchObject({ outcome: 'positive', flagged: false });

		const ask = layout.arrows.find((arrow) => texts(arrow.label)[0]?.startsWith('c-ask'))!;
		expect(texts(ask.label)).toEqual([
			'c-ask · best',
			'Do the thing called',
			'c-ask, carefully and…',
			'art-8 art-14',
			'sets trust=high',
		]);
		const gotos = layout.arrows.filter((arrow) => arrow.via === 'goto').map((a) => texts(a.label));
		expect(gotos).toEqual([
			['goto 1', 'if trust=high'],
			['goto 2', 'otherwise'],
		]);
		// Wider text makes a wider box: nothing is drawn outside it.
		expect(box('n-orphan').width).toBeGreaterThan(box('e-good').width);
	});

	test('marks where conditions leave learners stuck and the ending they never reach', () => {
		const stuck = layoutScenarioMap(
			buildScenarioMap({
				...data,
				nodes: [
					{
						kind: 'node',
						id: 'n-a',
						blocks: [],
						choices: [choice('c-win', 'e-good', { when: { name: 'trust', value: 'high' } })],
						gotos: [],
					},
				],
				endings: [data.endings[0]!],
			}),
			labels,
		);
		expect(stuck.boxes.map((b) => [b.id, b.flagged, texts(b).at(-1)])).toEqual([
			['n-a', true, 'Some routes get stuck here'],
			['e-good', true, 'No route reaches it'],
		]);
	});
});
