import { describe, expect, test } from 'vitest';
import {
	beforeAfter,
	distribution,
	median,
	RATING_SCALE,
	RIGHTS_SCALE,
} from '../../../../src/lib/evaluation/stats.ts';

describe('median', () => {
	test('is the middle value of an odd count and the mean of the two middle values of an even one', () => {
		expect(median([5, 1, 3])).toBe(3);
		expect(median([4, 1, 3, 2])).toBe(2.5);
		expect(median([-1, 2])).toBe(0.5);
	});

	test('is undefined when nobody answered', () => {
		expect(median([])).toBeUndefined();
	});
});

describe('beforeAfter', () => {
	test('counts every answer but takes the change only from learners who answered both times', () => {
		const figures = beforeAfter(
			[
				{ before: 2, after: 4 },
				{ before: 3, after: 4 },
				{ before: 1 },
				{ after: 5 },
				{ before: 2, after: 2 },
			],
			RATING_SCALE,
		);
		expect(figures).toEqual({
			before: { counts: [1, 2, 1, 0, 0], learners: 4, median: 2 },
			after: { counts: [0, 1, 0, 2, 1], learners: 4, median: 4 },
			both: 3,
			medianChange: 1,
		});
	});

	test('has no median change when nobody answered both times', () => {
		expect(beforeAfter([{ before: 2 }, { after: 3 }], RATING_SCALE).medianChange).toBeUndefined();
	});
});

describe('RIGHTS_SCALE', () => {
	test('groups 0 to 16 rights in quarters', () => {
		expect(distribution([0, 4, 5, 8, 9, 12, 13, 16], RIGHTS_SCALE).counts).toEqual([2, 2, 2, 2]);
	});
});
