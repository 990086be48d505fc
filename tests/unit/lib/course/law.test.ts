import { describe, expect, test } from 'vitest';
import {
	dayOf,
	formatLawDate,
	isOverdue,
	lawNoteHomes,
	lawTextToHtml,
	pagesUsingLaw,
	type LawPage,
} from '../../../../src/lib/course/law.ts';

const page = (moduleId: string, lessonId: string, laws: string[]): LawPage => ({
	moduleId,
	lessonId,
	title: `Lesson ${lessonId}`,
	href: `/modules/${moduleId}/${lessonId}/`,
	laws,
});

const pages = [
	page('m1', 'l-1', []),
	page('m1', 'l-2', ['dol-2026', 'lps-dols']),
	page('m1', 'l-3', ['dol-2026']),
	page('m2', 'l-4', ['lps-dols', 'dol-2026', 'dol-2026']),
];

describe('lawNoteHomes', () => {
	test('puts the full note on the first lesson of each module that refers to an item', () => {
		const homes = lawNoteHomes(pages);
		expect(homes.get('m1')?.get('dol-2026')).toEqual({
			lessonId: 'l-2',
			title: 'Lesson l-2',
			href: '/modules/m1/l-2/',
		});
		expect(homes.get('m1')?.get('lps-dols')?.lessonId).toBe('l-2');
		expect(homes.get('m2')?.get('dol-2026')?.lessonId, 'each module has its own').toBe('l-4');
		expect(homes.get('m1')?.get('votes-at-16')).toBeUndefined();
	});
});

describe('pagesUsingLaw', () => {
	test('lists each lesson that refers to an item once, in the order given', () => {
		expect(pagesUsingLaw(pages, 'dol-2026').map((p) => p.lessonId)).toEqual(['l-2', 'l-3', 'l-4']);
		expect(pagesUsingLaw(pages, 'votes-at-16')).toEqual([]);
	});
});

describe('isOverdue', () => {
	test('is late only after the review day', () => {
		expect(isOverdue('2027-02-28', '2027-02-27')).toBe(false);
		expect(isOverdue('2027-02-28', '2027-02-28')).toBe(false);
		expect(isOverdue('2027-02-28', '2027-03-01')).toBe(true);
	});

	test('takes today from the caller as a UTC day', () => {
		expect(dayOf(new Date('2026-12-06T23:30:00Z'))).toBe('2026-12-06');
	});
});

describe('formatLawDate', () => {
	test('writes a month or a day in words', () => {
		expect(formatLawDate('2026-11')).toBe('November 2026');
		expect(formatLawDate('2027-02-28')).toBe('28 February 2027');
		expect(formatLawDate('soon')).toBe('soon');
	});
});

describe('lawTextToHtml', () => {
	test('renders simple Markdown', () => {
		expect(lawTextToHtml('The Act is **not in force**.\n\n- one\n- two')).toBe(
			'<p>The Act is <strong>not in force</strong>.</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>',
		);
	});

	test('keeps raw HTML tags and links out, leaving their text', () => {
		expect(
			lawTextToHtml('See [legislation.gov.uk](https://www.legislation.gov.uk/) <script>x</script>'),
		).toBe('<p>See legislation.gov.uk x</p>');
	});
});
