import { describe, expect, test } from 'vitest';
import { excerptParts } from '../../../../src/lib/search/excerpt.ts';

describe('excerptParts', () => {
	test('marks the words Pagefind found, and keeps the text around them', () => {
		expect(excerptParts('respect for <mark>private</mark> and <mark>family</mark> life')).toEqual([
			{ text: 'respect for ', marked: false },
			{ text: 'private', marked: true },
			{ text: ' and ', marked: false },
			{ text: 'family', marked: true },
			{ text: ' life', marked: false },
		]);
	});

	test('turns escaped characters back into text, so a page quoting markup shows it as written', () => {
		expect(excerptParts('Smith &amp; Jones &lt;script&gt; it&#39;s &#x201C;fair&#x201D;')).toEqual([
			{ text: "Smith & Jones <script> it's “fair”", marked: false },
		]);
	});

	test('drops any other tag rather than passing it on', () => {
		expect(excerptParts('a <b>bold</b> <img src=x onerror=alert(1)>claim')).toEqual([
			{ text: 'a bold claim', marked: false },
		]);
	});
});
