import { describe, expect, test } from 'vitest';
import {
	decodeEntities,
	htmlToText,
	inlineHtml,
	truncateText,
} from '../../../../src/lib/course/html-text.ts';

describe('htmlToText', () => {
	test('removes tags and keeps words apart across blocks', () => {
		expect(htmlToText('<p>Kai is <strong>16</strong>.</p><p>He is on a ward.</p>')).toBe(
			'Kai is 16. He is on a ward.',
		);
	});

	test('decodes named and numeric entities', () => {
		expect(htmlToText('Fish &amp; chips &#8211; &#x2019;&nbsp;&rsquo;')).toBe('Fish & chips – ’ ’');
	});

	test('leaves unknown entities alone', () => {
		expect(htmlToText('&bogus; &#99999999;')).toBe('&bogus; &#99999999;');
	});
});

describe('truncateText', () => {
	test('keeps short text whole', () => {
		expect(truncateText('Short text.', 20)).toBe('Short text.');
	});

	test('cuts at a word boundary and adds an ellipsis', () => {
		const cut = truncateText('The quick brown fox jumps over the lazy dog', 20);
		expect(cut).toBe('The quick brown fox…');
		expect(cut.length).toBeLessThanOrEqual(20);
	});
});

describe('inlineHtml', () => {
	test('unwraps paragraphs so the HTML can sit in a label', () => {
		expect(inlineHtml('<p>Search the room.</p>\n<p class="x">Then tell Kai.</p>')).toBe(
			'Search the room. Then tell Kai.',
		);
	});

	test('keeps other elements that start with p', () => {
		expect(inlineHtml('<pre>code</pre>')).toBe('<pre>code</pre>');
	});
});

describe('decodeEntities', () => {
	test('leaves an entity it does not know as written', () => {
		expect(decodeEntities('&copy; &amp;')).toBe('&copy; &');
	});
});
