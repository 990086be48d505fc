import { describe, expect, test } from 'vitest';
import { contactHref, oldestChecked } from '../../../../src/lib/course/support-lines.ts';

describe('contactHref', () => {
	test('dials a number written with spaces, texts a short code, and never links online help', () => {
		expect(contactHref({ method: 'call', number: '0800 1111' })).toBe('tel:08001111');
		expect(contactHref({ method: 'text', number: '85258', keyword: 'SHOUT' })).toBe('sms:85258');
		expect(
			contactHref({ method: 'online', service: 'Chat', where: 'childline.org.uk' }),
		).toBeUndefined();
	});
});

describe('oldestChecked', () => {
	test('gives the date of the least recently checked line', () => {
		expect(
			oldestChecked([
				{ checked: '2026-12-06' },
				{ checked: '2026-11-30' },
				{ checked: '2027-01-02' },
			]),
		).toBe('2026-11-30');
		expect(oldestChecked([])).toBeUndefined();
	});
});
