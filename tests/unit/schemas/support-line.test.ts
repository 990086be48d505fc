import { describe, expect, test } from 'vitest';
import { SupportLineSchema } from '../../../src/schemas/support-line.ts';

const line = {
	id: 'samaritans',
	order: 1,
	name: 'Samaritans',
	purpose: 'Someone to listen.',
	contacts: [{ method: 'call', number: '116 123' }],
	available: 'Any time, day or night.',
	checked: '2026-12-06',
	source: 'samaritans.org/how-we-can-help/contact-samaritan/',
};

describe('SupportLineSchema', () => {
	test('accepts the date as text or as the Date that Astro’s YAML loader makes of it', () => {
		expect(SupportLineSchema.parse(line).checked).toBe('2026-12-06');
		expect(SupportLineSchema.parse({ ...line, checked: new Date('2026-12-06') }).checked).toBe(
			'2026-12-06',
		);
	});

	test('refuses a line without the date it was checked', () => {
		expect(SupportLineSchema.safeParse({ ...line, checked: undefined }).success).toBe(false);
		expect(SupportLineSchema.safeParse({ ...line, checked: 'last week' }).success).toBe(false);
	});

	test('refuses a source or an online address written as a link', () => {
		expect(
			SupportLineSchema.safeParse({ ...line, source: 'https://www.samaritans.org/' }).success,
		).toBe(false);
		const online = { method: 'online', service: 'Chat', where: 'https://childline.org.uk' };
		expect(SupportLineSchema.safeParse({ ...line, contacts: [online] }).success).toBe(false);
	});

	test('refuses a number with letters or punctuation', () => {
		const contacts = [{ method: 'call', number: '0800-1111' }];
		expect(SupportLineSchema.safeParse({ ...line, contacts }).success).toBe(false);
	});
});
