import { describe, expect, test } from 'vitest';
import { joinList, rightLabel } from '../../../../src/lib/course/right-label.ts';

describe('rightLabel', () => {
	test('names a Convention article', () => {
		expect(rightLabel('art-8')).toBe('Article 8');
		expect(rightLabel('art-14')).toBe('Article 14');
	});

	test('names a protocol article with its protocol', () => {
		expect(rightLabel('p1-1')).toBe('Article 1 of Protocol 1');
		expect(rightLabel('p13-1')).toBe('Article 1 of Protocol 13');
	});

	test('returns an unknown id unchanged', () => {
		expect(rightLabel('article-eight')).toBe('article-eight');
	});
});

describe('joinList', () => {
	test('joins with commas and a final "and"', () => {
		expect(joinList([])).toBe('');
		expect(joinList(['A'])).toBe('A');
		expect(joinList(['A', 'B'])).toBe('A and B');
		expect(joinList(['A', 'B', 'C'])).toBe('A, B and C');
	});
});
