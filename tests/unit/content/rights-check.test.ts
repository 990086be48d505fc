import { describe, expect, test } from 'vitest';
import { content } from '../lib/course/rights-check-content.ts';

const STEPS = content.steps;

describe('content/rights-check/steps.yaml', () => {
	test('has the eight steps in order', () => {
		expect(STEPS.map((s) => s.id)).toEqual([
			'recognise',
			'identify',
			'guard',
			'basis',
			'aim',
			'smallest',
			'voice',
			'record',
		]);
	});

	test('uses each field id once, since answers are stored by it', () => {
		const ids = STEPS.flatMap((s) => s.fields.map((f) => f.id));
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).not.toContain('position');
	});

	test('gives every step a question, help and a legal anchor', () => {
		for (const s of STEPS) {
			expect(s.question, s.id).not.toBe('');
			expect(s.help, s.id).not.toBe('');
			expect(s.anchors.length, s.id).toBeGreaterThan(0);
		}
	});

	test('keeps every step id, field id and option value that learners’ saved answers use', () => {
		const stored = STEPS.flatMap((s) =>
			s.fields.map(
				(f) => `${s.id} › ${f.id}${f.options ? ` = ${f.options.map((o) => o.value).join(' | ')}` : ''}`,
			),
		);
		expect(stored).toMatchInlineSnapshot(`
			[
			  "recognise › decision",
			  "recognise › scope = individual | group | ward",
			  "recognise › duration",
			  "identify › rights",
			  "identify › affects-others = yes | no | unsure",
			  "identify › unequal-impact",
			  "guard › art3-risk = no | possibly | yes",
			  "guard › art2-risk = no | possibly | yes",
			  "basis › basis = mha | holding-power | consent-gillick | consent-capacity | parent | mca | court-order | policy-only | none",
			  "basis › basis-detail",
			  "aim › aim = protect-health | protect-others | prevent-crime | other",
			  "aim › aim-text",
			  "smallest › alternatives",
			  "smallest › time-limit",
			  "smallest › review-when",
			  "smallest › fair-balance",
			  "voice › young-person-view",
			  "voice › family-view",
			  "voice › advocate = yes | offered | no",
			  "voice › adjustments",
			  "record › done = reasons | explained | family | challenge | force | register",
			  "record › record-notes",
			]
		`);
	});
});
