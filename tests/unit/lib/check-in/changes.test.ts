import { describe, expect, it } from 'vitest';
import { courseBaseline, ratingChanges } from '../../../../src/lib/check-in/changes.ts';
import { createModuleProgress } from '../../../../src/lib/progress/model.ts';
import type { CheckIn, ModuleProgress } from '../../../../src/schemas/progress.ts';

const outcomes = [
	{ id: 'o-one', text: 'Explain the duty.' },
	{ id: 'o-two', text: 'Name the rights.' },
	{ id: 'o-three', text: 'Choose a response.' },
];

function checkIn(at: string, fields: Partial<CheckIn> = {}): CheckIn {
	return { confidence: {}, statements: {}, at, ...fields };
}

function module(id: string, checkIns: ModuleProgress['checkIns']): ModuleProgress {
	const record = createModuleProgress(id, '1.0.0', '2026-01-01T09:00:00.000Z');
	return checkIns ? { ...record, checkIns } : record;
}

describe('ratingChanges', () => {
	it('gives each rated outcome its start, end and change, in the outcomes’ order', () => {
		const rows = ratingChanges(
			outcomes,
			{
				start: checkIn('2026-01-01T09:00:00Z', { confidence: { 'o-two': 2, 'o-one': 1 } }),
				end: checkIn('2026-01-01T10:00:00Z', { confidence: { 'o-one': 4, 'o-three': 5 } }),
			},
			(answers) => answers.confidence,
		);
		expect(rows).toEqual([
			{ id: 'o-one', text: 'Explain the duty.', start: 1, end: 4, change: 3 },
			{ id: 'o-two', text: 'Name the rights.', start: 2 },
			{ id: 'o-three', text: 'Choose a response.', end: 5 },
		]);
	});

	it('leaves out outcomes never rated and ratings of outcomes the module no longer has', () => {
		const rows = ratingChanges(
			outcomes,
			{ start: checkIn('2026-01-01T09:00:00Z', { confidence: { 'o-gone': 3 } }) },
			(answers) => answers.confidence,
		);
		expect(rows).toEqual([]);
		expect(ratingChanges(outcomes, undefined, (answers) => answers.confidence)).toEqual([]);
	});
});

describe('courseBaseline', () => {
	const statements = [
		{ id: 's-everyday-tool', text: 'Everyday tool.' },
		{ id: 's-raise-concern', text: 'Raise a concern.' },
	];

	it('takes the start answers from the earliest start check-in and the end from the latest end', () => {
		const baseline = courseBaseline(
			[
				module('first-look', {
					start: checkIn('2026-01-01T09:00:00Z', {
						rightsGuess: 8,
						rightsNamed: ['art-2', 'art-8'],
						statements: { 's-everyday-tool': 2 },
					}),
				}),
				module('sixteen-rights', {
					end: checkIn('2026-01-03T09:00:00Z', {
						rightsGuess: 16,
						rightsNamed: ['art-2', 'art-3', 'art-8'],
					}),
				}),
				module('liberty', {
					end: checkIn('2026-01-09T09:00:00Z', {
						statements: { 's-everyday-tool': 4, 's-raise-concern': 5 },
					}),
				}),
			],
			statements,
		);
		expect(baseline.rightsNamed).toEqual({
			start: { guess: 8, named: ['art-2', 'art-8'], at: '2026-01-01T09:00:00Z' },
			end: { guess: 16, named: ['art-2', 'art-3', 'art-8'], at: '2026-01-03T09:00:00Z' },
		});
		expect(baseline.statements).toEqual([
			{ id: 's-everyday-tool', text: 'Everyday tool.', start: 2, end: 4, change: 2 },
			{ id: 's-raise-concern', text: 'Raise a concern.', end: 5 },
		]);
	});

	it('is empty before any baseline answer', () => {
		expect(courseBaseline([module('first-look', undefined)], statements)).toEqual({
			rightsNamed: {},
			statements: [],
		});
	});
});
