import { describe, expect, test } from 'vitest';
import {
	countWords,
	estimateHolds,
	estimateMinutes,
	PACE,
} from '../../../../src/lib/course/estimate.ts';

const none = {
	lessonWords: 0,
	scenarioWords: 0,
	questions: 0,
	reflections: 0,
	reviewStatements: 0,
	rightsChecks: 0,
};

describe('estimateMinutes', () => {
	test('reads lesson text at the pace and a third of a scenario', () => {
		expect(estimateMinutes({ ...none, lessonWords: PACE.wordsPerMinute * 10 })).toBe(10);
		expect(estimateMinutes({ ...none, scenarioWords: PACE.wordsPerMinute * 3 })).toBeCloseTo(1);
	});

	test('adds time for each question, reflection, rated statement and Rights Check', () => {
		expect(
			estimateMinutes({
				...none,
				questions: 5,
				reflections: 1,
				reviewStatements: 12,
				rightsChecks: 1,
			}),
		).toBe(5 + 3 + 6 + 4);
	});
});

describe('countWords', () => {
	test('counts words with apostrophes and hyphens once, and not punctuation', () => {
		expect(countWords('Young people’s rights — a well-known, 16-point list!')).toBe(7);
		expect(countWords('')).toBe(0);
	});
});

describe('estimateHolds', () => {
	test('accepts an estimate within a quarter of the computed time, either way', () => {
		expect(estimateHolds(30, 40)).toBe(true);
		expect(estimateHolds(50, 40)).toBe(true);
		expect(estimateHolds(29, 40)).toBe(false);
		expect(estimateHolds(51, 40)).toBe(false);
	});
});
