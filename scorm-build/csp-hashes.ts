/**
 * Every page carries a Content-Security-Policy `<meta>` (astro.config.mjs, `security.csp`) that
 * allows an inline script or style only by the hash of its exact text. The packager rewrites
 * pages after the build (`relative-urls.ts`), so a rewritten inline block would no longer match
 * its hash and the browser would refuse it inside the LMS. These keep the policy in step with
 * the text that ships.
 */
import { sha256Source } from '../src/integrations/content-security-policy.ts';

const BLOCK = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1\s*>/gi;
const POLICY = /(<meta\s+http-equiv="content-security-policy"\s+content=")([^"]*)(")/i;
/** `<script>` types a browser runs; others (`application/json`) are data, outside the policy. */
const SCRIPT_TYPE = /^(?:|module|text\/javascript|application\/javascript)$/i;

function attribute(attributes: string, name: string): string | undefined {
	const match = new RegExp(
		String.raw`(?:^|\s)${name}\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))`,
		'i',
	).exec(attributes);
	return match ? (match[1] ?? match[2] ?? match[3] ?? '') : undefined;
}

/** The text of each inline script the browser would run and each `<style>`, in page order. */
export function inlineBlocks(html: string): string[] {
	return [...html.matchAll(BLOCK)]
		.filter(([, tag = '', attributes = '']) => {
			if (tag.toLowerCase() === 'style') return true;
			return (
				attribute(attributes, 'src') === undefined &&
				SCRIPT_TYPE.test(attribute(attributes, 'type') ?? '')
			);
		})
		.map((match) => match[3] ?? '');
}

/** The page's Content-Security-Policy as written in its `<meta>`, or undefined without one. */
export function pagePolicy(html: string): string | undefined {
	return POLICY.exec(html)?.[2];
}

/**
 * `rewritten` (the page as `original` after the packager's rewrite, the same elements in the
 * same order) with each changed inline block's hash replaced by the hash of its new text.
 */
export function rehashRewrittenBlocks(original: string, rewritten: string): string {
	const before = inlineBlocks(original);
	const after = inlineBlocks(rewritten);
	if (before.length !== after.length)
		throw new Error('The rewrite added or removed inline scripts or styles.');
	const changes = before
		.map((text, i) => [text, after[i] ?? ''] as const)
		.filter(([text, next]) => text !== next);
	if (changes.length === 0) return rewritten;
	return rewritten.replace(POLICY, (_match, start: string, policy: string, end: string) => {
		let updated = policy;
		for (const [text, next] of changes)
			updated = updated.replaceAll(`'${sha256Source(text)}'`, `'${sha256Source(next)}'`);
		return `${start}${updated}${end}`;
	});
}

/**
 * What stops `html` from loading cleanly under its own policy: a missing `<meta>`, or the start
 * of each inline block whose hash the policy does not list.
 */
export function policyProblems(html: string): string[] {
	const policy = pagePolicy(html);
	if (policy === undefined) return ['no Content-Security-Policy <meta>'];
	return inlineBlocks(html)
		.filter((text) => !policy.includes(`'${sha256Source(text)}'`))
		.map((text) => `an inline block without its hash: ${text.trim().slice(0, 60)}`);
}
