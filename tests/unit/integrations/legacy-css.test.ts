import postcss from 'postcss';
import { describe, expect, it } from 'vitest';
import { legacyBrowserCss } from '../../../src/integrations/legacy-css.ts';

const clean = async (css: string) =>
	(await postcss([legacyBrowserCss()]).process(css, { from: undefined })).css;

describe('legacyBrowserCss', () => {
	it('keeps forced-colors queries and drops the -ms-high-contrast twin beside them', async () => {
		expect(
			await clean(
				'@media screen and (forced-colors: active), (-ms-high-contrast: active) { a { color: linktext } }',
			),
		).toBe('@media screen and (forced-colors: active) { a { color: linktext } }');
	});

	it('drops media queries only Internet Explorer or EdgeHTML match, with their rules', async () => {
		const css = [
			'@media print and (-ms-high-contrast: active) { a { color: linktext } }',
			'@media screen and (-ms-high-contrast: active), (-ms-high-contrast: none) { .b { margin: 0 } }',
			'@media screen\\0 { .c { padding: 0 } }',
		].join('\n');
		expect((await clean(css)).trim()).toBe('');
	});

	it('keeps the rules of @supports conditions every browser meets, and drops those none meets', async () => {
		const css = [
			'@supports not (-ms-ime-align: auto) { .summary { position: relative } }',
			'@supports not (caret-color: auto) { .fieldset, x:-moz-any-link { display: table-cell } }',
		].join('\n');
		const out = await clean(css);
		expect(out).toContain('.summary { position: relative }');
		expect(out).not.toContain('@supports');
		expect(out).not.toContain('moz-any-link');
	});

	it('leaves every other at-rule as it was', async () => {
		const css =
			'@media (min-width: 40.0625em) { p { margin: 0 } }\n@media print { a::after { content: attr(href) } }\n@supports (margin: max(calc(0px))) { .w { margin: 0 } }';
		expect(await clean(css)).toBe(css);
	});
});
