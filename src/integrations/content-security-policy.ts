import { createHash } from 'node:crypto';
import type { AstroUserConfig } from 'astro';
import { OPENED_LESSON_SCRIPT } from '../lib/progress/opened-lesson-script.ts';

type CspHash = `sha256-${string}`;
type AstroCsp = NonNullable<NonNullable<AstroUserConfig['security']>['csp']>;

/** The source a CSP lists for an inline script or style: the base64 SHA-256 of its exact text. */
export function sha256Source(text: string): CspHash {
	return `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
}

/**
 * Everything comes from the page's own origin (the website's, or the LMS's for a SCORM package):
 * no request may leave it. Astro adds `script-src` and `style-src` with the hashes of the inline
 * scripts and styles it writes; `'unsafe-inline'` is never allowed.
 */
const CSP_DIRECTIVES = [
	"default-src 'self'",
	// NHS.UK frontend draws its icons as `data:` SVGs inside its CSS.
	"img-src 'self' data:",
	"object-src 'none'",
	"base-uri 'self'",
	"form-action 'self'",
] as const;

/**
 * Astro's `security.csp` for every page. A `<meta>` policy cannot say who may frame the page
 * (`frame-ancestors`), so that is left to the host's HTTP headers (README, "Content-Security-Policy").
 */
export function contentSecurityPolicy(): AstroCsp {
	return {
		algorithm: 'SHA-256',
		directives: [...CSP_DIRECTIVES],
		// Inline scripts Astro does not write itself, so cannot hash.
		scriptDirective: { hashes: [sha256Source(OPENED_LESSON_SCRIPT)] },
	};
}
