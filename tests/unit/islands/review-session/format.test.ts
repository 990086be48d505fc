import { describe, expect, test } from 'vitest';
import { longDate } from '../../../../src/islands/review-session/format.ts';

describe('longDate', () => {
	test('writes a day as that calendar day, whatever the time zone', () => {
		expect(longDate('2027-06-30')).toBe('30 June 2027');
		expect(longDate('2027-01-01')).toBe('1 January 2027');
	});

	// Noon UTC is the same calendar day everywhere from UTC−11 to UTC+11.
	test('writes a moment as its day', () => {
		expect(longDate('2027-03-02T12:00:00.000Z')).toBe('2 March 2027');
	});
});
