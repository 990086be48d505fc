import { describe, expect, test } from 'vitest';
import type { ModuleAnswers, PhaseAnswers } from '../../../../src/lib/evaluation/answers.ts';
import type { CombinedLearner } from '../../../../src/lib/evaluation/combine.ts';
import { summarise } from '../../../../src/lib/evaluation/summary.ts';
import type { ScalePoint } from '../../../../src/schemas/evaluation-ids.ts';
import { COURSE } from './fixtures.ts';

const phase = (parts: Partial<PhaseAnswers>): PhaseAnswers => ({
	confidence: {},
	statements: {},
	...parts,
});
const learner = (modules: Record<string, ModuleAnswers>): CombinedLearner => ({
	key: 'k',
	modules,
});
const confidence = (
	start: Record<string, ScalePoint>,
	end: Record<string, ScalePoint>,
): ModuleAnswers => ({
	checkIns: { start: phase({ confidence: start }), end: phase({ confidence: end }) },
});

describe('summarise', () => {
	test('gives each outcome its distributions, medians and the median change of learners who rated both', () => {
		const summary = summarise(COURSE, [
			learner({ 'first-look': confidence({ 'o-duty': 2 }, { 'o-duty': 4 }) }),
			learner({ 'first-look': confidence({ 'o-duty': 3 }, { 'o-duty': 4 }) }),
			learner({ 'first-look': confidence({ 'o-duty': 1 }, {}) }),
			learner({ 'first-look': confidence({ 'o-duty': 1 }, { 'o-duty': 2 }) }),
		]);
		const [module] = summary.modules;
		expect(module).toMatchObject({
			id: 'first-look',
			title: 'A first look',
			inCourse: true,
			learners: 4,
		});
		expect(module!.outcomes).toEqual([
			{
				id: 'o-duty',
				text: 'Explain the legal duty.',
				current: true,
				figures: {
					before: { counts: [2, 1, 1, 0, 0], learners: 4, median: 1.5 },
					after: { counts: [0, 1, 0, 2, 0], learners: 3, median: 4 },
					both: 3,
					medianChange: 1,
				},
			},
		]);
		expect(summary.unanswered).toEqual([{ id: 'sixteen-rights', title: 'The 16 rights' }]);
	});

	test('keeps an outcome the module no longer has, after the current ones, and a module the course no longer has', () => {
		const summary = summarise(COURSE, [
			learner({
				'first-look': confidence({ 'o-old': 2, 'o-count': 3 }, { 'o-old': 3 }),
				'retired-module': confidence({ 'o-x': 1 }, { 'o-x': 2 }),
			}),
		]);
		expect(summary.modules.map((module) => [module.id, module.inCourse])).toEqual([
			['first-look', true],
			['retired-module', false],
		]);
		expect(
			summary.modules[0]!.outcomes.map(({ id, text, current }) => [id, text, current]),
		).toEqual([
			['o-count', 'Say how many rights there are.', true],
			['o-old', 'o-old', false],
		]);
		expect(summary.modules[1]).toMatchObject({
			title: 'retired-module',
			outcomes: [{ id: 'o-x', current: false }],
		});
	});

	test('takes the course baseline from the first start check-in and the last end check-in', () => {
		const summary = summarise(COURSE, [
			learner({
				'first-look': {
					checkIns: {
						start: phase({ rightsGuess: 4, rightsNamed: 3, statements: { 's-everyday-tool': 2 } }),
					},
				},
				'sixteen-rights': {
					checkIns: { end: phase({ rightsNamed: 14, statements: { 's-everyday-tool': 4 } }) },
				},
			}),
			learner({ 'first-look': { checkIns: { start: phase({ rightsNamed: 8 }) } } }),
		]);
		expect(summary.baseline.learners).toBe(2);
		expect(summary.baseline.rightsNamed).toEqual({
			before: { counts: [1, 1, 0, 0], learners: 2, median: 5.5 },
			after: { counts: [0, 0, 0, 1], learners: 1, median: 14 },
			both: 1,
			medianChange: 11,
		});
		expect(summary.baseline.rightsGuess.before.learners).toBe(1);
		expect(summary.baseline.statements[0]).toMatchObject({
			id: 's-everyday-tool',
			figures: { both: 1, medianChange: 2 },
		});
	});

	test('gives the feedback ratings and lists every written answer of the module', () => {
		const summary = summarise(COURSE, [
			learner({
				'first-look': {
					checkIns: {},
					feedback: { ratings: { relevance: 5, clarity: 3 }, change: 'More cases.' },
				},
			}),
			learner({
				'first-look': { checkIns: {}, feedback: { ratings: { relevance: 4 }, change: '' } },
			}),
		]);
		expect(summary.modules[0]).toMatchObject({
			learners: 2,
			outcomes: [],
			feedback: {
				relevance: { counts: [0, 0, 0, 1, 1], learners: 2, median: 4.5 },
				clarity: { counts: [0, 0, 1, 0, 0], learners: 1, median: 3 },
			},
			comments: ['More cases.'],
		});
	});

	test('an id such as `constructor` is an outcome like any other', () => {
		// As JSON.parse would give them, from a file.
		const ratings = Object.fromEntries([['constructor', 2 as const]]);
		const modules = Object.fromEntries([['constructor', confidence(ratings, {})]]);
		expect(summarise([], [learner(modules)]).modules[0]).toMatchObject({
			id: 'constructor',
			outcomes: [{ id: 'constructor', figures: { before: { learners: 1 } } }],
		});
	});
});
