import { describe, expect, test } from 'vitest';
import { ID_MAX_LENGTH, ID_PATTERN } from '../../../../src/schemas/ids.ts';
import { freshId, slugify } from '../../../../src/lib/scaffold/ids.ts';

describe('slugify', () => {
	test('joins the lower-case words of a title with hyphens', () => {
		expect(slugify('Searching a bedroom: Kai’s kara')).toBe('searching-a-bedroom-kais-kara');
		expect(slugify('  Article 8 — private life & family  ')).toBe('article-8-private-life-family');
	});

	test('drops accents instead of the letters that carry them', () => {
		expect(slugify('Café rules for São')).toBe('cafe-rules-for-sao');
	});

	test('cuts a long title at a word boundary', () => {
		const slug = slugify('Legal duties: section 6, respect, protect, fulfil and proportionality');
		expect(slug).toBe('legal-duties-section-6-respect');
		expect(slugify('abcdefghij klmnop', 12)).toBe('abcdefghij');
		expect(slugify('abcdefghijklmnop', 12)).toBe('abcdefghijkl');
	});

	test('is empty when the title has no letters or digits', () => {
		expect(slugify('?!… —')).toBe('');
	});
});

describe('freshId', () => {
	test('prefixes the slug of the title', () => {
		expect(freshId('l-', 'Why rights matter', new Set(), { fallback: 'lesson' })).toBe(
			'l-why-rights-matter',
		);
	});

	test('counts up past every id already taken', () => {
		const taken = new Set(['s-phone-calls', 's-phone-calls-2']);
		expect(freshId('s-', 'Phone calls', taken, { fallback: 'scenario' })).toBe('s-phone-calls-3');
	});

	test('uses the fallback when the title gives no slug, and keeps a suffix whole', () => {
		expect(freshId('l-', '???', new Set(), { fallback: 'lesson' })).toBe('l-lesson');
		expect(
			freshId('l-', 'a very long module title that goes on and on', new Set(), {
				fallback: 'module',
				suffix: '-check',
			}),
		).toBe('l-a-very-long-module-title-that-check');
	});

	test('always writes a valid id within the length limit', () => {
		const title = 'x'.repeat(200);
		const prefix = 'p'.repeat(40) + '-';
		const taken = new Set([`${prefix}${'x'.repeat(19)}`]);
		const id = freshId(prefix, title, taken, { fallback: 'x' });
		expect(id).toMatch(ID_PATTERN);
		expect(id.length).toBeLessThanOrEqual(ID_MAX_LENGTH);
		expect(taken.has(id)).toBe(false);
	});
});
