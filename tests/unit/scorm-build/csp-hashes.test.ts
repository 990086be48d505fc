import { describe, expect, test } from 'vitest';
import {
	inlineBlocks,
	pagePolicy,
	policyProblems,
	rehashRewrittenBlocks,
} from '../../../scorm-build/csp-hashes.ts';
import { sha256Source } from '../../../src/integrations/content-security-policy.ts';
import { relativiseUrls } from '../../../scorm-build/relative-urls.ts';

const SCRIPT = 'window.ready = true;';
const STYLE = '.app-x{background:url(/_astro/icon.svg)}';

function page(script: string, style: string, hashes = [script, style]): string {
	const sources = hashes.map((text) => `'${sha256Source(text)}'`).join(' ');
	return [
		`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${sources};">`,
		'<script type="module" src="/_astro/island.js"></script>',
		`<style>${style}</style></head><body>`,
		'<script type="application/json" id="rip-sco-info">{"href":"/modules/m/"}</script>',
		`<script data-module-id="m">${script}</script></body></html>`,
	].join('');
}

describe('inlineBlocks', () => {
	test('lists inline styles and the inline scripts a browser runs, not data or external scripts', () => {
		expect(inlineBlocks(page(SCRIPT, STYLE))).toEqual([STYLE, SCRIPT]);
	});
});

describe('policyProblems', () => {
	test('a page whose inline blocks are all hashed has none', () => {
		expect(policyProblems(page(SCRIPT, STYLE))).toEqual([]);
	});

	test('names an inline block the policy has no hash for', () => {
		expect(policyProblems(page(SCRIPT, STYLE, [STYLE]))).toEqual([
			'an inline block without its hash: window.ready = true;',
		]);
	});

	test('names a page without a policy', () => {
		expect(policyProblems('<html><head></head><body></body></html>')).toEqual([
			'no Content-Security-Policy <meta>',
		]);
	});
});

describe('rehashRewrittenBlocks', () => {
	test('after the package rewrite, a changed inline style is allowed by its new hash only', () => {
		const original = page(SCRIPT, STYLE);
		const rewritten = relativiseUrls(original, 'modules/m/l/index.html', ['_astro', 'modules']);
		expect(policyProblems(rewritten)).toHaveLength(1);

		const fixed = rehashRewrittenBlocks(original, rewritten);
		expect(policyProblems(fixed)).toEqual([]);
		const policy = pagePolicy(fixed) ?? '';
		expect(policy).toContain(sha256Source('.app-x{background:url(../../../_astro/icon.svg)}'));
		expect(policy).not.toContain(sha256Source(STYLE));
		expect(fixed.replace(/content="[^"]*"/, '')).toBe(rewritten.replace(/content="[^"]*"/, ''));
	});

	test('leaves a page whose inline blocks did not change as it is', () => {
		const original = page(SCRIPT, '.app-x{}');
		expect(rehashRewrittenBlocks(original, original)).toBe(original);
	});
});
