import { describe, expect, test } from 'vitest';
import { kb, median, percentile, verdict } from '../../../../scripts/bench/figures.ts';

describe('median', () => {
	test('is the middle value of an odd count, in any order', () => {
		expect(median([300, 100, 200])).toBe(200);
	});

	test('is the mean of the two middle values of an even count', () => {
		expect(median([4, 1, 3, 2])).toBe(2.5);
	});

	test('is not a number for no values', () => {
		expect(median([])).toBeNaN();
	});
});

describe('percentile', () => {
	test('is the nearest-rank value', () => {
		const values = Array.from({ length: 20 }, (_, i) => i + 1);
		expect(percentile(values, 0.95)).toBe(19);
		expect(percentile(values, 1)).toBe(20);
	});
});

describe('report figures', () => {
	test('prints kibibytes with one decimal and marks a figure over its target', () => {
		expect(kb(153_600)).toBe('150.0 KB');
		expect(verdict(153_600, 153_600)).toBe('within');
		expect(verdict(153_601, 153_600)).toBe('OVER');
	});
});
