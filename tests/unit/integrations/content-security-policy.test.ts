import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import {
	contentSecurityPolicy,
	sha256Source,
} from '../../../src/integrations/content-security-policy.ts';
import { OPENED_LESSON_SCRIPT } from '../../../src/lib/progress/opened-lesson-script.ts';

describe('sha256Source', () => {
	test('is the CSP source for a known text (the example in the CSP specification)', () => {
		// CSP Level 3, "hash-source": `alert('Hello, world.');` hashes to this value.
		expect(sha256Source("alert('Hello, world.');")).toBe(
			'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=',
		);
	});

	test('hashes the exact text, so one changed character needs a new hash', () => {
		expect(sha256Source('a ')).not.toBe(sha256Source('a'));
		expect(sha256Source('é')).toBe(
			`sha256-${createHash('sha256').update(Buffer.from('é')).digest('base64')}`,
		);
	});
});

describe('contentSecurityPolicy', () => {
	const policy = contentSecurityPolicy();
	if (typeof policy !== 'object') throw new Error('the policy is a configuration object');

	test('keeps everything on the own origin and never allows unsafe inline code', () => {
		expect(policy.directives).toContain("default-src 'self'");
		expect(policy.directives?.some((d) => d.startsWith('connect-src'))).toBe(false);
		expect(JSON.stringify(policy)).not.toMatch(/unsafe-(inline|eval)/);
	});

	test('allows the inline script that lesson pages run before any island', () => {
		expect(policy.scriptDirective?.hashes).toContain(sha256Source(OPENED_LESSON_SCRIPT));
	});
});
