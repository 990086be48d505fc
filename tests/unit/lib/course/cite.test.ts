import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { citeSource } from '../../../../src/lib/course/cite.ts';
import { SourceSchema, type Source } from '../../../../src/schemas/source.ts';

const source = (fields: Partial<Source>): Source => ({
	id: 'x',
	kind: 'legislation',
	title: 'Human Rights Act 1998',
	verified: true,
	...fields,
});

describe('citeSource', () => {
	test('says an Act’s year once and its amendment note without nested brackets', () => {
		expect(citeSource(source({ citation: '1998 c.42', date: '1998 (as amended)' }))).toBe(
			'Human Rights Act 1998 (c.42), as amended',
		);
	});

	test('puts a pinpoint after the citation', () => {
		expect(citeSource(source({ citation: '1998 c.42', date: '1998' }), 's.6')).toBe(
			'Human Rights Act 1998 (c.42), s.6',
		);
	});

	test('follows a case name with its neutral citation and drops a date the citation gives', () => {
		expect(
			citeSource(
				source({
					kind: 'case',
					title: 'Rabone v Pennine Care',
					citation: '[2012] UKSC 2',
					date: '2012',
				}),
			),
		).toBe('Rabone v Pennine Care [2012] UKSC 2');
	});

	test('brackets a statutory instrument number and a date the text does not give', () => {
		expect(
			citeSource(
				source({ title: 'Some Regulations 2014', citation: 'SI 2014/2936', date: '2014' }),
			),
		).toBe('Some Regulations 2014 (SI 2014/2936)');
		expect(
			citeSource(
				source({
					kind: 'case',
					title: 'Keenan v UK',
					citation: 'no. 27229/95',
					date: '3 Apr 2001',
				}),
			),
		).toBe('Keenan v UK, no. 27229/95 (3 Apr 2001)');
	});

	test('every source in the course reads without a repeated year or brackets inside brackets', () => {
		const entries = parse(
			readFileSync(join(import.meta.dirname, '../../../../content/sources.yaml'), 'utf8'),
		) as unknown[];
		expect(entries.length).toBeGreaterThan(100);
		for (const entry of entries) {
			const line = citeSource(SourceSchema.parse(entry));
			expect(line, line).not.toMatch(/\b(\d{4})\b \1\b/);
			expect(line, line).not.toMatch(/\([^()]*\(/);
		}
	});
});
